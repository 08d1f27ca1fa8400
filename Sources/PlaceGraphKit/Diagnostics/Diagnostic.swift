/// One problem found in an input file, with where it is and what to do about it.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    /// Whether the problem stops the file from being used.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public let severity: Severity
    /// What is wrong, lowercase, with values in single quotes.
    public let message: String
    /// What to do about it, when there is something useful to say.
    public let hint: String?
    public let location: SourceLocation?

    public init(_ severity: Severity, _ message: String, hint: String? = nil,
                at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.hint = hint
        self.location = location
    }

    static func error(_ message: String, hint: String? = nil,
                      at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, hint: hint, at: location)
    }

    static func warning(_ message: String, hint: String? = nil,
                        at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, hint: hint, at: location)
    }

    /// Diagnostics sort by position, so a file's problems read top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return true
        case (_?, nil): return false
        default: return lhs.message < rhs.message
        }
    }
}
