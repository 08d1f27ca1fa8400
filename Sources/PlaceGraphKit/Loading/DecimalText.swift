/// Reads a number the way a person or a spreadsheet writes one, and nothing else.
///
/// Swift's `Double(_:)` also reads hexadecimal (`0x2`), `nan`, `infinity` and numbers that
/// round to zero (`1e-400`) without a word; here each of those is a distinct answer, so a
/// reader can say what is wrong.
enum DecimalText {
    enum Reading: Equatable {
        /// A decimal that a `Double` holds as a normal (or zero) value.
        case number(Double)
        /// Written as a decimal, but too small for a `Double`: it would round to 0 or lose
        /// precision as a subnormal.
        case underflow
        /// Written as a decimal, but too large for a `Double`.
        case overflow
        /// Not a decimal: hexadecimal, digit separators, fractions, words.
        case notDecimal
    }

    /// Reads `text`: an optional sign (`+`, `-` or `−`), digits with an optional fraction
    /// (`2`, `2.`, `2.5`, `.5`), and an optional exponent (`1e-3`, `2E0`).
    static func read(_ text: String) -> Reading {
        let bytes = Array(text.replacingOccurrences(of: "\u{2212}", with: "-").utf8)
        var index = 0
        var mantissaIsZero = true
        func digits() -> Int {
            let from = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                if bytes[index] != 0x30 { mantissaIsZero = false }
                index += 1
            }
            return index - from
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var count = digits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            count += digits()
        }
        guard count > 0 else { return .notDecimal }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let zeroBefore = mantissaIsZero
            guard digits() > 0 else { return .notDecimal }
            mantissaIsZero = zeroBefore
        }
        guard index == bytes.count, let value = Double(String(decoding: bytes, as: UTF8.self)) else { return .notDecimal }
        if !value.isFinite { return .overflow }
        if value.isSubnormal || (value == 0 && !mantissaIsZero) { return .underflow }
        return .number(value == 0 ? 0 : value)
    }
}
