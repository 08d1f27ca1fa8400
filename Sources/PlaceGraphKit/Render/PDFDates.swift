import Foundation

/// Makes a PDF's dates fixed, so the same map gives the same bytes.
///
/// Graphviz's cairo plugin stamps each PDF with `/CreationDate (D:YYYYMMDDHHmmSS…)`. The
/// fourteen digits are overwritten in place with the Unix epoch, so no offset in the file moves.
enum PDFDates {
    static let epoch = Array("19700101000000".utf8)

    /// `data` with the digits of every `/CreationDate` and `/ModDate` set to 1970-01-01.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    static func fixed(in data: Data) -> Data {
        var bytes = [UInt8](data)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var start = 0
            while let found = firstIndex(of: pattern, in: bytes, from: start) {
                var position = found + pattern.count
                for digit in epoch where position < bytes.count && (0x30...0x39).contains(bytes[position]) {
                    bytes[position] = digit
                    position += 1
                }
                start = position
            }
        }
        return Data(bytes)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count, start <= bytes.count - pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count) where bytes[index] == pattern[0] {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
        }
        return nil
    }
}
