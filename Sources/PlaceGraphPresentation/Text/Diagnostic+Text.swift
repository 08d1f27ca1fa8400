import PlaceGraphKit

extension Diagnostic {
    /// The diagnostic the way compilers show it, as styled terminal text:
    ///
    ///     map.yaml:12:9: error: unknown id 'polinators'; did you mean 'pollinators'?
    ///      12 |     to: polinators
    ///         |         ^
    ///       hint: interactions may name any service, contract or objective
    ///
    /// The quoted line is a window of at most ``SourceWindow/width`` characters around the
    /// column, with `…` where it is cut, so a huge one-line file quotes a few hundred bytes;
    /// control and bidirectional characters in it are shown escaped, and the caret still
    /// stands under the character the location names.
    ///
    /// - Parameter source: the file's text, to quote the offending line; `nil` quotes nothing.
    /// - Complexity: O(*b* + *c*) for *b* bytes before the line and *c* the column.
    public func styled(source: String?) -> StyledText {
        var out = StyledText()
        if let location { out += "\(StyledText("\(location):", .emphasis)) " }
        out += severity == .error ? StyledText("error:", .error) : StyledText("warning:", .warning)
        out += " \(message)\n"
        if let location, let source, let window = SourceWindow(source: source, line: location.line, column: location.column) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            out += " \(number) | \(window.text)\n"
            out += " \(gutter) | \(window.caretLead)\(StyledText("^", .caret))\n"
        }
        if let hint { out += "  hint: \(hint)\n" }
        return out
    }
}

/// A window of one line of a source file around a column, ready to quote under a diagnostic.
struct SourceWindow {
    /// The most characters of a line a diagnostic quotes.
    static let width = 120

    /// The quoted text, escaped, with `…` at a cut end.
    let text: String
    /// Spaces (and the line's own tabs) that put a caret under the column.
    let caretLead: String

    /// The window of the 1-based `line` of `source` around the 1-based `column`, or `nil` when
    /// the file has no such line.
    init?(source: String, line: Int, column: Int) {
        guard let whole = Self.line(line, of: source) else { return nil }
        let caret = whole.index(whole.startIndex, offsetBy: max(0, column - 1), limitedBy: whole.endIndex) ?? whole.endIndex
        var start = caret, taken = 0
        while start > whole.startIndex, taken < Self.width / 2 {
            start = whole.index(before: start)
            taken += 1
        }
        var end = caret
        while end < whole.endIndex, taken < Self.width {
            end = whole.index(after: end)
            taken += 1
        }
        let open = start > whole.startIndex ? "…" : "", close = end < whole.endIndex ? "…" : ""
        text = open + TerminalText.escaped(String(whole[start..<end])) + close
        // Each character before the caret is as wide as its escaped form; tabs stay tabs.
        caretLead = open.map { _ in " " }.joined() + whole[start..<caret].map { character in
            character == "\t" ? "\t" : String(repeating: " ", count: TerminalText.escaped(String(character)).count)
        }.joined()
    }

    /// The 1-based `number`th line of `text`, without its line break, found by bytes so a long
    /// file is not walked character by character.
    static func line(_ number: Int, of text: String) -> Substring? {
        guard number >= 1 else { return nil }
        let bytes = text.utf8
        var current = 1, start = bytes.startIndex
        while current < number {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            start = bytes.index(after: newline)
            current += 1
        }
        var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
        if end > start, bytes[bytes.index(before: end)] == 0x0D { end = bytes.index(before: end) }
        return Substring(bytes[start..<end])
    }
}
