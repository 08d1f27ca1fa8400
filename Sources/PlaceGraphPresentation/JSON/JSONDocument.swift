import Foundation

/// Encodes an output document the one way every JSON output is written: sorted keys,
/// two-space pretty printing, slashes unescaped and a trailing newline, so the same map always
/// gives the same bytes.
///
/// Used by the analysis, timeline, loop and balance JSON.
enum JSONDocument {
    /// `value` as JSON text ending with a newline.
    ///
    /// - Throws: `EncodingError` when a value cannot be written, such as a number that is not
    ///   finite; never a silent empty document.
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
