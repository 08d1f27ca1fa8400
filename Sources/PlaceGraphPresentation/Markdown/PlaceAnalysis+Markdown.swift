import PlaceGraphKit

extension PlaceAnalysis {
    /// The analysis as Markdown: a heading per analysis, tables of conflicts, synergies and
    /// influence, each conflict's reasons, and the data-quality notes.
    ///
    /// - Complexity: O(*f* + *n* log *n*) for *f* findings and *n* items.
    public func markdown() -> String {
        var lines = ["# Analysis: \(Markdown.escape(place.name))", "",
                     "\(level == .services ? "Service" : "Objective") level, as of \(asOf). \(Words.summary(summary)).", ""]
        lines += conflictSection() + synergySection() + influenceSection() + noteSection()
        return lines.joined(separator: "\n") + "\n"
    }

    private func conflictSection() -> [String] {
        let all = conflicts.conflicts
        var lines = ["## \(ConflictAnalysis.info.title)", "",
                     all.isEmpty ? "No conflicts found." : "\(Words.count(all.count, "conflict")): \(Words.breakdown(conflicts)). "
                        + "One conflict per pair of items, ranked by severity, |effect| × confidence weight (low 0.5, medium 0.75, "
                        + "high 1); a hidden conflict's severity is its chain strength × its lowest confidence weight."
                        + (Words.knockOns(conflicts).map { " " + Markdown.escape($0.prefix(1).uppercased() + $0.dropFirst()) + "." } ?? ""),
                     ""]
        guard !all.isEmpty else { return lines }
        lines += ["| # | kind | route | severity | confidence | knock-ons | window | suppliers |",
                  "| ---: | --- | --- | ---: | --- | ---: | --- | --- |"]
        for (rank, conflict) in all.enumerated() {
            let confidence = conflict.confidence.rawValue + (conflict.lowConfidenceOnly ? " (only)" : "")
            lines.append(Markdown.row([
                "\(rank + 1)", Words.kind(conflict.kind), Markdown.code(Words.route(of: conflict)),
                Words.number(conflict.severity), confidence, "\(conflict.knockOnCount)",
                Markdown.escape(Words.window(of: conflict, asOf: asOf)),
                conflict.suppliers.isEmpty ? "–" : conflict.suppliers.map(Markdown.escape).joined(separator: ", "),
            ]))
        }
        lines += ["", "### Why", ""]
        for (rank, conflict) in all.enumerated() {
            lines.append("\(rank + 1). **\(Words.kind(conflict.kind))** \(Markdown.code(Words.route(of: conflict)))")
            for link in conflict.links {
                lines.append("   - " + Self.markdownLink(link))
                for member in link.members where link.members.count > 1 {
                    lines.append("     - " + Self.markdownLink(member))
                }
            }
            if !conflict.restsOn.isEmpty {
                lines.append("   - rests on: " + conflict.restsOn.map(Markdown.code).joined(separator: ", "))
            }
            if let low = Words.lowConfidence(of: conflict) { lines.append("   - *\(low)*") }
            for knockOn in conflict.knockOns {
                lines.append("   - knock-on: \(Markdown.escape(Words.knockOn(knockOn))) (strength \(Words.number(knockOn.strength)))")
            }
            if conflict.knockOnCount > conflict.knockOns.count {
                lines.append("   - and \(conflict.knockOnCount - conflict.knockOns.count) weaker knock-ons")
            }
            if !conflict.owners.isEmpty {
                lines.append("   - owners: " + conflict.owners.map(Markdown.escape).joined(separator: "; "))
            }
            if !conflict.contracts.isEmpty {
                lines.append("   - contracts: " + conflict.contracts.map { Markdown.escape(Words.contract($0)) }
                    .joined(separator: "; "))
            }
        }
        return lines + [""]
    }

    /// "`a → b` -2 counteracting, high confidence: because (evidence: …)".
    static func markdownLink(_ link: InteractionLink) -> String {
        var text = "\(Markdown.code("\(link.from.id) → \(link.to.id)")) \(Words.effect(link.effect)), "
            + "\(link.confidence.rawValue) confidence"
        if let of = Words.standsFor(link) { return text + ", \(of):" }
        if let because = link.because { text += ": \(Markdown.escape(because))" }
        if let evidence = link.evidence { text += " (evidence: \(Markdown.escape(evidence)))" }
        return text
    }

    private func synergySection() -> [String] {
        let all = synergies.synergies
        var lines = ["## \(SynergyAnalysis.info.title)", ""]
        guard !all.isEmpty else { return lines + ["No synergies found.", ""] }
        let clusters = all.filter { $0.kind == .cluster }
        if !clusters.isEmpty {
            lines += ["Clusters of services bound by reinforcing interactions (Louvain method, modularity "
                      + "\(Words.number(synergies.modularity))): candidates for joint commissioning.", "",
                      "| services | strength | interactions | aligned window |", "| --- | ---: | ---: | --- |"]
            for cluster in clusters {
                lines.append(Markdown.row([
                    cluster.items.map { Markdown.code($0.id) }.joined(separator: ", "),
                    Words.number(cluster.strength), "\(cluster.links.count)",
                    Markdown.escape(Words.alignment(of: cluster)),
                ]))
            }
            lines.append("")
        }
        let pairs = all.filter { $0.kind != .cluster }
        if !pairs.isEmpty {
            lines += ["| kind | items | strength | confidence | because |", "| --- | --- | ---: | --- | --- |"]
            for synergy in pairs {
                let because = synergy.links.compactMap(\.because).map(Markdown.escape).joined(separator: " / ")
                lines.append(Markdown.row([
                    synergy.kind.rawValue, Markdown.code(Words.members(of: synergy)),
                    Words.number(synergy.strength), synergy.confidence.rawValue, because.isEmpty ? "–" : because,
                ]))
            }
            lines.append("")
        }
        return lines
    }

    private func influenceSection() -> [String] {
        var lines = ["## \(InfluenceAnalysis.info.title)", "",
                     "Ranked by MICMAC indirect influence (mean 1), ties by the size of the direct outgoing effects, "
                     + "after \(Words.count(influence.iterations, "matrix power"))"
                     + (influence.stable ? "" : " (the ranking had not settled)") + ". "
                     + "Out-strength and in-strength are the sums of an item's outgoing and incoming effects, and net is "
                     + "their difference (Weitz et al. 2018); second order sums the effects one step further.", "",
                     "| # | item | influence | dependence | quadrant | out | out + | out − | in | net | second order |",
                     "| ---: | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        let connected = influence.ranked.filter(\.hasInteractions)
        for (rank, entry) in connected.enumerated() {
            lines.append(Markdown.row(["\(rank + 1)", Markdown.code(entry.item.id)]
                + [entry.influence, entry.dependence].map(Words.number) + [entry.quadrant.rawValue]
                + [entry.out, entry.outPositive, entry.outNegative, entry.in, entry.net, entry.secondOrder].map(Words.number)))
        }
        let quiet = influence.items.count - connected.count
        if quiet > 0 { lines += ["", "\(Words.count(quiet, "item")) with no interactions left out (all autonomous)."] }
        return lines + [""]
    }

    private func noteSection() -> [String] {
        var lines = ["## \(DataQualityNote.info.title)", ""]
        guard !notes.isEmpty else { return lines + ["None."] }
        for note in notes {
            lines.append("- **\(note.kind.rawValue)**: \(Markdown.escape(Words.message(note)))"
                         + (note.location.map { " (line \($0.line))" } ?? ""))
        }
        return lines
    }
}
