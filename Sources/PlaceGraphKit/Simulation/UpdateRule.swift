/// How a fuzzy cognitive map's next state follows from the present one.
///
/// With A(t) the state, W the weights (wᵢⱼ the effect of item i on item j) and f the
/// ``ActivationFunction``:
///
/// | rule | next state |
/// | --- | --- |
/// | ``kosko`` | A(t+1) = f(Wᵀ·A(t)) |
/// | ``modifiedKosko`` | A(t+1) = f(A(t) + Wᵀ·A(t)) |
/// | ``rescaled`` | A(t+1) = f((2A(t) − 1) + Wᵀ·(2A(t) − 1)) |
public enum UpdateRule: String, Sendable, Hashable, CaseIterable {
    /// Each item becomes the weighted sum of what affects it (Kosko 1986).
    case kosko
    /// Each item keeps a memory of itself: its own value is added to the weighted sum
    /// (Stylios & Groumpos 2004).
    case modifiedKosko = "modified-kosko"
    /// The modified rule on states rescaled from 0…1 to −1…1, so an item at 0 (absent) pulls
    /// down rather than counting as nothing (Papageorgiou 2011; Papageorgiou & Salmeron 2013).
    case rescaled

    /// The value a state enters the weighted sum as: itself, or 2A − 1 under ``rescaled``.
    @inline(__always)
    func input(_ state: Double) -> Double { self == .rescaled ? 2 * state - 1 : state }

    /// The activation's argument for an item whose input is `own` and whose weighted sum is `sum`.
    @inline(__always)
    func argument(own: Double, sum: Double) -> Double { self == .kosko ? sum : own + sum }

    /// The published source of the rule.
    public var citation: String {
        switch self {
        case .kosko:
            "B. Kosko, \"Fuzzy cognitive maps\", International Journal of Man-Machine Studies 24(1):65–75, 1986."
        case .modifiedKosko:
            "C. D. Stylios and P. P. Groumpos, \"Modeling complex systems using fuzzy cognitive maps\", "
                + "IEEE Transactions on Systems, Man, and Cybernetics, Part A 34(1):155–162, 2004."
        case .rescaled:
            "E. I. Papageorgiou, \"Learning algorithms for fuzzy cognitive maps: a review study\", IEEE Transactions "
                + "on Systems, Man, and Cybernetics, Part C 42(2):150–163 (online 2011); E. I. Papageorgiou and "
                + "J. L. Salmeron, \"A review of fuzzy cognitive maps research during the last decade\", "
                + "IEEE Transactions on Fuzzy Systems 21(1):66–79, 2013."
        }
    }
}
