extension AnalysisReport {
    /// The analysis as a terminal report: conflicts with their reasons and windows, synergies,
    /// the most influential items, and data-quality notes.
    ///
    /// - Parameter color: add ANSI colour and bold; the caller decides (a terminal, no `NO_COLOR`).
    /// - Complexity: O(*f* + *n* log *n*) for *f* findings and *n* items.
    public func text(color: Bool = false) -> String {
        var out = TextWriter(color: color)
        out.line(out.bold("\(place.name): analysis at \(level.rawValue) level, as of \(asOf)"))
        out.line(summary.sentence)
        writeConflicts(&out)
        writeSynergies(&out)
        writeInfluence(&out)
        writeNotes(&out)
        return out.text
    }

    private func writeConflicts(_ out: inout TextWriter) {
        let all = conflicts.conflicts
        out.heading("Conflicts", all.isEmpty ? "none found" : "\(all.count): \(AnalysisWords.breakdown(conflicts))")
        out.line("Ranked by severity: |effect| x confidence weight (low 0.5, medium 0.75, high 1).")
        if conflicts.hiddenTruncated || conflicts.hiddenFound > conflicts.count(of: .hidden) {
            out.line("Hidden conflicts shown: the \(conflicts.count(of: .hidden)) most severe of \(conflicts.hiddenFound) found"
                     + (conflicts.hiddenTruncated ? "; the search stopped at its step budget" : "") + ".")
        }
        var hiddenShown = 0
        for (rank, conflict) in all.enumerated() {
            let strength = conflict.kind == .hidden ? ", chain strength \(AnalysisWords.number(conflict.strength))" : ""
            let heading = "\(rank + 1). " + out.paint(conflict.kind.words, .conflict)
                + " · severity \(AnalysisWords.number(conflict.severity))\(strength) · \(AnalysisWords.route(of: conflict))"
            // Weak hidden chains are many; past the first ten, one line each keeps the report readable.
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
                out.line("   \(link.from.id) → \(link.to.id)  \(AnalysisWords.effect(link.effect)), \(link.confidence.rawValue) confidence")
                // The two arcs of a mutual interaction share its words; say them once.
                if let because = link.because, because != previous { out.line(out.dim("     because: \(because)")) }
                if let evidence = link.evidence, link.because != previous { out.line(out.dim("     evidence: \(evidence)")) }
                previous = link.because
            }
            if !conflict.contracts.isEmpty {
                out.line("   contracts: " + conflict.contracts.map(AnalysisWords.contract).joined(separator: "; "))
            }
            out.line("   window: \(AnalysisWords.window(of: conflict))")
            if !conflict.owners.isEmpty { out.line("   owners: " + conflict.owners.joined(separator: "; ")) }
        }
    }

    /// How many hidden conflicts the text report shows in full.
    static let hiddenCards = 10

    private func writeSynergies(_ out: inout TextWriter) {
        let all = synergies.synergies
        let counts = [Synergy.Kind.cluster, .mutual, .direct].map { "\(synergies.count(of: $0)) \($0.rawValue)" }
        out.heading("Synergies", all.isEmpty ? "none found" : "\(all.count): " + counts.joined(separator: ", "))
        let clusters = all.filter { $0.kind == .cluster }
        if !clusters.isEmpty {
            out.blank()
            out.line("Clusters of services bound by reinforcing interactions (Louvain, modularity "
                     + "\(AnalysisWords.number(synergies.modularity))), candidates for joint commissioning:")
            for cluster in clusters {
                out.line("  " + out.paint(AnalysisWords.members(of: cluster), .synergy)
                         + "  strength \(AnalysisWords.number(cluster.strength)), \(AnalysisWords.count(cluster.links.count, "interaction"))")
                out.line("    " + AnalysisWords.alignment(of: cluster))
            }
        }
        for kind in [Synergy.Kind.mutual, .direct] {
            let listed = all.filter { $0.kind == kind }
            guard !listed.isEmpty else { continue }
            let shown = kind == .direct ? Array(listed.prefix(10)) : listed
            out.blank()
            out.line(kind == .mutual ? "Mutual (reinforcing both ways):"
                     : "Direct (strongest \(shown.count) of \(listed.count); --format json lists all):")
            for synergy in shown {
                out.line("  " + out.paint(AnalysisWords.members(of: synergy), .synergy)
                         + "  strength \(AnalysisWords.number(synergy.strength)), \(synergy.confidence.rawValue) confidence")
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
        out.line(out.dim(row(["item", "out", "(+ / -)", "in", "net", "2nd order", "quadrant (MICMAC)"])))
        for entry in ranked.prefix(12) {
            let number = AnalysisWords.number
            let parts = "(+\(number(entry.outPositive)) / \(number(entry.outNegative)))"
            out.line(row([entry.item.id, number(entry.out), parts, number(entry.in), number(entry.net),
                          number(entry.secondOrder), entry.quadrant.rawValue]))
        }
        if ranked.count > 12 { out.line(out.dim("(\(ranked.count - 12) more; --format json or markdown lists all)")) }
        out.blank()
        let labels: [Quadrant: String] = [.driver: "drivers", .relay: "relays", .dependent: "dependent", .autonomous: "autonomous"]
        for quadrant in Quadrant.allCases {
            let members = influence.items.filter { $0.quadrant == quadrant }.map(\.item.id)
            // Drivers and relays are the levers worth naming; the other two are listed in json and markdown.
            let named = (quadrant == .driver || quadrant == .relay) && !members.isEmpty
            out.line("\(labels[quadrant]!) \(members.count)" + (named ? ": " + members.joined(separator: ", ") : ""))
        }
    }

    private func writeNotes(_ out: inout TextWriter) {
        out.heading("Data-quality notes", notes.isEmpty ? "none" : "\(notes.count)")
        for kind in DataQualityNote.Kind.allCases {
            let listed = notes.filter { $0.kind == kind }
            for note in listed.prefix(Self.notesPerKind) {
                out.line("  \(note.kind.rawValue): \(note.message)" + (note.location.map { out.dim(" (\($0))") } ?? ""))
            }
            if listed.count > Self.notesPerKind {
                out.line(out.dim("  and \(listed.count - Self.notesPerKind) more \(kind.rawValue) notes; --format json lists all"))
            }
        }
    }

    /// How many notes of each kind the text report shows.
    static let notesPerKind = 10
}

/// Builds terminal text line by line, with optional ANSI styling.
struct TextWriter {
    enum Tone { case conflict, synergy }

    let color: Bool
    private(set) var text = ""

    mutating func line(_ value: String) { text += value + "\n" }
    mutating func blank() { text += "\n" }

    mutating func heading(_ title: String, _ detail: String) {
        blank()
        line(bold(title.uppercased()) + "  " + detail)
    }

    func bold(_ value: String) -> String { color ? "\u{1B}[1m\(value)\u{1B}[0m" : value }
    func dim(_ value: String) -> String { color ? "\u{1B}[2m\(value)\u{1B}[0m" : value }

    /// Vermillion-like red for conflicts, blue for synergies (Okabe–Ito hues, in the 256-colour palette).
    func paint(_ value: String, _ tone: Tone) -> String {
        guard color else { return value }
        let code = tone == .conflict ? "38;5;166" : "38;5;25"
        return "\u{1B}[\(code)m\(value)\u{1B}[0m"
    }

    /// Pads `value` with spaces to `width` characters, on the left when `right` is true.
    static func pad(_ value: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - value.count))
        return right ? gap + value : value + gap
    }
}

