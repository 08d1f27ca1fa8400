/// JSON's text and numbers, read byte by byte with the reader's position kept.
extension JSONReader {
    /// Reads a string at the current double quote, unescaping it; with `keeping` false it is
    /// only checked, and the empty string returned.
    mutating func string(keeping: Bool) throws(Diagnostic) -> String {
        let start = here
        advance()
        var text: [UInt8] = []
        while true {
            guard let byte = current else {
                throw .error("malformed JSON: unterminated text", hint: "close it with a double quote", at: start)
            }
            if byte == UInt8(ascii: "\"") { advance(); return String(decoding: text, as: UTF8.self) }
            if byte < 0x20 {
                throw failure("\(describeCurrent()) inside text", hint: "write a line break as \\n and a tab as \\t")
            }
            guard byte == UInt8(ascii: "\\") else {
                if keeping { text.append(byte) }
                advance()
                continue
            }
            advance()
            guard let escape = current else { continue }
            let mapped: UInt8?
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): mapped = escape
            case UInt8(ascii: "b"): mapped = 0x08
            case UInt8(ascii: "f"): mapped = 0x0C
            case UInt8(ascii: "n"): mapped = 0x0A
            case UInt8(ascii: "r"): mapped = 0x0D
            case UInt8(ascii: "t"): mapped = 0x09
            case UInt8(ascii: "u"): mapped = nil
            default: throw failure("unknown escape '\\\(currentCharacter())'",
                                   hint: "a backslash in text is written \\\\")
            }
            if let mapped {
                if keeping { text.append(mapped) }
                advance()
                continue
            }
            advance()
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code), current == UInt8(ascii: "\\") {
                advance()
                guard current == UInt8(ascii: "u") else { throw failure("expected a low surrogate '\\u' escape") }
                advance()
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("invalid surrogate pair") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            // A lone surrogate is no character; it is kept visible as U+FFFD.
            if keeping { text.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8) }
        }
    }

    private mutating func hex4() throws(Diagnostic) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexValue(byte) else {
                throw failure("expected four hex digits after '\\u'")
            }
            code = code * 16 + digit
            advance()
        }
        return code
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// Reads a number as written, checked against RFC 8259's grammar:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func number(keeping: Bool) throws(Diagnostic) -> String {
        let start = mark
        let first = index
        while let byte = current, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || (0x30...0x39).contains(byte) {
            advance()
        }
        let written = UnsafeBufferPointer(rebasing: bytes[first..<index])
        guard Self.isNumber(written) else {
            throw .error("malformed JSON: malformed number '\(WarningGroup.cut(String(decoding: written, as: UTF8.self)))'",
                         hint: "JSON numbers are written like -2, 0.5 or 1e3, with no leading zero or '+'",
                         at: location(start))
        }
        return keeping ? String(decoding: written, as: UTF8.self) : ""
    }

    private static func isNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func digits() -> Int {
            let from = index
            while index < text.count, (0x30...0x39).contains(text[index]) { index += 1 }
            return index - from
        }
        if index < text.count, text[index] == UInt8(ascii: "-") { index += 1 }
        let whole = index
        guard digits() > 0, text[whole] != 0x30 || index == whole + 1 else { return false }
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < text.count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index += 1
            if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == text.count
    }
}
