import Foundation

/// The version of a map file: a fingerprint of its bytes, so any change to the file, and only
/// a change, gives a new version.
///
/// It is the FNV-1a 64-bit hash of the bytes with their count, written `v` + 16 hex digits +
/// `-` + the size in hex: short enough for an `ETag`, and changed by any edit of the file. It
/// is not a cryptographic hash; it guards against stale edits, not against an attacker, who
/// would need the token to edit at all.
public struct MapVersion: Sendable, Hashable, CustomStringConvertible {
    /// The version as text, as the API writes it.
    public let description: String

    /// The version of a file holding `bytes`.
    public init(of bytes: Data) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        description = "v" + String(repeating: "0", count: 16 - hex.count) + hex + "-" + String(bytes.count, radix: 16)
    }

    /// The version named by an `If-Match` header: the text, with or without the quotes and
    /// the weak prefix an `ETag` may carry.
    public init?(header: String) {
        var text = header.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("W/") { text.removeFirst(2) }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
        guard text.hasPrefix("v"), text.count <= 40,
              text.dropFirst().allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return nil }
        description = text
    }

    /// The version as an `ETag` header value, quoted.
    public var entityTag: String { "\"\(description)\"" }
}
