import Foundation

/// Encodes an output document the one way every JSON output is written: sorted keys,
/// two-space pretty printing, slashes unescaped and a trailing newline, so the same map always
/// gives the same bytes.
///
/// Used by the analysis, timeline, loop and balance JSON.
func outputJSON(_ value: some Encodable) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    // Every document here is a plain struct of strings, numbers and arrays, so encoding cannot fail.
    var data = (try? encoder.encode(value)) ?? Data("{}".utf8)
    data.append(0x0A)
    return data
}
