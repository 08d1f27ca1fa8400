import PlaceGraphKit

extension PlaceAnalysis {
    /// The analysis as terminal text: conflicts with their reasons, knock-ons and windows,
    /// synergies, the most influential items, and data-quality notes.
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
        out.line("One conflict per pair of items, ranked by severity: |effect| x confidence weight (low 0.5, medium 0.75, high 1).")
        if let knockOns = Words.knockOns(conflicts) { out.line("\(knockOns).") }
        if conflicts.hiddenTruncated || conflicts.hiddenFound > conflicts.count(of: .hidden) {
            out.line("Hidden conflicts shown: the \(conflicts.count(of: .hidden)) most severe of \(conflicts.hiddenFound) found"
                     + "\(conflicts.hiddenTruncated ? "; the chain search stopped at its step budget" : "").")
        }
        // The cards depend on each other only through their rank and how many hidden ones came
        // before, so on a big map the second half is written on another core meanwhile.
        var hidden = 0
        let hiddenBefore = all.map { conflict in
            defer { if conflict.kind == .hidden { hidden += 1 } }
            return hidden
        }
        let middle = all.count >= 2_000 ? all.count / 2 : all.count
        let (second, ()) = inParallel({ [self] in
            var out = TextWriter()
            for rank in middle..<all.count { writeCard(rank: rank, hiddenBefore: hiddenBefore[rank], &out) }
            return out
        }) {
            for rank in 0..<middle { writeCard(rank: rank, hiddenBefore: hiddenBefore[rank], &out) }
        }
        out.append(second)
    }

    /// The card of the conflict ranked `rank` (from 0), after `hiddenBefore` hidden ones.
    private func writeCard(rank: Int, hiddenBefore: Int, _ out: inout TextWriter) {
        let conflict = conflicts.conflicts[rank]
        let strength = conflict.kind == .hidden ? ", chain strength \(Words.number(conflict.strength))" : ""
        let heading: StyledText = "\(rank + 1). \(Words.kind(conflict.kind), .conflict)"
            + " · severity \(Words.number(conflict.severity))\(strength) · \(Words.route(of: conflict))"
        // Weak hidden chains can be many; past the first ten, one line each keeps the text readable.
        if conflict.kind == .hidden {
            let hiddenShown = hiddenBefore + 1
            if hiddenShown > Self.hiddenCards {
                if hiddenShown == Self.hiddenCards + 1 { out.blank() }
                out.line(heading)
                return
            }
        }
        out.blank()
        out.line(heading)
        writeLinks(conflict.links, &out)
        if !conflict.restsOn.isEmpty { out.line("   rests on: \(conflict.restsOn.joined(separator: "; "))") }
        if let low = Words.lowConfidence(of: conflict) { out.line("   \(low, .dim)") }
        writeKnockOns(of: conflict, &out, indent: "   ")
        if !conflict.contracts.isEmpty {
            out.line("   contracts: \(conflict.contracts.map(Words.contract).joined(separator: "; "))")
        }
        out.line("   window: \(Words.window(of: conflict, asOf: asOf))")
        if !conflict.owners.isEmpty { out.line("   owners: \(conflict.owners.joined(separator: "; "))") }
    }

    /// A conflict's interactions with their reasons; at service level, the interactions each
    /// rolled-up one stands for.
    private func writeLinks(_ links: [InteractionLink], _ out: inout TextWriter) {
        var previous: String?
        for link in links {
            let of = Words.standsFor(link).map { ", \($0)" } ?? ""
            out.line("   \(link.from.id) → \(link.to.id)  \(Words.effect(link.effect)), \(link.confidence.rawValue) confidence\(of)")
            if link.members.count > 1 {
                for member in link.members.prefix(Self.membersShown) {
                    out.line("\("     \(member.from.id) → \(member.to.id)  \(member.effect), \(member.confidence.rawValue)", .dim)")
                }
                if link.members.count > Self.membersShown {
                    out.line("\("     and \(link.members.count - Self.membersShown) more; the JSON output lists them all", .dim)")
                }
                continue
            }
            // The two arcs of a mutual interaction share its words; say them once.
            if let because = link.because, because != previous { out.line("\("     because: \(because)", .dim)") }
            if let evidence = link.evidence, link.because != previous { out.line("\("     evidence: \(evidence)", .dim)") }
            previous = link.because
        }
    }

    /// A conflict's strongest knock-ons, one a line.
    func writeKnockOns(of conflict: Conflict, _ out: inout TextWriter, indent: String) {
        guard !conflict.knockOns.isEmpty else { return }
        out.line("\(indent)knock-ons (\(conflict.knockOnCount), not counted again):")
        for knockOn in conflict.knockOns.prefix(Self.knockOnsShown) {
            out.line("\(indent)  \(Words.knockOn(knockOn)) (strength \(Words.number(knockOn.strength)))")
        }
        if conflict.knockOnCount > Self.knockOnsShown {
            out.line("\("\(indent)  and \(conflict.knockOnCount - Self.knockOnsShown) more; the JSON output lists them", .dim)")
        }
    }

    /// How many knock-ons of each conflict the text shows.
    static let knockOnsShown = 5

    /// How many of the interactions behind a rolled-up one the text shows.
    static let membersShown = 6

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
        let ranked = influence.ranked
        out.heading("Influence", "\(ranked.count) items, ranked by MICMAC indirect influence "
                    + "(ties by the size of direct outgoing effects), items with no interactions last")
        out.blank()
        let width = min(40, ranked.prefix(12).map(\.item.id.count).max() ?? 4)
        func row(_ cells: [String]) -> String {
            TextWriter.pad(cells[0], width) + " " + TextWriter.pad(cells[1], 9, right: true) + " "
                + TextWriter.pad(cells[2], 10, right: true) + "  " + TextWriter.pad(cells[3], 11) + " "
                + TextWriter.pad(cells[4], 6, right: true) + "  " + TextWriter.pad(cells[5], 12) + " "
                + TextWriter.pad(cells[6], 6, right: true) + " " + TextWriter.pad(cells[7], 6, right: true)
        }
        out.line("\(row(["item", "influence", "dependence", "quadrant", "out", "(+ / -)", "in", "net"]), .dim)")
        for entry in ranked.prefix(12) {
            let number = Words.number
            let parts = "(+\(number(entry.outPositive)) / \(number(entry.outNegative)))"
            out.line("\(row([entry.item.id, number(entry.influence), number(entry.dependence), entry.quadrant.rawValue, number(entry.out), parts, number(entry.in), number(entry.net)]))")
        }
        if ranked.count > 12 { out.line("\("(\(ranked.count - 12) more; the JSON and Markdown outputs list them all)", .dim)") }
        out.blank()
        let labels: [Quadrant: String] = [.driver: "drivers", .relay: "relays", .dependent: "dependent", .autonomous: "autonomous"]
        for quadrant in Quadrant.allCases {
            let members = ranked.filter { $0.quadrant == quadrant }.map(\.item.id)
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
