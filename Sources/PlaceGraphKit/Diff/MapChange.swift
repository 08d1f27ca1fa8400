/// One change to try on a map before making it: the operations of `placegraph whatif`.
///
/// Changes are applied in order to a copy of the map in memory
/// (``PlaceGraph/applying(_:)``); the file is never touched.
public struct MapChange: Sendable, Hashable {
    /// What the change does.
    public enum Operation: Sendable, Hashable {
        /// Removes an item and everything it holds (a service's contracts and objectives, a
        /// contract's objectives), with every interaction to or from any of them.
        case drop(String)
        /// Removes the interaction from one item to another; a mutual interaction between the
        /// two is matched in either order, and goes as a whole.
        case dropInteraction(from: String, to: String)
        /// Sets the effect of the interaction from one item to another (a mutual one stays
        /// mutual), or adds it, one way, when there is none; `because` and `confidence`
        /// replace the interaction's own when given.
        case set(from: String, to: String, effect: Effect, because: String? = nil, confidence: Confidence? = nil)
        /// Retires an objective, as a re-specified contract stops paying for it: the objective
        /// goes, with its interactions. Only an objective can be retired.
        case retire(String)
    }

    public let operation: Operation
    /// Where a change file writes the change; `nil` for one given on the command line.
    @SourceAnchored public private(set) var location: SourceLocation?

    public init(_ operation: Operation, location: SourceLocation? = nil) {
        self.operation = operation
        self.location = location
    }
}

/// Why a change cannot be applied to a map.
public enum MapChangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The map has no item with this id; `suggestion` is the closest id, if one is close.
    case unknownItem(String, suggestion: String?, location: SourceLocation?)
    /// The map has no interaction from `from` to `to`; `reverse` is true when it has one the
    /// other way.
    case noInteraction(from: String, to: String, reverse: Bool, location: SourceLocation?)
    /// `--retire` names an item that is not an objective.
    case notAnObjective(String, kind: Item.Kind, location: SourceLocation?)
    /// The changed map is not a valid map; `message` says why.
    case invalidResult(String, location: SourceLocation?)

    public var description: String {
        switch self {
        case let .unknownItem(id, suggestion, _):
            "unknown id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case let .noInteraction(from, to, reverse, _):
            "the map has no interaction from '\(from)' to '\(to)'"
                + (reverse ? "; it has one from '\(to)' to '\(from)'" : "")
        case let .notAnObjective(id, kind, _):
            "'\(id)' is a \(kind.rawValue), not an objective; only an objective can be retired (drop removes any item)"
        case let .invalidResult(message, _):
            "the changed map is not valid: \(message)"
        }
    }

    /// Where the change that failed is written, when it came from a change file.
    public var location: SourceLocation? {
        switch self {
        case let .unknownItem(_, _, location), let .noInteraction(_, _, _, location),
             let .notAnObjective(_, _, location), let .invalidResult(_, location):
            location
        }
    }
}
