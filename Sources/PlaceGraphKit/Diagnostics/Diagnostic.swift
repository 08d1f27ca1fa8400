/// One problem found in an input file, with where it is and what to do about it.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    /// Whether the problem stops the file from being used.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public let severity: Severity
    /// What is wrong, lowercase, with values in single quotes.
    public let message: String
    /// What to do about it, when there is something useful to say.
    public let hint: String?
    public let location: SourceLocation?

    public init(_ severity: Severity, _ message: String, hint: String? = nil,
                at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.hint = hint
        self.location = location
    }

    static func error(_ message: String, hint: String? = nil,
                      at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, hint: hint, at: location)
    }

    static func warning(_ message: String, hint: String? = nil,
                        at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, hint: hint, at: location)
    }

    /// Diagnostics sort by position, so a file's problems read top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return true
        case (_?, nil): return false
        default: return lhs.message < rhs.message
        }
    }

    /// Renders the diagnostic the way compilers do:
    ///
    ///     map.yaml:12:9: error: unknown id 'polinators'; did you mean 'pollinators'?
    ///        12 |     to: polinators
    ///           |         ^
    ///       hint: interactions may name any service, contract or objective
    ///
    /// - Parameters:
    ///   - source: the file's text, to quote the offending line; `nil` quotes nothing.
    ///   - color: wrap the severity and caret in ANSI colour codes.
    public func rendered(source: String?, color: Bool = false) -> String {
        let paint = { (code: String, text: String) in color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let label = severity == .error ? paint("1;31", "error:") : paint("1;35", "warning:")
        var out = ""
        if let location { out += paint("1", "\(location):") + " " }
        out += "\(label) \(message)\n"
        if let location, let source, let line = SourceText.line(location.line, of: source) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            // Tabs stay tabs under the caret so it lines up in any terminal.
            let lead = line.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }
            out += " \(number) | \(SourceText.printable(line))\n"
            out += " \(gutter) | \(lead.joined())\(paint("1;32", "^"))\n"
        }
        if let hint { out += "  hint: \(hint)\n" }
        return out
    }
}

/// Helpers for quoting lines of user files in diagnostics.
enum SourceText {
    /// The 1-based `number`th line of `text`, without its line break.
    static func line(_ number: Int, of text: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" || text[index] == "\r\n" {
                if current == number { return String(text[start..<index]) }
                current += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return current == number ? String(text[start..<text.endIndex]) : nil
    }

    /// The line with control characters shown as `?`, so a quoted line cannot move the cursor.
    static func printable(_ line: String) -> String {
        String(line.map { ch -> Character in
            guard let scalar = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 else { return ch }
            if scalar == "\t" { return ch }
            return scalar.value < 0x20 || scalar.value == 0x7F ? "?" : ch
        })
    }
}
