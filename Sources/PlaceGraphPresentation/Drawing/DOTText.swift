import PlaceGraphKit

/// Turns text a user typed into the inside of a DOT quoted string that Graphviz shows exactly
/// as typed, and that cannot change what Graphviz draws or writes.
///
/// Graphviz reads a quoted string in three passes, and each must be defeated:
/// 1. the DOT parser ends the string at `"`, so quotes become `\"`;
/// 2. label processing expands `\N`, `\G`, `\E`, `\T`, `\H`, `\L`, `\n`, `\l`, `\r`, so a
///    backslash becomes `\\` in labels. Tooltips (which Graphviz 2.42 writes into SVG `<title>`
///    and `xlink:title`) are unescaped once more before the same expansion, so there a
///    backslash becomes `\\\\`;
/// 3. entities are decoded in labels and passed through into SVG in tooltips, so `&` becomes
///    `&amp;`: `&amp;` typed by a user stays `&amp;` on the page, not `&`.
///
/// Newlines, tabs and other line breaks become spaces; other control characters, which XML
/// cannot hold, the non-characters U+FFFE and U+FFFF, and the bidirectional embedding,
/// override and isolate controls, which can make text read backwards, become U+FFFD. User text is only
/// ever put into `label` and `tooltip` attributes, never HTML-like labels, URLs or file names.
enum DOTText {
    /// Where a string goes: each needs its own number of backslashes.
    enum Context { case label, tooltip }

    /// `text` with line breaks and tabs as single spaces and unsafe characters replaced.
    ///
    /// - Complexity: O(*n*) for *n* characters.
    static func cleaned(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029, 0x20:
                pendingSpace = !result.isEmpty
                continue
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF, 0x202A...0x202E, 0x2066...0x2069:
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append("\u{FFFD}")
            default:
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Cleaned `text`, escaped for a quoted DOT string in `context`.
    ///
    /// - Complexity: O(*n*) for *n* characters.
    static func escaped(_ text: String, for context: Context) -> String {
        escapedClean(cleaned(text), for: context)
    }

    /// Escapes text that ``cleaned(_:)`` already cleaned.
    ///
    /// Works on Unicode scalars, not characters: a quote followed by a combining mark is one
    /// `Character`, but Graphviz's parser still sees the quote.
    static func escapedClean(_ text: String, for context: Context) -> String {
        let backslash = context == .label ? "\\\\" : "\\\\\\\\"
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result.append(contentsOf: backslash.unicodeScalars)
            case "\"": result.append(contentsOf: "\\\"".unicodeScalars)
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// A label of at most `limit` characters, wrapped at about `width`, as escaped DOT lines
    /// joined by `lineBreak`: Graphviz's centred `\n` or flush-left `\l`.
    ///
    /// Words longer than a line are split; a longer text is cut with `…` (the tooltip keeps
    /// all of it).
    /// - Complexity: O(*n*) for *n* characters.
    static func label(_ text: String, width: Int = 24, limit: Int = 110, lineBreak: String = "\\n") -> String {
        wrapped(cleaned(text), width: width, limit: limit)
            .map { escapedClean($0, for: .label) }
            .joined(separator: lineBreak)
    }

    /// Greedy word wrap of cleaned text into lines of at most `width` characters.
    static func wrapped(_ text: String, width: Int, limit: Int) -> [String] {
        var text = text
        if text.count > limit { text = String(text.prefix(limit - 1)) + "…" }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if word.isEmpty { continue }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A tooltip from lines of user text, joined by an XML newline entity that SVG viewers
    /// show as a line break.
    static func tooltip(_ lines: [String]) -> String {
        lines.map { escaped($0, for: .tooltip) }.joined(separator: "&#10;")
    }
}
