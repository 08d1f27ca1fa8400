/// The secret that lets a browser in when the server listens beyond 127.0.0.1.
///
/// 32 random bytes from the system's generator, written as 64 hex digits; compared in
/// constant time, so how long a refusal takes says nothing about how much of a guess was right.
public struct AccessToken: Sendable, Hashable {
    /// The token as it appears in the join URL and the cookie.
    public let text: String

    /// A new random token, drawn from `SystemRandomNumberGenerator`.
    public static func random() -> AccessToken {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        for _ in 0..<4 {
            let hex = String(generator.next() as UInt64, radix: 16)
            text += String(repeating: "0", count: 16 - hex.count) + hex
        }
        return AccessToken(text: text)
    }

    /// A token given by the caller (tests, or a facilitator who wants a fixed one).
    public init(text: String) { self.text = text }

    /// True when `candidate` is this token, in time that depends only on their lengths.
    public func matches(_ candidate: some StringProtocol) -> Bool {
        let expected = Array(text.utf8), given = Array(candidate.utf8)
        var difference = UInt8(expected.count == given.count ? 0 : 1)
        for index in 0..<max(expected.count, given.count) {
            let left = index < expected.count ? expected[index] : 0
            let right = index < given.count ? given[index] : 0
            difference |= left ^ right
        }
        return difference == 0
    }
}
