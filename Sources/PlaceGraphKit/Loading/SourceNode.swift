/// A parsed document before it is given meaning: the common tree that the YAML and JSON readers
/// both produce, with the position of every key and value kept for error messages.
indirect enum SourceNode: Sendable {
    case scalar(SourceScalar)
    case mapping([SourceEntry], SourceLocation)
    case sequence([SourceNode], SourceLocation)

    var location: SourceLocation {
        switch self {
        case let .scalar(scalar): scalar.location
        case let .mapping(_, location), let .sequence(_, location): location
        }
    }

    /// What a user would call this kind of value, for "expected a list, found a text" messages.
    var kindDescription: String {
        switch self {
        case let .scalar(scalar) where scalar.isNull: "nothing"
        case .scalar: "a single value"
        case .mapping: "a mapping of keys to values"
        case .sequence: "a list"
        }
    }
}

/// A single value as written, with whether it was quoted and whether it means "nothing".
struct SourceScalar: Sendable {
    let text: String
    /// True for a quoted YAML scalar or a JSON string: `"2"` is text, not a number.
    let isQuoted: Bool
    /// True for YAML `~`, `null` or an empty value, and JSON `null`.
    let isNull: Bool
    let location: SourceLocation
}

/// One `key: value` pair of a mapping.
struct SourceEntry: Sendable {
    let key: String
    let keyLocation: SourceLocation
    let value: SourceNode
}
