/// The one Markdown escaper, and table rows, for every Markdown output: the analysis, the
/// timeline, loops, balance and the workshop pack.
public enum Markdown {
    /// Characters written with a backslash before them: the inline syntax of emphasis, code,
    /// links, strikethrough and table cells, and `#`.
    static let backslashed: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "#", "~"]

    /// `text` made inert in a table cell and in running text alike.
    ///
    /// - Inline syntax (`\`, `` ` ``, `*`, `_`, `[`, `]`, `|`, `#`, `~`) gets a backslash, so
    ///   nothing becomes emphasis, code, a link or a new cell.
    /// - `<`, `>` and `&` become the entities `&lt;`, `&gt;` and `&amp;`, so no raw HTML, no
    ///   autolink and no entity a user typed comes alive, and `&amp;` shows as typed.
    /// - Line breaks (`\n`, `\r`, `\r\n`, U+0085, U+2028, U+2029) and tabs become one space each,
    ///   so a cell stays on its row.
    /// - Other control characters and bidirectional controls are shown escaped, as on a
    ///   terminal (``TerminalText/escaped(_:)``).
    ///
    /// - Complexity: O(*n*) for *n* characters.
    public static func escape(_ text: String) -> String {
        // Most labels are plain printable ASCII, which all of the below leaves as it is: a
        // byte scan instead of a character walk that made long reports slow to write.
        if text.utf8.allSatisfy(isPlain) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\t", "\u{85}", "\u{2028}", "\u{2029}": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case _ where backslashed.contains(character):
                out += "\\"
                out.append(character)
            default:
                out += TerminalText.escaped(String(character))
            }
        }
        return out
    }

    /// True for a printable ASCII byte that ``escape(_:)`` writes as it is.
    static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "&"): false
        default: byte >= 0x20 && byte < 0x7F
        }
    }

    /// An id as inline code. Backticks inside are replaced, since ids rarely hold them, and a
    /// pipe keeps its backslash so a table cell does not split; line breaks become spaces and
    /// controls are shown escaped.
    public static func code(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "|") }) {
            return "`" + text + "`"
        }
        let inert = TerminalText.escaped(text.map { $0.isNewline ? " " : String($0) }.joined())
        return "`" + inert.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|") + "`"
    }

    /// One table row.
    public static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}
