import PlaceGraphKit

/// JSON text written by hand, for output that is streamed rather than encoded in one piece,
/// escaped exactly as ``JSONDocument`` escapes: quotes, backslashes and U+0000–U+001F as JSON
/// requires, and DEL, the C1 controls and the bidirectional controls as `\u` escapes.
enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    static func string(_ text: String) -> String {
        quotedLiteral(text, shortEscape: { scalar in
            switch scalar {
            case "\u{08}": "\\b"
            case "\u{0C}": "\\f"
            default: commonShortEscape(scalar)
            }
        }, escapesAsHex: { $0 < 0x20 || Unicode.Scalar($0).map(JSONDocument.needsEscape) == true }, uppercaseHex: false)
    }
}
