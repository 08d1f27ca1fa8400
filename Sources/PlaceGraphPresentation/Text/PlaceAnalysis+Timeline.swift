import PlaceGraphKit

extension PlaceAnalysis {
    /// The contract timeline as terminal text: each contract by the date its decision falls
    /// due, its window as of ``asOf``, and the conflicts and synergies its re-procurement could
    /// address.
    ///
    /// - Complexity: O(*c* · *f*) for *c* contracts and *f* findings.
    public func timelineText() -> StyledText {
        var out = TextWriter()
        out.line(StyledText("\(place.name): contract timeline as of \(asOf) (\(level.rawValue) level)", .emphasis))
        out.line("By decide-by date, the window less the lead time; \(Words.horizon(within: timeline.within, asOf: asOf)).")
        if timeline.leftOut > 0 {
            out.line("\("\(Words.count(timeline.leftOut, "other contract")) decide later or have no end date, and are left out.", .dim)")
        }
        if timeline.entries.isEmpty { out.line(timeline.within == nil ? "The map has no contracts." : "No decision falls due in that time.") }
        for entry in timeline.entries {
            let contract = entry.contract
            out.blank()
            let due = entry.window.map { "decide by \($0.decideBy)" } ?? "no end date"
            out.line("\(StyledText("\(due)  \(contract.id)", .emphasis)): \(contract.name)"
                     + "\(contract.supplier.map { " [\($0)]" } ?? "")")
            out.line("    window: \(entry.window.map { Words.window($0) } ?? "none: no end date in the map")")
            out.line("    \(Words.status(of: entry)); lead time \(Words.leadTime(of: contract))")
            let fixes = entry.conflicts.compactMap { conflicts.conflict($0) }
            if fixes.isEmpty {
                out.line("\("    no conflicts involve it", .dim)")
            } else {
                out.line("    could fix \(Words.count(fixes.count, "conflict")):")
                let direct = fixes.filter { $0.kind != .hidden }, hidden = fixes.filter { $0.kind == .hidden }
                for conflict in direct + hidden.prefix(Self.hiddenPerContract) {
                    out.line("      \(Words.kind(conflict.kind), .conflict)"
                             + " \(Words.route(of: conflict)) (severity \(Words.number(conflict.severity)))")
                }
                if hidden.count > Self.hiddenPerContract {
                    out.line("\("      and \(hidden.count - Self.hiddenPerContract) weaker hidden conflicts; the JSON output lists them all", .dim)")
                }
            }
            let joins = entry.synergies.compactMap { synergies.synergy($0) }
            if !joins.isEmpty {
                let shown = joins.prefix(8).map { "\($0.kind.rawValue) " + Words.members(of: $0) }
                let more = joins.count > 8 ? "; and \(joins.count - 8) more" : ""
                out.line("    could join \(Words.count(joins.count, "synergy", plural: "synergies")): "
                         + "\(shown.joined(separator: "; "), .synergy)\(more)")
            }
        }
        return out.text
    }

    /// How many hidden conflicts the text and Markdown timelines name for each contract.
    static let hiddenPerContract = 5
}
