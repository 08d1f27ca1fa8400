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

    /// One of the scale's whole points, which are always in range.
    private init(scalePoint: Int) { value = Double(scalePoint) }

    /// Reads an effect as written by a user: an integer or decimal from −3 to 3 (`2`, `-1.5`,
    /// `.5`, `+1`, `−2`), a scale name, or, where `allowsBareSign`, `+` or `-` for ±1.
    ///
    /// Returns `nil` for anything else; ``reading(_:allowsBareSign:)`` says why.
    public init?(parsing text: String, allowsBareSign: Bool = true) {
        guard case let .effect(effect) = Effect.reading(text, allowsBareSign: allowsBareSign) else { return nil }
        self = effect
    }

    /// What a user's text says as an effect, or why it says none.
    public enum Reading: Sendable, Equatable {
        case effect(Effect)
        /// A number outside −3…3 (or too large for a `Double`).
        case outOfRange
        /// A number so close to 0 that it would silently round to 0, such as `1e-400`.
        case tooSmall
        /// `+` or `-` on its own where a sign is not enough.
        case bareSign
        /// Something that starts like a number but is not a decimal: `0x2`, `1_000`, `2/3`.
        case notDecimal
        /// Not a number, a name or a sign.
        case unreadable
    }

    /// Reads `text` as ``init(parsing:allowsBareSign:)`` does, keeping the reason for a refusal.
    public static func reading(_ text: String, allowsBareSign: Bool = true) -> Reading {
        if let common = commonReadings[text] { return common }
        return uncommonReading(text, allowsBareSign: allowsBareSign)
    }

    /// The readings of the spellings nearly every map uses, each made once by the full reader
    /// below, so looking one up gives exactly what reading it would: trimming and lowercasing
    /// every effect took a tenth of the time of loading a big map. No bare sign is among them,
    /// so ``reading(_:allowsBareSign:)``'s flag does not matter here.
    private static let commonReadings: [String: Reading] = Dictionary(
        uniqueKeysWithValues: (["-3", "-2", "-1", "0", "1", "2", "3", "+1", "+2", "+3"] + names.map(\.name) + synonyms.keys.sorted())
            .map { ($0, uncommonReading($0, allowsBareSign: false)) })

    private static func uncommonReading(_ text: String, allowsBareSign: Bool) -> Reading {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let named = Effect.names.first(where: { $0.name == word }) { return .effect(Effect(scalePoint: named.value)) }
        if let synonym = Effect.synonyms[word] { return .effect(Effect(scalePoint: synonym)) }
        if word == "+" || word == "-" || word == "\u{2212}" {
            return allowsBareSign ? .effect(Effect(scalePoint: word == "+" ? 1 : -1)) : .bareSign
        }
        switch DecimalText.read(word) {
        case let .number(value): return Effect(value).map { .effect($0) } ?? .outOfRange
        case .overflow: return .outOfRange
        case .underflow: return .tooSmall
        case .notDecimal:
            let start = word.drop { $0 == "+" || $0 == "-" || $0 == "\u{2212}" || $0 == "." }
            return start.first?.isASCII == true && start.first?.isNumber == true ? .notDecimal : .unreadable
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
    var text = fixedDecimals(value * scale, decimals: decimals) ?? String(format: "%.\(decimals)f", rounded)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
}

/// What `String(format: "%.<decimals>f", (scaled).rounded() / 10^decimals)` writes, built from
/// the whole number `scaled.rounded()` without the C formatter, which is most of the time of
/// writing a big map's findings; `nil` when the number is too large to be sure, for the
/// formatter to write.
///
/// The quotient is the double nearest to *k* / 10^d for the whole number *k*. With |*k*| below
/// 10¹² and 1 to 4 decimals, the quotient is below 10¹¹, where doubles are less than 2·10⁻⁵
/// apart, so it lies within 10⁻⁵ of *k* / 10^d: far less than half a unit of the last decimal
/// (at least 5·10⁻⁵). The formatter, which rounds exactly, so writes the digits of *k*.
private func fixedDecimals(_ scaled: Double, decimals: Int) -> String? {
    let whole = scaled.rounded()
    guard decimals <= 4, abs(whole) < 1e12 else { return nil }
    let number = Int(whole)
    var digits = String(number.magnitude)
    if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
    if decimals > 0 { digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals)) }
    return (number < 0 || (number == 0 && whole.sign == .minus) ? "-" : "") + digits
}
