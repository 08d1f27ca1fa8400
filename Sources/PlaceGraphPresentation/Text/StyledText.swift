/// What a piece of terminal text means, for whoever shows it: the command line turns styles
/// into colour on a terminal, and every other reader ignores them.
public enum TextStyle: String, Sendable, Hashable, CaseIterable {
    /// A heading or a title.
    case emphasis
    /// Something that works against something else.
    case conflict
    /// Something that helps something else.
    case synergy
    /// Secondary detail: reasons, evidence, "and 3 more".
    case dim
    /// An error's label.
    case error
    /// A warning's label.
    case warning
    /// The caret under a quoted line.
    case caret
}

/// Terminal text made of runs, each with an optional ``TextStyle``, that is safe by
/// construction: every `String` put into it is passed through ``TerminalText/escaped(_:)``,
/// so no label from a map can move the cursor, change colours or reorder the line.
///
/// Literal text written in the source is trusted; interpolated strings are escaped and
/// interpolated `StyledText` is embedded as it is:
///
/// ```swift
/// let line: StyledText = "\(StyledText(name, .emphasis)) undermines \(other)\n"
/// ```
public struct StyledText: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// A stretch of text in one style.
    public struct Run: Sendable, Hashable {
        /// The text, already escaped.
        public fileprivate(set) var text: String
        public let style: TextStyle?
    }

    /// The runs in order; neighbouring runs of one style are merged.
    public private(set) var runs: [Run] = []

    /// Empty text.
    public init() {}

    /// `text`, escaped, in `style`.
    public init(_ text: String, _ style: TextStyle? = nil) {
        append(text, style)
    }

    public init(stringLiteral literal: StaticString) {
        appendTrusted(literal.description, nil)
    }

    public init(stringInterpolation: StringInterpolation) {
        self = stringInterpolation.text
    }

    /// The text without styles, as written to a file or a pipe.
    public var plain: String { runs.map(\.text).joined() }

    /// Appends `text`, escaped, in `style`.
    public mutating func append(_ text: String, _ style: TextStyle? = nil) {
        appendTrusted(TerminalText.escaped(text), style)
    }

    /// Appends styled text as it is.
    public mutating func append(_ other: StyledText) {
        for run in other.runs { appendTrusted(run.text, run.style) }
    }

    /// Appends a line break.
    public mutating func newline() { appendTrusted("\n", nil) }

    /// This text with `style` laid over every run that has none.
    public func styled(_ style: TextStyle) -> StyledText {
        var out = StyledText()
        for run in runs { out.appendTrusted(run.text, run.style ?? style) }
        return out
    }

    /// Appends text known to hold nothing a terminal acts on: source literals and escaped text.
    private mutating func appendTrusted(_ text: String, _ style: TextStyle?) {
        guard !text.isEmpty else { return }
        if let last = runs.indices.last, runs[last].style == style {
            // In place: building a new run from the old one's text would copy it every time,
            // which made long outputs quadratic.
            runs[last].text += text
        } else {
            runs.append(Run(text: text, style: style))
        }
    }

    public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        var out = lhs
        out.append(rhs)
        return out
    }

    public static func += (lhs: inout StyledText, rhs: StyledText) { lhs.append(rhs) }

    /// Builds styled text from a literal with interpolations.
    public struct StringInterpolation: StringInterpolationProtocol {
        var text = StyledText()

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: StaticString) { text.appendTrusted(literal.description, nil) }

        /// User or computed text: escaped.
        public mutating func appendInterpolation(_ value: String) { text.append(value) }

        /// User or computed text in a style: escaped.
        public mutating func appendInterpolation(_ value: String, _ style: TextStyle) { text.append(value, style) }

        /// A number, a date or an id: its description, escaped.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) { text.append(value.description) }

        /// Styled text: embedded as it is.
        public mutating func appendInterpolation(_ value: StyledText) { text.append(value) }
    }
}
