/// Reading the texts published contract data holds: ISO 8601 dates, and names that carry HTML
/// character references.
enum OCDSText {
    /// The calendar date of an ISO 8601 date (`2026-03-31`) or date-time
    /// (`2026-03-31T00:00:00Z`, `2026-03-31T09:30:00+01:00`), as written, with no time-zone
    /// shift; `nil` for anything else.
    static func date(_ text: String) -> CalendarDate? {
        let scalars = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        guard scalars.count >= 10, let date = CalendarDate(iso: String(String.UnicodeScalarView(scalars[0..<10]))) else { return nil }
        guard scalars.count > 10 else { return date }
        guard scalars[10] == "T" || scalars[10] == " " else { return nil }
        return isTime(Array(scalars[11...])) ? date : nil
    }

    /// `hh:mm`, optional `:ss` and fraction, optional `Z` or `±hh:mm`.
    private static func isTime(_ s: [Unicode.Scalar]) -> Bool {
        func digits(_ range: Range<Int>) -> Bool { range.upperBound <= s.count && s[range].allSatisfy { ("0"..."9").contains($0) } }
        guard digits(0..<2), s.count > 2, s[2] == ":", digits(3..<5) else { return false }
        var index = 5
        if index < s.count, s[index] == ":" {
            guard digits(index + 1..<index + 3) else { return false }
            index += 3
            if index < s.count, s[index] == "." {
                index += 1
                let start = index
                while index < s.count, ("0"..."9").contains(s[index]) { index += 1 }
                guard index > start else { return false }
            }
        }
        if index == s.count { return true }
        if s[index] == "Z" { return index + 1 == s.count }
        guard s[index] == "+" || s[index] == "-", digits(index + 1..<index + 3) else { return false }
        let rest = Array(s[(index + 3)...])
        return rest.isEmpty || (rest.count == 2 && rest.allSatisfy { ("0"..."9").contains($0) })
            || (rest.count == 3 && rest[0] == ":" && rest[1...].allSatisfy { ("0"..."9").contains($0) })
    }

    /// `text` with HTML character references read: Contracts Finder publishes names such as
    /// `Young People&#039;s` and, escaped twice, `Gen II &amp;amp; Technology`. References are
    /// read until none is left (at most three rounds), and anything else is kept as written.
    static func decoded(_ text: String) -> String {
        var text = text
        for _ in 0..<3 {
            guard text.contains("&") else { break }
            let next = decodeOnce(text)
            if next == text { break }
            text = next
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]

    private static func decodeOnce(_ text: String) -> String {
        var out = "", rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let name = String(after[..<semicolon])
            if let replacement = named[name] ?? character(name) {
                out += replacement
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    /// `#39` or `#x27` as its character.
    private static func character(_ name: String) -> String? {
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let code, code > 0, let scalar = Unicode.Scalar(code) else { return nil }
        return String(scalar)
    }

    /// A name folded for comparison: lower case, runs of spaces as one, `&` and `and` alike.
    static func folded(_ name: String) -> String {
        decoded(name).lowercased().replacingOccurrences(of: "&", with: " and ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
