/// Makes text from a map safe to write to a terminal.
///
/// A label can hold bytes a terminal acts on instead of showing: C0 controls such as the
/// escape that starts a colour or cursor sequence, DEL, the C1 controls (U+0080–U+009F, which
/// some terminals read as escape sequences too), and the bidirectional embeddings, overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069) that make a line read in a different order from
/// the one it is stored in. Each is shown as a visible escape instead: `\e` for the escape
/// character, `\n`, `\r` and `\0`, and `\u{202E}` for the rest. Tabs stay tabs, so a quoted
/// line keeps its caret aligned.
public enum TerminalText {
    /// `text` with every control and bidirectional formatting character shown escaped.
    ///
    /// - Complexity: O(*n*) for *n* Unicode scalars; text with nothing to escape is returned
    ///   as it is.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.append(scalar)
                continue
            }
            let shown: String = switch scalar.value {
            case 0x1B: "\\e"
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x00: "\\0"
            default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: shown.unicodeScalars)
        }
        return String(out)
    }

    /// True for the characters ``escaped(_:)`` rewrites.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
