import Foundation

/// Encodes an output document the one way every JSON output is written: sorted keys,
/// two-space pretty printing, slashes unescaped, numbers by ``JSONNumber`` and a trailing
/// newline, so the same map always gives the same bytes.
///
/// Characters a terminal acts on are written as `\u` escapes: JSON's encoder already escapes
/// U+0000–U+001F, and this adds DEL, the C1 controls and the bidirectional controls
/// (U+202A–U+202E, U+2066–U+2069), so printing the JSON cannot reorder or restyle a terminal
/// while every label still decodes to exactly what was typed.
package enum JSONDocument {
    /// `value` as JSON text ending with a newline.
    ///
    /// - Throws: `EncodingError` when a value cannot be written, such as a number that is not
    ///   finite; never a silent empty document.
    package static func encode(_ value: some Encodable) throws -> Data {
        // The same bytes as below, faster; what the fast encoder does not handle goes below.
        if var bytes = try? JSONTreeEncoder.encode(value) {
            bytes.append(0x0A)
            return Data(bytes)
        }
        return try encodeThroughFoundation(value)
    }

    /// `value` through `JSONEncoder`, escaped afterwards: the definition of the bytes every
    /// JSON output is written in, which ``JSONTreeEncoder`` reproduces.
    static func encodeThroughFoundation(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var text = try String(decoding: encoder.encode(value), as: UTF8.self)
        if text.unicodeScalars.contains(where: needsEscape) {
            var escaped = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                } else {
                    escaped.append(scalar)
                }
            }
            text = String(escaped)
        }
        return Data((text + "\n").utf8)
    }

    /// True for the characters JSON may hold raw but a terminal would act on. They occur only
    /// inside strings, since every key and literal is ASCII.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
