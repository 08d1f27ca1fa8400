import Foundation

/// Markup for HTML, XHTML and SVG that is escaped by construction.
///
/// The only ways to make one are a literal written in the source, which is trusted, and
/// string interpolation, in which a `String` (or anything else with a description) is escaped
/// and an `HTML` is embedded as it is:
///
/// ```swift
/// let item: HTML = "<li>\(userText)</li>"   // userText cannot open an element
/// ```
///
/// No initialiser takes a runtime `String` as markup, except the narrow, audited ones that
/// say why their input is already safe (``init(graphvizSVG:figure:)``). So every label from a
/// map is inert without a single escape call in the code that writes the page.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The markup.
    public private(set) var markup: String

    /// No markup at all.
    public init() { markup = "" }

    public init(stringLiteral literal: StaticString) { markup = literal.description }

    public init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }

    /// Appends markup.
    public mutating func append(_ other: HTML) { markup += other.markup }

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.markup + rhs.markup) }

    public static func += (lhs: inout HTML, rhs: HTML) { lhs.append(rhs) }

    /// Builds markup from a literal with interpolations.
    public struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity) }

        public mutating func appendLiteral(_ literal: StaticString) { markup += literal.description }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }

        /// A number, a date or an id: its description, escaped.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            markup += HTML.escape(value.description)
        }

        /// Markup: embedded as it is.
        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        /// Optional markup: embedded when there is some.
        public mutating func appendInterpolation(_ html: HTML?) { markup += html?.markup ?? "" }
    }

    /// Markup known to be safe: only for this file, where every caller is audited.
    fileprivate init(trusted markup: String) { self.markup = markup }

    /// Escapes `&`, `<`, `>`, `"` and `'`, and replaces characters XML forbids (most control
    /// characters) with U+FFFD, so the result is safe as element text and inside a quoted
    /// attribute value, in HTML and in XML alike.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

extension Sequence where Element == HTML {
    /// The markup of each element, one after another, with `separator` between.
    public func joined(separator: HTML = HTML()) -> HTML {
        var out = HTML(), first = true
        for element in self {
            if !first { out += separator }
            out += element
            first = false
        }
        return out
    }
}

extension HTML {
    /// Graphviz's SVG made fit to sit inside a page: the XML prolog, doctype and comments
    /// removed, and every `id` prefixed with the figure's name so that several drawings on one
    /// page never share one.
    ///
    /// This is the one place where outside text becomes markup unescaped, and it is audited:
    /// the SVG comes from ``GraphvizRenderer``, which is handed DOT text
    /// whose every user string went through `DOTText` (quotes, backslashes and `&` escaped,
    /// controls replaced), never as an HTML-like label, URL or file name; Graphviz writes
    /// label and tooltip text into the SVG XML-escaped. The prefix is a ``Figure/name``, fixed
    /// text.
    init(graphvizSVG svg: String, figure: Figure) {
        self.init(trusted: GraphvizSVGInlining.inlined(svg, prefix: figure.name))
    }
}
