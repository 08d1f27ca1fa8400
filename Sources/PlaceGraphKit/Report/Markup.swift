/// Escaping for text that goes into HTML, XHTML and SVG.
///
/// Every string that came from a user's file passes through here before it reaches markup, so
/// no label can open an element, close an attribute or smuggle in a script.
public enum Markup {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and replaces characters XML forbids (most control
    /// characters) with U+FFFD, so the result is safe as element text and inside a quoted
    /// attribute value, in HTML and in XML alike.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
