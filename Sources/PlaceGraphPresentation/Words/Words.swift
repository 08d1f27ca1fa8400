import PlaceGraphKit

/// The one place values become words, for the terminal text, the Markdown and the HTML alike:
/// counts, numbers, effects, dates, spans and statuses. Findings, notes, loops and balance
/// have their own extensions.
///
/// Words are plain strings; each output escapes them where it writes them.
public enum Words {
    /// "1 conflict", "3 conflicts"; `plural` when adding an s is wrong.
    public static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// A number with at most two decimals: `2`, `1.25`, `-0.5`.
    public static func number(_ value: Double) -> String { formatNumber(value, decimals: 2) }

    /// "12,345": thousands separated by commas.
    public static func grouped(_ value: Int) -> String {
        var digits = String(value.magnitude), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return (value < 0 ? "-" : "") + digits + out
    }

    /// "-2 counteracting", "+1.5": the value first, as the terminal and Markdown tables show it.
    public static func effect(_ effect: Effect) -> String {
        effect.name.map { "\(effect) \($0)" } ?? effect.description
    }

    /// "counteracting (−2)", "+1.5": the name first, as the workshop pack shows it.
    public static func namedEffect(_ effect: Effect) -> String {
        let value = signed(effect)
        return effect.name.map { "\($0) (\(value))" } ?? value
    }

    /// `+2`, `−1` (with a true minus sign), `+1.5`: an effect as a chart labels it.
    public static func signed(_ effect: Effect) -> String {
        let text = formatNumber(effect.value, decimals: 1)
        return effect.value > 0 ? "+" + text : text.replacingOccurrences(of: "-", with: "−")
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "31 March 2026".
    public static func date(_ date: CalendarDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year)" }

    /// "9 months", "1 week".
    public static func span(_ span: CalendarSpan) -> String {
        let noun = switch span.unit {
        case .days: "day"
        case .weeks: "week"
        case .months: "month"
        case .years: "year"
        }
        return count(span.count, noun)
    }

    /// "contract contradiction", "trade-off", "hidden".
    public static func kind(_ kind: Conflict.Kind) -> String {
        kind == .contractContradiction ? "contract contradiction" : kind.rawValue
    }

    /// "running", "on extension", "ended", "undated".
    public static func status(_ status: ContractStatus) -> String {
        status.rawValue.replacingOccurrences(of: "-", with: " ")
    }

    /// "13 services, 13 contracts, 46 objectives, 63 interactions (40 reinforcing, 23 undermining)".
    public static func summary(_ summary: PlaceGraph.Summary) -> String {
        var parts: [String] = []
        func add(_ value: Int, _ noun: String, always: Bool = false) {
            if value > 0 || always { parts.append(count(value, noun)) }
        }
        add(summary.services, "service")
        add(summary.contracts, "contract")
        add(summary.objectives, "objective")
        add(summary.factors, "item")
        add(summary.interactions, "interaction", always: true)
        return parts.joined(separator: ", ") + " (\(summary.reinforcing) reinforcing, \(summary.undermining) undermining)"
    }

    /// "running, ends in 120 days", "on extension until 2027-06-30, 30 days left", "ended
    /// 2026-03-31, with no extension left", "no end date in the map".
    public static func status(of entry: Timeline.Entry) -> String {
        switch entry.status {
        case .running:
            return "running, ends in \(count(entry.daysUntilEnd ?? 0, "day"))"
        case .onExtension:
            guard let window = entry.window else { return "on extension" }
            return "on extension until \(window.date), \(count(window.asOf.days(until: window.date), "day")) left"
        case .ended:
            let end = entry.contract.extensionEnd ?? entry.contract.end
            return "ended" + (end.map { " \($0)" } ?? "") + ", with no extension left"
        case .undated:
            return "no end date in the map"
        }
    }

    /// "12 months (the place's lead time)": a contract's lead time and where it comes from.
    public static func leadTime(of contract: ContractReference) -> String {
        let source = switch contract.leadTimeSource {
        case .contract: "its own"
        case .place: "the place's"
        case .default: "the default"
        }
        return "\(span(contract.leadTime)) (\(source) lead time)"
    }
}
