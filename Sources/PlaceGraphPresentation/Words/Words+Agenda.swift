import PlaceGraphKit

extension Words {
    /// A suggestion of the decision agenda as one sentence, naming items and contracts with
    /// `name` and `contract` (ids by default) and writing dates with `dates` (ISO by default).
    public static func suggestion(_ suggestion: AgendaSuggestion,
                                  name: (ItemReference) -> String = { "'\($0.id)'" },
                                  contract: (ContractReference) -> String = { "'\($0.id)'" },
                                  dates: (CalendarDate) -> String = { $0.description }) -> String {
        switch suggestion {
        case let .respecify(objective, target, targetContract, _):
            var text = "re-specify \(name(objective)), which undermines \(name(target))"
            if targetContract != nil {
                text += ", an objective of another contract"
            } else if target.contractID != nil {
                text += " of the same contract"
            }
            return text
        case let .align(other, window, conflicts):
            let when = window.map { "its window: " + Words.window($0, dates: dates) } ?? "it has no end date in the map"
            let shared = conflicts.count == 1 ? "the same conflict" : "\(conflicts.count) of the same conflicts"
            return "align with \(contract(other)), party to \(shared); \(when)"
        case let .commissionJointly(other, window, _):
            return "commission jointly with \(contract(other)), a partner in the same cluster whose window aligns: "
                + Words.window(window, dates: dates)
        }
    }

    /// "2 conflicts, 3 synergies" for an agenda entry, or "nothing to act on".
    public static func findings(of entry: Agenda.Entry) -> String {
        var parts: [String] = []
        if !entry.conflicts.isEmpty { parts.append(count(entry.conflicts.count, "conflict")) }
        if !entry.synergies.isEmpty { parts.append(count(entry.synergies.count, "synergy", plural: "synergies")) }
        return parts.isEmpty ? "nothing to act on" : parts.joined(separator: ", ")
    }

    /// "decisions due within 18 months, by 2028-05-28 (overdue ones included)", or "every contract".
    public static func horizon(within: CalendarSpan?, asOf: CalendarDate) -> String {
        guard let within else { return "every contract" }
        return "decisions due within \(span(within)), by \(within.after(asOf)) (overdue ones included)"
    }
}
