/// Escaping and table rows for Markdown output.
public enum Markdown {
    /// Escapes the characters that would break a table cell or start inline Markdown syntax
    /// (emphasis, code, links, HTML), and turns line breaks into spaces. Text never starts a
    /// line here, so `#` and `>` need no escape.
    public static func escape(_ text: String) -> String { MarkdownEscaping.analysis.escape(text) }

    /// An id as inline code; backticks inside are replaced, since ids rarely hold them.
    public static func code(_ text: String) -> String {
        "`" + text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|") + "`"
    }

    /// One table row.
    public static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}

/// One set of Markdown escaping rules, applied a character at a time.
///
/// The analysis, the loop and balance tables and the workshop report each escape a slightly
/// different set of characters, and their goldens and tests pin each set, so the rules are kept
/// apart as data while one loop applies them all.
struct MarkdownEscaping: Sendable {
    /// Characters written with a backslash before them.
    let backslashed: Set<Character>
    /// Characters written as an HTML entity instead.
    let entities: [Character: String]
    /// Characters written as a single space (line breaks, for one-line cells).
    let spaces: Set<Character>

    /// `text` with every character the rules name escaped or replaced.
    func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if backslashed.contains(character) {
                out += "\\"
                out.append(character)
            } else if let entity = entities[character] {
                out += entity
            } else if spaces.contains(character) {
                out += " "
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Analysis and timeline Markdown (``Markdown/escape(_:)``): inline syntax and `<`, with
    /// line breaks as spaces.
    static let analysis = MarkdownEscaping(backslashed: ["|", "\\", "*", "_", "`", "[", "]", "<"], entities: [:],
                                           spaces: ["\n", "\r", "\r\n"])
    /// Loop and balance tables (`markdownEscaped(_:)`): inline syntax, `<`, `>` and `#`; line
    /// breaks are kept.
    static let table = MarkdownEscaping(backslashed: ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#"], entities: [:],
                                        spaces: [])
    /// The workshop report's Markdown (`WorkshopReport.md(_:)`): inline syntax and `#`, raw
    /// HTML as entities, and `\n`, `\r` and tabs as spaces.
    static let report = MarkdownEscaping(backslashed: ["|", "\\", "*", "_", "`", "[", "]", "#"],
                                         entities: ["<": "&lt;", ">": "&gt;", "&": "&amp;"],
                                         spaces: ["\n", "\r", "\t"])
}
