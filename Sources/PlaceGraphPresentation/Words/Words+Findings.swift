import PlaceGraphKit

extension Words {
    /// "a → b", or the whole chain for a hidden conflict.
    public static func route(of conflict: Conflict) -> String {
        conflict.path.map(\.id).joined(separator: " → ")
    }

    /// "a → b", "a ↔ b", or the members of a cluster joined by " + ".
    public static func members(of synergy: Synergy) -> String {
        switch synergy.kind {
        case .direct: synergy.items.map(\.id).joined(separator: " → ")
        case .mutual: synergy.items.map(\.id).joined(separator: " ↔ ")
        case .cluster: synergy.items.map(\.id).joined(separator: " + ")
        }
    }

    /// "grounds-maintenance (Verdant Grounds Ltd; ends 2026-03-31, extensions to 2027-03-31)".
    public static func contract(_ contract: ContractReference) -> String {
        var details: [String] = []
        if let supplier = contract.supplier { details.append(supplier) }
        var dates = contract.end.map { "ends \($0)" } ?? "no end date"
        if !contract.extensionOptions.isEmpty {
            let options = contract.extensionOptions.map(String.init(describing:)).joined(separator: ", ")
            dates += contract.extensionOptions.count == 1 ? ", extension to \(options)" : ", extensions to \(options)"
        }
        details.append(dates)
        return "\(contract.id) (\(details.joined(separator: "; ")))"
    }

    /// A window relative to its as-of date: "2027-03-31 (ahead; decide by 2026-03-31)", "now, on
    /// extension until 2027-06-30 (decide by 2026-06-30)", "lapsed on 2026-09-30"; an overdue
    /// decision says so. `dates` writes each date (ISO by default).
    public static func window(_ window: ContractWindow,
                              dates: (CalendarDate) -> String = { $0.description }) -> String {
        let due = "decide by \(dates(window.decideBy))" + (window.overdue ? ", overdue" : "")
        switch window.state {
        case .ahead: return "\(dates(window.date)) (ahead; \(due))"
        case .onExtension: return "now, on extension until \(dates(window.date)) (\(due))"
        case .lapsed: return "lapsed on \(dates(window.date))"
        }
    }

    /// The window of a conflict, seen from `asOf`, and the contract it belongs to:
    /// "2027-03-31 (ahead; decide by 2026-03-31): grounds-maintenance", or why there is none.
    public static func window(of conflict: Conflict, asOf: CalendarDate,
                              dates: (CalendarDate) -> String = { $0.description },
                              contract name: (ContractReference) -> String = \.id) -> String {
        guard let (contract, found) = conflict.window(asOf: asOf) else {
            return conflict.contracts.isEmpty ? "none: no contract involved" : "none: no end date for its contracts"
        }
        return "\(window(found, dates: dates)): \(name(contract))"
    }

    /// A knock-on in words, naming items with `name`: "also undermines Z via Y" when the chain
    /// starts with the conflict's own step, "X, through A, also works against B" when items
    /// upstream lead into it.
    public static func knockOn(_ knockOn: KnockOn, name: (ItemReference) -> String = \.id) -> String {
        let through = knockOn.path.dropFirst().dropLast().map(name)
        let via = through.count == 2 ? through.joined(separator: " and ") : through.joined(separator: ", ")
        if knockOn.isDownstream { return "also undermines \(name(knockOn.to)) via \(via)" }
        return "\(name(knockOn.from)), through \(via), also works against \(name(knockOn.to))"
    }

    /// "rests only on low-confidence interactions", for a conflict that does; `nil` otherwise.
    public static func lowConfidence(of conflict: Conflict) -> String? {
        guard conflict.lowConfidenceOnly else { return nil }
        return conflict.kind == .hidden ? "rests on a low-confidence interaction: the chain needs every link"
            : "rests only on low-confidence interactions"
    }

    /// "the strongest of 3 interactions" for a rolled-up link, `nil` for one written in the map.
    public static func standsFor(_ link: InteractionLink) -> String? {
        link.members.count > 1 ? "the strongest of \(link.members.count) interactions" : nil
    }

    /// One plain sentence saying what a conflict is, with the items' names in quotes.
    public static func sentence(_ conflict: Conflict) -> String {
        let from = conflict.from.name, to = conflict.to.name
        switch conflict.kind {
        case .hidden:
            let via = conflict.path.dropFirst().dropLast().map(\.name).joined(separator: "” and “")
            return "“\(from)” works against “\(to)” indirectly, through “\(via)”, and no single interaction shows it."
        case .mutual:
            return "“\(from)” and “\(to)” work against each other."
        case .tradeOff:
            return "“\(from)” works against “\(to)”, which helps it in return."
        case .contractContradiction:
            let names = Dictionary(conflict.contracts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let pair = conflict.contractPairs.first.map { $0.map { names[$0] ?? $0 } } ?? []
            let across = pair.count == 2 ? " (\(pair.joined(separator: " vs ")))" : ""
            return "Two contracts pull apart\(across): “\(from)” works against “\(to)”."
        case .direct:
            return "“\(from)” works against “\(to)”."
        }
    }

    /// What the knock-on search found besides the counted conflicts: "118 knock-ons listed inside
    /// the conflicts, not counted again"; `nil` when none.
    public static func knockOns(_ analysis: ConflictAnalysis) -> String? {
        guard analysis.knockOnsFound > 0 else { return nil }
        var text = "\(count(analysis.knockOnsFound, "knock-on")) listed inside the conflicts, not counted again"
        if analysis.belowThreshold > 0 {
            text += " (\(analysis.belowThreshold) of them would stand alone as hidden conflicts but are weaker than "
                + "\(number(Conflict.hiddenThreshold)), the weakest effect a workshop can score)"
        }
        return text
    }

    /// The counts of each conflict kind that occurs: "13 contract contradictions, 2 direct".
    public static func breakdown(_ analysis: ConflictAnalysis) -> String {
        let order: [Conflict.Kind] = [.contractContradiction, .mutual, .tradeOff, .direct, .hidden]
        let parts = order.compactMap { kind -> String? in
            let found = analysis.count(of: kind)
            guard found > 0 else { return nil }
            switch kind {
            case .contractContradiction: return count(found, "contract contradiction")
            case .tradeOff: return count(found, "trade-off")
            default: return "\(found) \(Words.kind(kind))"
            }
        }
        return parts.joined(separator: ", ")
    }

    /// "aligned window 2027-03-31 to 2028-02-29 (a, b)", or why there is none.
    public static func alignment(of synergy: Synergy) -> String {
        if let window = synergy.alignedWindow {
            return "aligned window \(window.from) to \(window.to) (\(window.contracts.joined(separator: ", ")))"
        }
        let contracted = Set(synergy.contracts.filter { $0.end != nil }.map(\.serviceID))
        return contracted.count < 2
            ? "no aligned window: fewer than two of its services have dated contracts"
            : "no aligned window: its services' next contract windows are more than 12 months apart"
    }
}
