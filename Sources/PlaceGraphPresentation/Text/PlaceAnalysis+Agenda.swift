import PlaceGraphKit

extension PlaceAnalysis {
    /// The decision agenda as terminal text: one block per contract window in decide-by order,
    /// with its conflicts and their knock-ons, the synergies it could capture, the windows that
    /// align, and what the team could change; then the contracts with nothing to act on.
    ///
    /// - Complexity: O(*e* · *f*) for *e* entries and *f* findings each.
    public func agendaText() -> StyledText {
        var out = TextWriter()
        out.line(StyledText("\(place.name): decision agenda as of \(asOf) (\(level.rawValue) level)", .emphasis))
        out.line("One entry per contract window, by decide-by date (the window less the lead time); "
                 + "\(Words.horizon(within: agenda.within, asOf: asOf)).")
        out.line("\(Words.count(agenda.entries.count, "contract")) with something to act on"
                 + (agenda.quiet.isEmpty ? "." : "; \(agenda.quiet.count) with nothing to act on, listed at the end."))
        if agenda.leftOut > 0 {
            out.line("\("\(Words.count(agenda.leftOut, "other contract")) decide later or have no end date, and are left out.", .dim)")
        }
        for (number, entry) in agenda.entries.enumerated() {
            out.blank()
            writeEntry(entry, number: number + 1, &out)
        }
        if !agenda.quiet.isEmpty {
            out.heading("Nothing to act on", "\(agenda.quiet.count)")
            for entry in agenda.quiet {
                let due = entry.window.map { "decide by \($0.decideBy)" } ?? "no end date"
                out.line("  \(entry.contract.id): \(entry.contract.name) (\(due))")
            }
        }
        return out.text
    }

    private func writeEntry(_ entry: Agenda.Entry, number: Int, _ out: inout TextWriter) {
        let contract = entry.contract
        let due = entry.window.map { "decide by \($0.decideBy)" + ($0.overdue ? " (overdue)" : "") } ?? "no end date"
        out.line(StyledText("\(number). \(due) · \(contract.id): \(contract.name)", .emphasis))
        let who = [contract.owner.map { "owner \($0)" }, contract.supplier.map { "supplier \($0)" }].compactMap { $0 }
        if !who.isEmpty { out.line("   \(who.joined(separator: "; "))") }
        out.line("   window: \(entry.window.map { Words.window($0) } ?? "none: no end date in the map"); "
                 + "lead time \(Words.leadTime(of: contract))")
        let found = entry.conflicts.compactMap { conflicts.conflict($0) }
        if !found.isEmpty {
            out.line("   conflicts it is party to (\(found.count)):")
            for conflict in found {
                let low = conflict.lowConfidenceOnly ? ", low confidence only" : ""
                out.line("     \(Words.kind(conflict.kind), .conflict) \(Words.route(of: conflict))"
                         + " (severity \(Words.number(conflict.severity))\(low))")
                writeKnockOns(of: conflict, &out, indent: "       ")
            }
        }
        let joined = entry.synergies.compactMap { synergies.synergy($0) }
        if !joined.isEmpty {
            let shown = joined.prefix(8).map { "\($0.kind.rawValue) " + Words.members(of: $0) }
            let more = joined.count > 8 ? "; and \(joined.count - 8) more" : ""
            out.line("   synergies a joint re-commissioning would capture (\(joined.count)): "
                     + "\(shown.joined(separator: "; "), .synergy)\(more)")
        }
        if !entry.aligned.isEmpty {
            out.line("   windows that align: \(entry.aligned.map(\.contract.id).joined(separator: ", "))")
        }
        if !entry.suggestions.isEmpty {
            out.line("   what could change:")
            for suggestion in entry.suggestions { out.line("     - \(Words.suggestion(suggestion))") }
        }
    }
}
