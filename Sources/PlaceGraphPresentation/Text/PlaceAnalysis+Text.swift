import PlaceGraphKit

extension PlaceAnalysis {
    /// The analysis as terminal text: conflicts with their reasons and windows, synergies,
    /// the most influential items, and data-quality notes.
    ///
    /// - Complexity: O(*f* + *n* log *n*) for *f* findings and *n* items.
    public func text() -> StyledText {
        var out = TextWriter()
        out.line(StyledText("\(place.name): analysis at \(level.rawValue) level, as of \(asOf)", .emphasis))
        out.line("\(Words.summary(summary))")
        writeConflicts(&out)
        writeSynergies(&out)
        writeInfluence(&out)
        writeNotes(&out)
        return out.text
    }

    private func writeConflicts(_ out: inout TextWriter) {
        let all = conflicts.conflicts
        out.heading("Conflicts", all.isEmpty ? "none found" : "\(all.count): \(Words.breakdown(conflicts))")
        out.line("Ranked by severity: |effect| x confidence weight (low 0.5, medium 0.75, high 1).")
        if conflicts.hiddenTruncated || conflicts.hiddenFound > conflicts.count(of: .hidden) {
            out.line("Hidden conflicts shown: the \(conflicts.count(of: .hidden)) most severe of \(conflicts.hiddenFound) found"
                     + "\(conflicts.hiddenTruncated ? "; the search stopped at its step budget" : "").")
        }
        var hiddenShown = 0
        for (rank, conflict) in all.enumerated() {
            let strength = conflict.kind == .hidden ? ", chain strength \(Words.number(conflict.strength))" : ""
            let heading: StyledText = "\(rank + 1). \(Words.kind(conflict.kind), .conflict)"
                + " · severity \(Words.number(conflict.severity))\(strength) · \(Words.route(of: conflict))"
            // Weak hidden chains are many; past the first ten, one line each keeps the text readable.
            if conflict.kind == .hidden {
                hiddenShown += 1
                if hiddenShown > Self.hiddenCards {
                    if hiddenShown == Self.hiddenCards + 1 { out.blank() }
                    out.line(heading)
                    continue
                }
            }
            out.blank()
            out.line(heading)
            var previous: String?
            for link in conflict.links {
                out.line("   \(link.from.id) → \(link.to.id)  \(Words.effect(link.effect)), \(link.confidence.rawValue) confidence")
                // The two arcs of a mutual interaction share its words; say them once.
                if let because = link.because, because != previous { out.line("\("     because: \(because)", .dim)") }
                if let evidence = link.evidence, link.because != previous { out.line("\("     evidence: \(evidence)", .dim)") }
                previous = link.because
            }
            if !conflict.contracts.isEmpty {
                out.line("   contracts: \(conflict.contracts.map(Words.contract).joined(separator: "; "))")
            }
            out.line("   window: \(Words.window(of: conflict))")
            if !conflict.owners.isEmpty { out.line("   owners: \(conflict.owners.joined(separator: "; "))") }
        }
    }

    /// How many hidden conflicts the text shows in full.
    static let hiddenCards = 10

    private func writeSynergies(_ out: inout TextWriter) {
        let all = synergies.synergies
        let counts = [Synergy.Kind.cluster, .mutual, .direct].map { "\(synergies.count(of: $0)) \($0.rawValue)" }
        out.heading("Synergies", all.isEmpty ? "none found" : "\(all.count): " + counts.joined(separator: ", "))
        let clusters = all.filter { $0.kind == .cluster }
        if !clusters.isEmpty {
            out.blank()
            out.line("Clusters of services bound by reinforcing interactions (Louvain, modularity "
                     + "\(Words.number(synergies.modularity))), candidates for joint commissioning:")
            for cluster in clusters {
                out.line("  \(Words.members(of: cluster), .synergy)"
                         + "  strength \(Words.number(cluster.strength)), \(Words.count(cluster.links.count, "interaction"))")
                out.line("    \(Words.alignment(of: cluster))")
            }
        }
        for kind in [Synergy.Kind.mutual, .direct] {
            let listed = all.filter { $0.kind == kind }
            guard !listed.isEmpty else { continue }
            let shown = kind == .direct ? Array(listed.prefix(10)) : listed
            out.blank()
            out.line(kind == .mutual ? "Mutual (reinforcing both ways):"
                     : "Direct (strongest \(shown.count) of \(listed.count); the JSON output lists them all):")
            for synergy in shown {
                out.line("  \(Words.members(of: synergy), .synergy)"
                         + "  strength \(Words.number(synergy.strength)), \(synergy.confidence.rawValue) confidence")
            }
        }
    }

    private func writeInfluence(_ out: inout TextWriter) {
        let ranked = influence.rankedByLeverage
        out.heading("Influence", "\(ranked.count) items, most influential first; net = out - in (Weitz et al. 2018)")
        out.blank()
        let width = min(40, ranked.prefix(12).map(\.item.id.count).max() ?? 4)
        func row(_ cells: [String]) -> String {
            TextWriter.pad(cells[0], width) + " " + TextWriter.pad(cells[1], 6, right: true) + "  "
                + TextWriter.pad(cells[2], 12) + TextWriter.pad(cells[3], 6, right: true) + " "
                + TextWriter.pad(cells[4], 6, right: true) + " " + TextWriter.pad(cells[5], 10, right: true) + "  " + cells[6]
        }
        out.line("\(row(["item", "out", "(+ / -)", "in", "net", "2nd order", "quadrant (MICMAC)"]), .dim)")
        for entry in ranked.prefix(12) {
            let number = Words.number
            let parts = "(+\(number(entry.outPositive)) / \(number(entry.outNegative)))"
            out.line("\(row([entry.item.id, number(entry.out), parts, number(entry.in), number(entry.net), number(entry.secondOrder), entry.quadrant.rawValue]))")
        }
        if ranked.count > 12 { out.line("\("(\(ranked.count - 12) more; the JSON and Markdown outputs list them all)", .dim)") }
        out.blank()
        let labels: [Quadrant: String] = [.driver: "drivers", .relay: "relays", .dependent: "dependent", .autonomous: "autonomous"]
        for quadrant in Quadrant.allCases {
            let members = influence.items.filter { $0.quadrant == quadrant }.map(\.item.id)
            // Drivers and relays are the levers worth naming; the other two are listed in JSON and Markdown.
            let named = (quadrant == .driver || quadrant == .relay) && !members.isEmpty
            out.line("\(labels[quadrant] ?? quadrant.rawValue) \(members.count)\(named ? ": " + members.joined(separator: ", ") : "")")
        }
    }

    private func writeNotes(_ out: inout TextWriter) {
        out.heading("Data-quality notes", notes.isEmpty ? "none" : "\(notes.count)")
        for kind in DataQualityNote.Kind.allCases {
            let listed = notes.filter { $0.kind == kind }
            for note in listed.prefix(Self.notesPerKind) {
                let location = note.location.map { StyledText(" (\($0))", .dim) } ?? StyledText()
                out.line("  \(note.kind.rawValue): \(Words.message(note))\(location)")
            }
            if listed.count > Self.notesPerKind {
                out.line("\("  and \(listed.count - Self.notesPerKind) more \(kind.rawValue) notes; the JSON output lists them all", .dim)")
            }
        }
    }

    /// How many notes of each kind the text shows.
    static let notesPerKind = 10
}
