import Foundation

/// `.json`: the same shape as the YAML map, keys in the documented order, short entries on
/// one line, two-space indents.
public struct JSONMapWriter: MapWriter {
    public let name = "json"
    public let extensions = ["json"]
    public let losses: String? = nil

    /// Objects whose one-line form fits in this many columns are written on one line.
    static let flowWidth = 100

    public init() {}

    public func data(for map: PlaceMap) throws(MapWriteError) -> Data {
        Data((render(MapOutline(map), indent: 0, lead: 0) + "\n").utf8)
    }

    /// `value` at `indent`, after `lead` characters of its line (a key) are already written.
    func render(_ value: MapOutline, indent: Int, lead: Int) -> String {
        let inline = flow(value)
        if indent + lead + inline.count <= Self.flowWidth || value.isScalar { return inline }
        let pad = String(repeating: " ", count: indent + 2)
        switch value {
        case let .list(items):
            return "[\n" + items.map { pad + render($0, indent: indent + 2, lead: 0) }.joined(separator: ",\n")
                + "\n" + String(repeating: " ", count: indent) + "]"
        case let .record(fields):
            return "{\n" + fields.map { pad + Self.string($0.0) + ": " + render($0.1, indent: indent + 2, lead: $0.0.count + 4) }
                .joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + "}"
        default:
            return inline
        }
    }

    func flow(_ value: MapOutline) -> String {
        switch value {
        case let .text(text), let .date(text): Self.string(text)
        case let .number(number): number
        case let .flag(flag): flag ? "true" : "false"
        case let .list(items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case let .record(fields): "{" + fields.map { Self.string($0.0) + ": " + flow($0.1) }.joined(separator: ", ") + "}"
        }
    }

    /// A JSON string (RFC 8259 §7): quotes, backslashes and control characters escaped, and
    /// U+2028 and U+2029 too, so the text is also safe inside JavaScript.
    static func string(_ text: String) -> String {
        quotedLiteral(text, shortEscape: commonShortEscape,
                      escapesAsHex: { $0 < 0x20 || $0 == 0x2028 || $0 == 0x2029 }, uppercaseHex: true)
    }
}
