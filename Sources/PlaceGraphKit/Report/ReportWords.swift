/// Small pieces of wording shared by the HTML and Markdown reports.
enum ReportWords {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "31 March 2026".
    static func date(_ date: CalendarDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year)" }

    /// "counteracting (−2)" or "+1.5".
    static func effect(_ effect: Effect) -> String {
        let value = CrossImpactHeatmap.label(effect)
        return effect.name.map { "\($0) (\(value))" } ?? value
    }

    /// "1 conflict", "3 conflicts".
    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : (plural ?? noun + "s"))"
    }

    /// The window of a conflict in words, seen from `asOf`: "31 March 2027, when Grounds
    /// maintenance ends (an extension could run to 31 March 2028)", or "now: …" when the
    /// contract has already ended and runs on its extension or past it.
    static func window(_ conflict: Conflict, asOf: CalendarDate) -> String {
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

    /// One plain sentence saying what a conflict is, for the summary.
    static func sentence(_ conflict: Conflict) -> String {
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
}
