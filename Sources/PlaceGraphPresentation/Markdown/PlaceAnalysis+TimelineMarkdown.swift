import PlaceGraphKit

extension PlaceAnalysis {
    /// The contract timeline as Markdown: one table row per contract.
    ///
    /// - Complexity: O(*c* · *f*) for *c* contracts and *f* findings.
    public func timelineMarkdown() -> String {
        var lines = ["# Contract timeline: \(Markdown.escape(place.name))", "",
                     "As of \(asOf), \(level.rawValue) level. Contracts by end date; each row lists what its next "
                     + "re-procurement could fix or join.", "",
                     "| ends | contract | supplier | status | next window | conflicts it could fix | synergies it could join |",
                     "| --- | --- | --- | --- | --- | --- | --- |"]
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
                contract.end.map(String.init(describing:)) ?? "–",
                "\(Markdown.code(contract.id)) \(Markdown.escape(contract.name))",
                Markdown.escape(contract.supplier ?? "–"),
                Words.status(of: entry),
                entry.nextWindow.map(String.init(describing:)) ?? "–",
                fixes.isEmpty ? "–" : fixes.joined(separator: "<br>"),
                joins.isEmpty ? "–" : joins.joined(separator: "<br>"),
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
