/// Bounds on a feedback-loop search; see ``PlaceGraph/feedbackLoops(_:)``.
public struct LoopSearchOptions: Sendable, Hashable {
    /// The longest loop to report, in interactions; `nil` for no limit.
    public var maxLength: Int?
    /// Stop after this many loops; `nil` for no limit.
    public var maxLoops: Int?
    /// Report only the loops through the item with this id.
    public var through: String?
    /// Stop searching after this much time, measured on a monotonic clock; `nil` for no limit.
    public var timeLimit: Duration?

    public init(maxLength: Int? = nil, maxLoops: Int? = nil, through: String? = nil, timeLimit: Duration? = nil) {
        self.maxLength = maxLength
        self.maxLoops = maxLoops
        self.through = through
        self.timeLimit = timeLimit
    }
}

/// A bound that cut a loop search short, so that the analysis may miss some loops.
public enum LoopSearchBound: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A longer loop exists than ``LoopSearchOptions/maxLength`` allows.
    case maxLength
    /// More loops exist than ``LoopSearchOptions/maxLoops`` allows.
    case maxLoops
    /// ``LoopSearchOptions/timeLimit`` ran out.
    case timeLimit

    public static func < (lhs: LoopSearchBound, rhs: LoopSearchBound) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// Why a loop search could not start.
public enum LoopSearchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `through` names no item; `suggestion` is the closest id, if one is close.
    case unknownItem(String, suggestion: String?)
    /// A bound is out of range: `maxLength` below 1, `maxLoops` or `timeLimit` below 0.
    case invalidBound(name: String, value: String)

    public var description: String {
        switch self {
        case let .unknownItem(id, suggestion):
            "unknown id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case let .invalidBound(name, value):
            "'\(name)' must be at least \(name == "maxLength" ? 1 : 0), not '\(value)'"
        }
    }
}
