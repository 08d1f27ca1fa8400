/// Phrases the text and Markdown outputs share, so both say things the same way.
enum AnalysisWords {
    /// "1 conflict", "3 conflicts"; `plural` when adding an s is wrong.
    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// "-2 counteracting", "+1.5".
    static func effect(_ effect: Effect) -> String {
        effect.name.map { "\(effect) \($0)" } ?? effect.description
    }

    /// A number with at most two decimals.
    static func number(_ value: Double) -> String { formatNumber(value, decimals: 2) }

    /// "grounds-maintenance (Verdant Grounds Ltd; ends 2026-03-31, extension to 2027-03-31)".
    static func contract(_ contract: ContractReference) -> String {
        var details: [String] = []
        if let supplier = contract.supplier { details.append(supplier) }
        var dates = contract.end.map { "ends \($0)" } ?? "no end date"
        if let extensionEnd = contract.extensionEnd { dates += ", extension to \(extensionEnd)" }
        details.append(dates)
        return "\(contract.id) (\(details.joined(separator: "; ")))"
    }

    /// "2026-03-31 (grounds-maintenance; extension to 2027-03-31)", or "none".
    static func window(of conflict: Conflict) -> String {
        guard let contract = conflict.windowContract, let end = contract.end else { return "none: no contract involved" }
        let extensionNote = contract.extensionEnd.map { "; extension to \($0)" } ?? ""
        return "\(end) (\(contract.id)\(extensionNote))"
    }

    /// "a → b", or the whole chain for a hidden conflict.
    static func route(of conflict: Conflict) -> String {
        conflict.path.map(\.id).joined(separator: " → ")
    }

    /// "a → b", "a ↔ b", or the members of a cluster joined by " + ".
    static func members(of synergy: Synergy) -> String {
        switch synergy.kind {
        case .direct: synergy.items.map(\.id).joined(separator: " → ")
        case .mutual: synergy.items.map(\.id).joined(separator: " ↔ ")
        case .cluster: synergy.items.map(\.id).joined(separator: " + ")
        }
    }

    /// "aligned window 2027-03-31 to 2028-02-29 (a, b)", or why there is none.
    static func alignment(of synergy: Synergy) -> String {
        if let window = synergy.alignedWindow {
            return "aligned window \(window.from) to \(window.to) (\(window.contracts.joined(separator: ", ")))"
        }
        let contracted = Set(synergy.contracts.filter { $0.end != nil }.map(\.serviceID))
        return contracted.count < 2
            ? "no aligned window: fewer than two of its services have dated contracts"
            : "no aligned window: its services' next contract windows are more than 12 months apart"
    }

    /// "on extension to 2027-06-30", "running, ends in 120 days", "ended 30 days ago".
    static func status(of entry: Timeline.Entry) -> String {
        switch entry.status {
        case .running:
            let days = entry.daysUntilEnd ?? 0
            return "running, ends in \(count(days, "day"))"
        case .onExtension:
            let days = entry.daysUntilExtensionEnd ?? 0
            return "on extension to \(entry.contract.extensionEnd.map(String.init(describing:)) ?? "?"), "
                + "\(count(days, "day")) left"
        case .ended:
            let end = entry.contract.extensionEnd ?? entry.contract.end
            return "ended" + (end.map { " \($0)" } ?? "") + "; can be changed now"
        case .undated:
            return "no end date in the map"
        }
    }

    /// The counts of each conflict kind that occur: "13 contract contradictions, 2 direct".
    static func breakdown(_ analysis: ConflictAnalysis) -> String {
        let order: [Conflict.Kind] = [.contractContradiction, .mutual, .tradeOff, .direct, .hidden]
        let parts = order.compactMap { kind -> String? in
            let found = analysis.count(of: kind)
            guard found > 0 else { return nil }
            switch kind {
            case .contractContradiction: return count(found, "contract contradiction")
            case .tradeOff: return count(found, "trade-off")
            default: return "\(found) \(kind.words)"
            }
        }
        return parts.joined(separator: ", ")
    }
}
