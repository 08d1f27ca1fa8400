import Foundation

/// How strongly one item helps or hinders another, on the seven-point scale of
/// Nilsson, Griggs & Visbeck (2016), "Map the interactions between Sustainable
/// Development Goals", Nature 534:320–322.
///
/// Whole values run from −3 (`cancelling`) to +3 (`indivisible`). Decimal values in the same
/// range are accepted for weights imported from other tools.
public struct Effect: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value on the −3…+3 scale.
    public let value: Double

    /// The scale's named points, strongest reinforcement first.
    public static let names: [(name: String, value: Int)] = [
        ("indivisible", 3), ("reinforcing", 2), ("enabling", 1), ("consistent", 0),
        ("constraining", -1), ("counteracting", -2), ("cancelling", -3),
    ]

    /// Words accepted on input besides the scale's own names.
    static let synonyms: [String: Int] = ["reinforces": 2, "undermines": -2]

    /// Creates an effect, or returns `nil` when `value` lies outside −3…+3 or is not finite.
    public init?(_ value: Double) {
        guard value.isFinite, (-3.0...3.0).contains(value) else { return nil }
        self.value = value == 0 ? 0 : value  // folds −0 into 0 so output never shows "-0"
    }

    /// Reads an effect as written by a user: an integer, a decimal, a scale name, or `+`/`-`.
    ///
    /// `+` and `-` mean a bare sign, read as ±1; callers that combine a sign with a separate
    /// weight column use ``sign`` on the result.
    public init?(parsing text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let named = Effect.names.first(where: { $0.name == word }) {
            self.init(Double(named.value))
        } else if let synonym = Effect.synonyms[word] {
            self.init(Double(synonym))
        } else if word == "+" {
            self.init(1)
        } else if word == "-" || word == "−" {
            self.init(-1)
        } else if let number = Double(word.replacingOccurrences(of: "−", with: "-")),
                  !word.contains("nan"), !word.contains("inf") {
            self.init(number)
        } else {
            return nil
        }
    }

    /// +1 for reinforcing, −1 for undermining, 0 for neutral.
    public var sign: Int { value > 0 ? 1 : (value < 0 ? -1 : 0) }
    /// The strength regardless of direction.
    public var magnitude: Double { abs(value) }
    /// True when the effect helps its target.
    public var isReinforcing: Bool { value > 0 }
    /// True when the effect hinders its target.
    public var isUndermining: Bool { value < 0 }

    /// The scale's name for a whole value (`"counteracting"`), or `nil` for a decimal.
    public var name: String? {
        Effect.names.first { Double($0.value) == value }?.name
    }

    /// The value with a sign and at most two decimals: `+2`, `-1.5`, `0`.
    public var description: String {
        let body = formatNumber(value)
        return value > 0 ? "+" + body : body
    }

    public static func < (lhs: Effect, rhs: Effect) -> Bool { lhs.value < rhs.value }
}

/// Formats a number with at most `decimals` decimals and no trailing zeros, the same on every
/// platform: `2`, `-1.5`, `0.7586`.
public func formatNumber(_ value: Double, decimals: Int = 4) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded(), abs(rounded) < 1e15 {
        let whole = Int(rounded)
        return String(whole)
    }
    var text = String(format: "%.\(decimals)f", rounded)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
}
