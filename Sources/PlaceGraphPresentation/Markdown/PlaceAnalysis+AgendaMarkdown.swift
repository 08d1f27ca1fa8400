import PlaceGraphKit

extension PlaceAnalysis {
    /// The decision agenda as Markdown: one section per contract window in decide-by order,
    /// then a table of the contracts with nothing to act on.
    ///
    /// - Complexity: O(*e* · *f*) for *e* entries and *f* findings each.
    public func agendaMarkdown() -> String {
        var lines = ["# Decision agenda: \(Markdown.escape(place.name))", "",
                     "As of \(asOf), \(level.rawValue) level. One entry per contract window, by decide-by date (the window "
                     + "less the lead time); \(Words.horizon(within: agenda.within, asOf: asOf)).", ""]
        if agenda.leftOut > 0 {
            lines += ["\(Words.count(agenda.leftOut, "other contract")) decide later or have no end date, and are left out.", ""]
        }
        for (number, entry) in agenda.entries.enumerated() {
            let contract = entry.contract
            let due = entry.window.map { "decide by \($0.decideBy)" + ($0.overdue ? " (overdue)" : "") } ?? "no end date"
            lines += ["## \(number + 1). \(Markdown.escape(contract.name)) (\(due))", ""]
            var facts = ["- contract: \(Markdown.code(contract.id))"]
            if let owner = contract.owner { facts.append("- owner: \(Markdown.escape(owner))") }
            if let supplier = contract.supplier { facts.append("- supplier: \(Markdown.escape(supplier))") }
            facts.append("- window: \(entry.window.map { Words.window($0) } ?? "none: no end date in the map"); "
                         + "lead time \(Words.leadTime(of: contract))")
            lines += facts
            for conflict in entry.conflicts.compactMap({ conflicts.conflict($0) }) {
                let low = conflict.lowConfidenceOnly ? ", low confidence only" : ""
                lines.append("- conflict: \(Words.kind(conflict.kind)) \(Markdown.code(Words.route(of: conflict))) "
                             + "(severity \(Words.number(conflict.severity))\(low))")
                for knockOn in conflict.knockOns {
                    lines.append("  - knock-on: \(Markdown.escape(Words.knockOn(knockOn)))")
                }
            }
            for synergy in entry.synergies.compactMap({ synergies.synergy($0) }) {
                lines.append("- synergy to capture: \(synergy.kind.rawValue) \(Markdown.code(Words.members(of: synergy)))")
            }
            for aligned in entry.aligned {
                lines.append("- window that aligns: \(Markdown.code(aligned.contract.id)), \(Words.window(aligned.window))")
            }
            for suggestion in entry.suggestions {
                lines.append("- **could change**: \(Markdown.escape(Words.suggestion(suggestion)))")
            }
            lines.append("")
        }
        if !agenda.quiet.isEmpty {
            lines += ["## Nothing to act on", "", "| contract | name | decide by |", "| --- | --- | --- |"]
            for entry in agenda.quiet {
                lines.append(Markdown.row([Markdown.code(entry.contract.id), Markdown.escape(entry.contract.name),
                                           entry.window.map { "\($0.decideBy)" } ?? "no end date"]))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
