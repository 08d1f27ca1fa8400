/// A double-quoted string literal as JSON and YAML write them: each scalar either by a short
/// escape (`\"`, `\\`, `\n`, …), as a `\uXXXX` escape, or as it is.
///
/// The map writers and the result outputs escape different sets (JSON maps keep U+2028 safe
/// for JavaScript, YAML the characters a reader would drop, results what a terminal acts on),
/// so each passes its own; the loop that writes them is this one.
///
/// - Parameters:
///   - shortEscape: the escape for a scalar that has a short one here, or `nil`.
///   - escapesAsHex: whether a scalar without a short escape is written as `\uXXXX` (only
///     ever asked of scalars up to U+FFFF).
///   - uppercaseHex: whether the hex digits are upper case.
package func quotedLiteral(_ text: String, shortEscape: (Unicode.Scalar) -> String?,
                           escapesAsHex: (UInt32) -> Bool, uppercaseHex: Bool) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        if let escape = shortEscape(scalar) {
            out += escape
        } else if escapesAsHex(scalar.value) {
            let hex = String(scalar.value, radix: 16, uppercase: uppercaseHex)
            out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

/// The short escapes of `"`, `\`, line feed, carriage return and tab, which every quoted
/// literal uses.
package func commonShortEscape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "\"": "\\\""
    case "\\": "\\\\"
    case "\n": "\\n"
    case "\r": "\\r"
    case "\t": "\\t"
    default: nil
    }
}
