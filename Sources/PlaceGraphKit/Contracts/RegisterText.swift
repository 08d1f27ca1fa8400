/// Dates and amounts as councils write them in contract registers.
enum RegisterText {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// A date written `2026-03-31` (with a time or not), `31/03/2026`, `31-03-2026` or
    /// `31.03.2026` (day first, as UK registers write it), or `31 March 2026`, `31-Mar-2026`;
    /// a year must have four digits, since `31/03/26` could be any century.
    static func date(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = OCDSText.date(trimmed) { return date }
        let parts = trimmed.split(whereSeparator: { "/-. ".contains($0) }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, let year = Int(parts[2]), let day = Int(parts[0]) else { return nil }
        if let month = Int(parts[1]) { return CalendarDate(year: year, month: month, day: day) }
        let word = parts[1].lowercased()
        guard word.count >= 3, let index = months.firstIndex(where: { word.hasPrefix($0) }) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"][index]
        guard full.hasPrefix(word) || word == "sept" else { return nil }
        return CalendarDate(year: year, month: index + 1, day: day)
    }

    /// An amount of pounds written as a plain number, with or without thousands commas, a
    /// leading `£` or a trailing `GBP`: `1200000`, `£1,200,000.00`, `1200000 GBP`.
    static func amount(_ text: String) -> Double? {
        var cleaned = text.trimmingCharacters(in: .whitespaces)
        if cleaned.uppercased().hasSuffix("GBP") { cleaned = String(cleaned.dropLast(3)) }
        cleaned = cleaned.replacingOccurrences(of: "£", with: "").replacingOccurrences(of: ",", with: "")
            .trimmingCharacters(in: .whitespaces)
        guard !cleaned.isEmpty, cleaned.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }),
              let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }
}
