extension AnalysisReport {
    /// The analysis as Markdown: a heading per analysis, tables of conflicts, synergies and
    /// influence, each conflict's reasons, and the data-quality notes.
    ///
    /// - Complexity: O(*f* + *n* log *n*) for *f* findings and *n* items.
    public func markdown() -> String {
        var lines = ["# Analysis: \(MarkdownText.escape(place.name))", "",
                     "\(level == .services ? "Service" : "Objective") level, as of \(asOf). \(summary.sentence).", ""]
        lines += conflictSection() + synergySection() + influenceSection() + noteSection()
        return lines.joined(separator: "\n") + "\n"
    }

    private func conflictSection() -> [String] {
        let all = conflicts.conflicts
        var lines = ["## \(ConflictAnalysis.info.title)", "",
                     all.isEmpty ? "No conflicts found." : "\(AnalysisWords.count(all.count, "conflict")): \(AnalysisWords.breakdown(conflicts)). "
                        + "Ranked by severity, |effect| × confidence weight (low 0.5, medium 0.75, high 1); "
                        + "a hidden conflict's severity is its chain strength × its lowest confidence weight.", ""]
        guard !all.isEmpty else { return lines }
        lines += ["| # | kind | route | severity | confidence | window | suppliers |",
                  "| ---: | --- | --- | ---: | --- | --- | --- |"]
        for (rank, conflict) in all.enumerated() {
            lines.append(MarkdownText.row([
                "\(rank + 1)", conflict.kind.words, MarkdownText.code(AnalysisWords.route(of: conflict)),
                AnalysisWords.number(conflict.severity), conflict.confidence.rawValue,
                conflict.window.map { "\($0)" + (conflict.windowExtension.map { " (extension to \($0))" } ?? "") } ?? "–",
                conflict.suppliers.isEmpty ? "–" : conflict.suppliers.map(MarkdownText.escape).joined(separator: ", "),
            ]))
        }
        lines += ["", "### Why", ""]
        for (rank, conflict) in all.enumerated() {
            lines.append("\(rank + 1). **\(conflict.kind.words)** \(MarkdownText.code(AnalysisWords.route(of: conflict)))")
            for link in conflict.links {
                var text = "   - \(MarkdownText.code("\(link.from.id) → \(link.to.id)")) \(AnalysisWords.effect(link.effect)), "
                    + "\(link.confidence.rawValue) confidence"
                if let because = link.because { text += ": \(MarkdownText.escape(because))" }
                if let evidence = link.evidence { text += " (evidence: \(MarkdownText.escape(evidence)))" }
                lines.append(text)
            }
            if !conflict.owners.isEmpty {
                lines.append("   - owners: " + conflict.owners.map(MarkdownText.escape).joined(separator: "; "))
            }
            if !conflict.contracts.isEmpty {
                lines.append("   - contracts: " + conflict.contracts.map { MarkdownText.escape(AnalysisWords.contract($0)) }
                    .joined(separator: "; "))
            }
        }
        return lines + [""]
    }

    private func synergySection() -> [String] {
        let all = synergies.synergies
        var lines = ["## \(SynergyAnalysis.info.title)", ""]
        guard !all.isEmpty else { return lines + ["No synergies found.", ""] }
        let clusters = all.filter { $0.kind == .cluster }
        if !clusters.isEmpty {
            lines += ["Clusters of services bound by reinforcing interactions (Louvain method, modularity "
                      + "\(AnalysisWords.number(synergies.modularity))): candidates for joint commissioning.", "",
                      "| services | strength | interactions | aligned window |", "| --- | ---: | ---: | --- |"]
            for cluster in clusters {
                lines.append(MarkdownText.row([
                    cluster.items.map { MarkdownText.code($0.id) }.joined(separator: ", "),
                    AnalysisWords.number(cluster.strength), "\(cluster.links.count)",
                    MarkdownText.escape(AnalysisWords.alignment(of: cluster)),
                ]))
            }
            lines.append("")
        }
        let pairs = all.filter { $0.kind != .cluster }
        if !pairs.isEmpty {
            lines += ["| kind | items | strength | confidence | because |", "| --- | --- | ---: | --- | --- |"]
            for synergy in pairs {
                let because = synergy.links.compactMap(\.because).map(MarkdownText.escape).joined(separator: " / ")
                lines.append(MarkdownText.row([
                    synergy.kind.rawValue, MarkdownText.code(AnalysisWords.members(of: synergy)),
                    AnalysisWords.number(synergy.strength), synergy.confidence.rawValue, because.isEmpty ? "–" : because,
                ]))
            }
            lines.append("")
        }
        return lines
    }

    private func influenceSection() -> [String] {
        var lines = ["## \(InfluenceAnalysis.info.title)", "",
                     "Most influential first. Out-strength and in-strength are the sums of an item's outgoing and incoming effects, and net is "
                     + "their difference (Weitz et al. 2018); second order sums the effects one step further. "
                     + "Influence and dependence are MICMAC's indirect measures (mean 1), after "
                     + "\(AnalysisWords.count(influence.iterations, "matrix power"))"
                     + (influence.stable ? "" : " (the ranking had not settled)") + ".", "",
                     "| item | out | out + | out − | in | net | second order | influence | dependence | quadrant |",
                     "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        let connected = influence.rankedByLeverage.filter { [$0.outPositive, $0.outNegative, $0.inPositive, $0.inNegative].contains { $0 != 0 } }
        for entry in connected {
            lines.append(MarkdownText.row([MarkdownText.code(entry.item.id)]
                + [entry.out, entry.outPositive, entry.outNegative, entry.in, entry.net, entry.secondOrder, entry.influence,
                   entry.dependence].map(AnalysisWords.number)
                + [entry.quadrant.rawValue]))
        }
        let quiet = influence.items.count - connected.count
        if quiet > 0 { lines += ["", "\(AnalysisWords.count(quiet, "item")) with no interactions left out (all autonomous)."] }
        return lines + [""]
    }

    private func noteSection() -> [String] {
        var lines = ["## \(DataQualityNote.info.title)", ""]
        guard !notes.isEmpty else { return lines + ["None."] }
        for note in notes {
            lines.append("- **\(note.kind.rawValue)**: \(MarkdownText.escape(note.message))"
                         + (note.location.map { " (line \($0.line))" } ?? ""))
        }
        return lines
    }
}
