/// Keeps a source location on a model value without letting it take part in equality.
///
/// Two maps that say the same thing are equal whether they came from YAML, JSON or CSV, and
/// whichever line each item sat on.
@propertyWrapper
public struct SourceAnchored: Sendable, Hashable {
    public var wrappedValue: SourceLocation?

    public init(wrappedValue: SourceLocation?) { self.wrappedValue = wrappedValue }

    public static func == (lhs: SourceAnchored, rhs: SourceAnchored) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
