/// Escaping and table rows for Markdown output.
enum MarkdownText {
    /// Escapes the characters that would break a table cell or start inline Markdown syntax
    /// (emphasis, code, links, HTML), and turns line breaks into spaces. Text never starts a
    /// line here, so `#` and `>` need no escape.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<": out += "\\\(character)"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// An id as inline code; backticks inside are replaced, since ids rarely hold them.
    static func code(_ text: String) -> String {
        "`" + text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|") + "`"
    }

    /// One table row.
    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}
