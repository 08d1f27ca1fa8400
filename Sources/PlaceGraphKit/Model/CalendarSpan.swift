/// A length of calendar time written the way a commissioning team says it: `9m`, `18 months`,
/// `6w`, `90d`, `1y`.
///
/// Used for a contract's lead time (how long a re-procurement decision takes before the window)
/// and for "within the next 18 months" filters. Months and years are calendar months, so
/// subtracting 1 month from 31 March gives 28 or 29 February.
public struct CalendarSpan: Sendable, Hashable, CustomStringConvertible {
    /// The unit a span is counted in.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case days = "d", weeks = "w", months = "m", years = "y"
    }

    public let count: Int
    public let unit: Unit

    /// Creates a span; `nil` when `count` is negative or implausibly large (over 100 years).
    public init?(count: Int, unit: Unit) {
        let days: Int = switch unit {
        case .days: count
        case .weeks: count * 7
        case .months: count * 31
        case .years: count * 366
        }
        guard count >= 0, days <= 36_600 else { return nil }
        self.count = count
        self.unit = unit
    }

    /// Reads `9m`, `9 months`, `6w`, `6 weeks`, `90d`, `90 days`, `1y`, `1 year`; `nil` otherwise.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 5, let count = Int(digits) else { return nil }
        let word = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let units: [String: Unit] = [
            "d": .days, "day": .days, "days": .days, "w": .weeks, "week": .weeks, "weeks": .weeks,
            "m": .months, "mo": .months, "month": .months, "months": .months,
            "y": .years, "yr": .years, "year": .years, "years": .years,
        ]
        guard let unit = units[word] else { return nil }
        self.init(count: count, unit: unit)
    }

    /// The compact form: `9m`, `6w`, `90d`, `1y`.
    public var description: String { "\(count)\(unit.rawValue)" }

    /// The day this span before `date`.
    public func before(_ date: CalendarDate) -> CalendarDate { date.moved(by: self, forward: false) }

    /// The day this span after `date`.
    public func after(_ date: CalendarDate) -> CalendarDate { date.moved(by: self, forward: true) }
}

extension CalendarDate {
    /// The day `span` later (or earlier); months and years are clamped to the month's last day,
    /// and the result stays within the years 1…9999.
    func moved(by span: CalendarSpan, forward: Bool) -> CalendarDate {
        let sign = forward ? 1 : -1
        switch span.unit {
        case .days, .weeks:
            let days = span.count * (span.unit == .weeks ? 7 : 1) * sign
            return CalendarDate(ordinal: ordinal + days) ?? self
        case .months:
            return adding(months: span.count * sign)
        case .years:
            return adding(months: span.count * 12 * sign)
        }
    }

    /// The day with this ``ordinal`` (days since 0001-01-01), or `nil` outside the years 1…9999.
    init?(ordinal: Int) {
        guard ordinal >= 0 else { return nil }
        // Estimate the year, then correct it by at most a step or two.
        var year = max(1, min(9999, ordinal / 366 + 1))
        // The ordinal of 1 January of a year in 1…9999, which always exists.
        func newYear(_ year: Int) -> Int { CalendarDate(year: year, month: 1, day: 1)?.ordinal ?? 0 }
        while year > 1, newYear(year) > ordinal { year -= 1 }
        while year < 9999, newYear(year + 1) <= ordinal { year += 1 }
        var remaining = ordinal - newYear(year)
        var month = 1
        while month < 12, remaining >= CalendarDate.daysIn(month: month, year: year) {
            remaining -= CalendarDate.daysIn(month: month, year: year)
            month += 1
        }
        self.init(year: year, month: month, day: remaining + 1)
    }
}
