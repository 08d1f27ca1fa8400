extension AnalysisReport {
    /// The contract timeline as a terminal report: each contract by end date, its status as of
    /// ``asOf``, and the conflicts and synergies its next re-procurement could address.
    ///
    /// - Parameter color: add ANSI colour and bold.
    /// - Complexity: O(*c* · *f*) for *c* contracts and *f* findings.
    public func timelineText(color: Bool = false) -> String {
        var out = TextWriter(color: color)
        out.line(out.bold("\(place.name): contract timeline as of \(asOf) (\(level.rawValue) level)"))
        if timeline.entries.isEmpty { out.line("The map has no contracts.") }
        for entry in timeline.entries {
            let contract = entry.contract
            out.blank()
            out.line(out.bold("\(contract.end.map(String.init(describing:)) ?? "no end date")  \(contract.id)")
                     + ": \(contract.name)" + (contract.supplier.map { " [\($0)]" } ?? ""))
            out.line("    \(AnalysisWords.status(of: entry))" + (entry.nextWindow.map { "; next window \($0)" } ?? ""))
            let fixes = entry.conflicts.compactMap { conflicts.conflict($0) }
            if fixes.isEmpty {
                out.line(out.dim("    no conflicts involve it"))
            } else {
                out.line("    could fix \(AnalysisWords.count(fixes.count, "conflict")):")
                let direct = fixes.filter { $0.kind != .hidden }, hidden = fixes.filter { $0.kind == .hidden }
                for conflict in direct + hidden.prefix(Self.hiddenPerContract) {
                    out.line("      " + out.paint(conflict.kind.words, .conflict)
                             + " \(AnalysisWords.route(of: conflict)) (severity \(AnalysisWords.number(conflict.severity)))")
                }
                if hidden.count > Self.hiddenPerContract {
                    out.line(out.dim("      and \(hidden.count - Self.hiddenPerContract) weaker hidden conflicts; --format json lists all"))
                }
            }
            let joins = entry.synergies.compactMap { synergies.synergy($0) }
            if !joins.isEmpty {
                let shown = joins.prefix(8).map { "\($0.kind.rawValue) " + AnalysisWords.members(of: $0) }
                let more = joins.count > 8 ? "; and \(joins.count - 8) more" : ""
                out.line("    could join \(AnalysisWords.count(joins.count, "synergy", plural: "synergies")): "
                         + out.paint(shown.joined(separator: "; "), .synergy) + more)
            }
        }
        return out.text
    }

    /// How many hidden conflicts the text and Markdown timelines name for each contract.
    static let hiddenPerContract = 5

    /// The contract timeline as Markdown: one table row per contract.
    ///
    /// - Complexity: O(*c* · *f*) for *c* contracts and *f* findings.
    public func timelineMarkdown() -> String {
        var lines = ["# Contract timeline: \(MarkdownText.escape(place.name))", "",
                     "As of \(asOf), \(level.rawValue) level. Contracts by end date; each row lists what its next "
                     + "re-procurement could fix or join.", "",
                     "| ends | contract | supplier | status | next window | conflicts it could fix | synergies it could join |",
                     "| --- | --- | --- | --- | --- | --- | --- |"]
        for entry in timeline.entries {
            let contract = entry.contract
            let found = entry.conflicts.compactMap { conflicts.conflict($0) }
            let hidden = found.filter { $0.kind == .hidden }
            var fixes = (found.filter { $0.kind != .hidden } + hidden.prefix(Self.hiddenPerContract))
                .map { "\($0.kind.words): " + MarkdownText.code(AnalysisWords.route(of: $0)) }
            if hidden.count > Self.hiddenPerContract {
                fixes.append("and \(hidden.count - Self.hiddenPerContract) weaker hidden conflicts")
            }
            let joins = entry.synergies.compactMap { synergies.synergy($0) }
                .map { "\($0.kind.rawValue): " + MarkdownText.code(AnalysisWords.members(of: $0)) }
            lines.append(MarkdownText.row([
                contract.end.map(String.init(describing:)) ?? "–",
                "\(MarkdownText.code(contract.id)) \(MarkdownText.escape(contract.name))",
                MarkdownText.escape(contract.supplier ?? "–"),
                AnalysisWords.status(of: entry),
                entry.nextWindow.map(String.init(describing:)) ?? "–",
                fixes.isEmpty ? "–" : fixes.joined(separator: "<br>"),
                joins.isEmpty ? "–" : joins.joined(separator: "<br>"),
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
