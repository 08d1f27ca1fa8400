import Foundation

/// The checks a file's bytes pass before they become text: UTF-8 with no NUL byte, no line
/// longer than the cap, and a byte-order mark only at the start, where it is skipped.
///
/// One pass over the bytes, allocating nothing, so a file that breaks a cap costs no more
/// than reading it.
enum InputText {
    /// The UTF-8 byte-order mark that spreadsheet programs and Windows editors write.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// How many leading bytes are a UTF-8 byte-order mark: 3 or 0.
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
    }

    /// The bytes with each lone carriage return (old Mac line ends) made a line feed, so that
    /// every reader, and the lines a diagnostic quotes, count lines the same way; CRLF stays.
    static func unifyingLineEnds(_ data: Data) -> Data {
        // Found through the bytes' buffer: most files have no carriage return at all, and
        // stepping through `Data` an index at a time cost a big map a tenth of a second.
        guard let offset = data.withUnsafeBytes({ $0.firstIndex(of: 0x0D) }) else { return data }
        let first = data.startIndex + offset
        var out = Data(data[..<first])
        out.reserveCapacity(data.count)
        var index = first
        while index < data.endIndex {
            let byte = data[index]
            let next = data.index(after: index)
            out.append(byte == 0x0D && (next == data.endIndex || data[next] != 0x0A) ? 0x0A : byte)
            index = next
        }
        return out
    }

    /// A problem that stops the bytes being read as text, and the byte offset it sits at.
    ///
    /// - Parameters:
    ///   - bytes: the whole file, byte-order mark included.
    ///   - maxLineBytes: the longest line allowed, or `nil` for no cap.
    /// - Complexity: O(*n*) in the number of bytes.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>, file: String,
                        maxLineBytes: Int?) -> (diagnostic: Diagnostic, offset: Int)? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let diagnostic = Diagnostic.error("the file is UTF-16 text, not UTF-8",
                                              hint: "save or export the map as UTF-8 (in Excel: 'CSV UTF-8')",
                                              at: SourceLocation(file: file, line: 1, column: 1))
            return (diagnostic, 0)
        }
        var index = byteOrderMarkLength(bytes)
        var line = 1, column = 1, lineStart = index
        while index < bytes.count {
            let byte = bytes[index]
            var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }
            if byte == 0x0A {
                line += 1; column = 1; index += 1; lineStart = index
                continue
            }
            if let maxLineBytes, index - lineStart >= maxLineBytes {
                let diagnostic = Diagnostic.error(
                    "line \(grouped(line)) is longer than \(byteSize(maxLineBytes))",
                    hint: "placegraph reads lines of up to \(byteSize(maxLineBytes)); check the file is a place map, "
                        + "and that no quote is left open", at: here)
                return (diagnostic, index)
            }
            if byte == 0x00 {
                let diagnostic = Diagnostic.error("the file contains a NUL byte; it looks like a binary file, not text",
                                                  hint: "export the map as UTF-8 YAML, JSON or CSV", at: here)
                return (diagnostic, index)
            }
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else {
                let diagnostic = Diagnostic.error(
                    "the file is not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(index))",
                    hint: "save or export the map as UTF-8", at: here)
                return (diagnostic, index)
            }
            index += length
            column += 1
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 when it is ill-formed
    /// (overlong forms, surrogates and code points past U+10FFFF included), per Unicode
    /// Table 3-7.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; second = 0x80...0x8F
        default: return 0
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return length
    }
}
