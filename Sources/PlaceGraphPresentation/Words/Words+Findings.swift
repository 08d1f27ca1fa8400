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

    /// "grounds-maintenance (Verdant Grounds Ltd; ends 2026-03-31, extension to 2027-03-31)".
    public static func contract(_ contract: ContractReference) -> String {
        var details: [String] = []
        if let supplier = contract.supplier { details.append(supplier) }
        var dates = contract.end.map { "ends \($0)" } ?? "no end date"
        if let extensionEnd = contract.extensionEnd { dates += ", extension to \(extensionEnd)" }
        details.append(dates)
        return "\(contract.id) (\(details.joined(separator: "; ")))"
    }

    /// "2026-03-31 (grounds-maintenance; extension to 2027-03-31)", or why there is none.
    public static func window(of conflict: Conflict) -> String {
        guard let contract = conflict.windowContract, let end = contract.end else { return "none: no contract involved" }
        let extensionNote = contract.extensionEnd.map { "; extension to \($0)" } ?? ""
        return "\(end) (\(contract.id)\(extensionNote))"
    }

    /// The window of a conflict in full words, seen from `asOf`: "31 March 2027, when Grounds
    /// maintenance ends (an extension could run to 31 March 2028)", or "now: …" when the
    /// contract has already ended and runs on its extension or past it.
    public static func window(of conflict: Conflict, asOf: CalendarDate) -> String {
        guard let contract = conflict.windowContract, let end = contract.end else { return "no contract involved" }
        if end >= asOf {
            var text = "\(date(end)), when \(contract.name) ends"
            if let extensionEnd = contract.extensionEnd { text += " (an extension could run to \(date(extensionEnd)))" }
            return text
        }
        if let extensionEnd = contract.extensionEnd, extensionEnd >= asOf {
            return "now: \(contract.name) ended on \(date(end)) and runs on its extension to \(date(extensionEnd))"
        }
        return "now: \(contract.name) ended on \(date(end))"
    }

    /// One plain sentence saying what a conflict is, with the items' names in quotes.
    public static func sentence(_ conflict: Conflict) -> String {
        let from = conflict.from.name, to = conflict.to.name
        switch conflict.kind {
        case .hidden:
            let via = conflict.path.dropFirst().dropLast().map(\.name).joined(separator: "” and “")
            return "“\(from)” works against “\(to)” indirectly, through “\(via)”."
        case .mutual:
            return "“\(from)” and “\(to)” work against each other."
        case .tradeOff:
            return "“\(from)” works against “\(to)”, which helps it in return."
        case .contractContradiction:
            let contracts = conflict.contracts.map(\.name)
            let across = contracts.count >= 2 ? " (\(contracts.prefix(2).joined(separator: " vs "))" + ")" : ""
            return "Two contracts pull apart\(across): “\(from)” works against “\(to)”."
        case .direct:
            return "“\(from)” works against “\(to)”."
        }
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
