/// How sure the people who mapped an interaction are that it holds.
public enum Confidence: String, Sendable, Hashable, CaseIterable, Comparable {
    case low, medium, high

    /// The weight a conflict's severity is multiplied by: 0.5, 0.75 and 1.
    ///
    /// A low-confidence interaction still counts, at half strength, so that a workshop sees
    /// it and can decide whether to gather evidence for it.
    public var weight: Double {
        switch self {
        case .low: 0.5
        case .medium: 0.75
        case .high: 1
        }
    }

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
}
