import Foundation

/// The function f that squashes a fuzzy cognitive map's weighted sums into an item's range.
public enum ActivationFunction: Sendable, Hashable {
    /// 1 / (1 + e^(−λx)), onto 0…1; λ sets the steepness around 0.
    case sigmoid(lambda: Double)
    /// tanh(x), onto −1…1.
    case tanh
    /// 1 when x > 0, else 0.
    case bivalent
    /// 1 when x > 0, −1 when x < 0, else 0.
    case trivalent

    /// The function's name: `sigmoid`, `tanh`, `bivalent` or `trivalent`.
    public var name: String {
        switch self {
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .bivalent: "bivalent"
        case .trivalent: "trivalent"
        }
    }

    /// The values an item can take: the closed range the function maps onto.
    public var range: ClosedRange<Double> {
        switch self {
        case .sigmoid, .bivalent: 0...1
        case .tanh, .trivalent: -1...1
        }
    }

    /// True when `value` is a state the function can produce: inside ``range``, and for the
    /// bivalent and trivalent functions one of their values.
    public func allows(_ value: Double) -> Bool {
        guard value.isFinite, range.contains(value) else { return false }
        switch self {
        case .sigmoid, .tanh: return true
        case .bivalent, .trivalent: return value == value.rounded()
        }
    }

    /// The default starting value of every item: the middle of the range (0.5 for sigmoid,
    /// 0 for tanh and trivalent), and 0, off, for bivalent, which has no middle.
    public var neutral: Double {
        switch self {
        case .sigmoid: 0.5
        case .tanh, .bivalent, .trivalent: 0
        }
    }

    /// f(x).
    @inline(__always)
    public func callAsFunction(_ x: Double) -> Double {
        switch self {
        case .sigmoid(let lambda): 1 / (1 + Foundation.exp(-lambda * x))
        case .tanh: Foundation.tanh(x)
        case .bivalent: x > 0 ? 1 : 0
        case .trivalent: x > 0 ? 1 : (x < 0 ? -1 : 0)
        }
    }

    /// The published source of the function.
    public var citation: String {
        switch self {
        case .bivalent, .trivalent:
            "B. Kosko, \"Fuzzy cognitive maps\", International Journal of Man-Machine Studies 24(1):65–75, 1986; "
                + Self.benchmark
        case .sigmoid:
            "C. D. Stylios and P. P. Groumpos, \"Modeling complex systems using fuzzy cognitive maps\", "
                + "IEEE Transactions on Systems, Man, and Cybernetics, Part A 34(1):155–162, 2004; " + Self.benchmark
        case .tanh:
            "E. I. Papageorgiou, \"Learning algorithms for fuzzy cognitive maps: a review study\", IEEE Transactions "
                + "on Systems, Man, and Cybernetics, Part C 42(2):150–163 (online 2011); " + Self.benchmark
        }
    }

    private static let benchmark = "S. Bueno and J. L. Salmeron, \"Benchmarking main activation functions in fuzzy "
        + "cognitive maps\", Expert Systems with Applications 36(3):5221–5229, 2009."
}
