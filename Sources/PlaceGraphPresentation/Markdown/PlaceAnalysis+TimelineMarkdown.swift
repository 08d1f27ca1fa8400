import PlaceGraphKit

extension PlaceAnalysis {
    /// The contract timeline as Markdown: one table row per contract, by decide-by date.
    ///
    /// - Complexity: O(*c* · *f*) for *c* contracts and *f* findings.
    public func timelineMarkdown() -> String {
        var lines = ["# Contract timeline: \(Markdown.escape(place.name))", "",
                     "As of \(asOf), \(level.rawValue) level. Contracts by decide-by date, the window less the lead time; "
                     + "\(Words.horizon(within: timeline.within, asOf: asOf)). Each row lists what the re-procurement could fix or join.",
                     ""]
        if timeline.leftOut > 0 {
            lines += ["\(Words.count(timeline.leftOut, "other contract")) decide later or have no end date, and are left out.", ""]
        }
        lines += ["| decide by | contract | supplier | window | lead time | status | conflicts it could fix | synergies it could join |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for entry in timeline.entries {
            let contract = entry.contract
            let found = entry.conflicts.compactMap { conflicts.conflict($0) }
            let hidden = found.filter { $0.kind == .hidden }
            var fixes = (found.filter { $0.kind != .hidden } + hidden.prefix(PlaceAnalysis.hiddenPerContract))
                .map { "\(Words.kind($0.kind)): " + Markdown.code(Words.route(of: $0)) }
            if hidden.count > PlaceAnalysis.hiddenPerContract {
                fixes.append("and \(hidden.count - PlaceAnalysis.hiddenPerContract) weaker hidden conflicts")
            }
            let joins = entry.synergies.compactMap { synergies.synergy($0) }
                .map { "\($0.kind.rawValue): " + Markdown.code(Words.members(of: $0)) }
            lines.append(Markdown.row([
                entry.window.map { "\($0.decideBy)" + ($0.overdue ? " (overdue)" : "") } ?? "–",
                "\(Markdown.code(contract.id)) \(Markdown.escape(contract.name))",
                Markdown.escape(contract.supplier ?? "–"),
                entry.window.map { Words.window($0) } ?? "no end date",
                Words.leadTime(of: contract),
                Words.status(of: entry),
                fixes.isEmpty ? "–" : fixes.joined(separator: "<br>"),
                joins.isEmpty ? "–" : joins.joined(separator: "<br>"),
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
