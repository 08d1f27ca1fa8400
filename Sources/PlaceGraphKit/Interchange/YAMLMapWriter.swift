import Foundation

/// `.yaml`: a tidy, commented map like the one `placegraph init` writes, keys in the
/// documented order, short entries (areas, objectives, small interactions) on one line.
public struct YAMLMapWriter: MapWriter {
    public let name = "yaml"
    public let extensions = ["yaml", "yml"]
    public let losses: String? = nil

    /// Entries whose one-line form fits in this many columns are written on one line.
    static let flowWidth = 100

    public init() {}

    public func data(for map: PlaceMap) throws(MapWriteError) -> Data { Data(text(for: map).utf8) }

    /// The YAML text of `map`.
    public func text(for map: PlaceMap) -> String {
        guard case let .record(root) = MapOutline(map) else { return "" }
        var out = """
            # A placegraph place map. Check it with:  placegraph validate FILE
            # Format reference: README.md, "The place map".

            """
        for (key, value) in root {
            switch key {
            case "placegraph":
                out += "placegraph: 1                     # format version\n"
            case "services":
                out += "\nservices:"
                out += lines(value, indent: 0, comment: "ids are unique across the whole file: services, contracts, objectives and areas")
            case "interactions":
                out += "\ninteractions:"
                out += lines(value, indent: 0, comment: """
                    effect: -3 cancelling, -2 counteracting, -1 constraining, 0 consistent,
                            +1 enabling, +2 reinforcing, +3 indivisible (Nilsson et al. 2016)
                    """)
            default:
                out += "\n\(key):" + lines(value, indent: 0)
            }
        }
        return out
    }

    /// A value after its key: inline for a scalar or empty list, else on the lines below,
    /// indented two spaces more than `indent`, with `comment` above the entries of a list.
    func lines(_ value: MapOutline, indent: Int, comment: String? = nil) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        switch value {
        case let .list(items) where items.isEmpty:
            return " []\n"
        case let .list(items) where items.allSatisfy(\.isScalar):
            return " " + flow(value) + "\n"
        case let .list(items):
            var out = "\n"
            if let comment {
                out += comment.split(separator: "\n").map { "\(pad)# \($0)\n" }.joined()
            }
            for item in items {
                if case let .record(fields) = item {
                    let oneLine = pad + "- " + flow(item)
                    if fields.allSatisfy({ $0.1.isScalar || isFlatList($0.1) }), oneLine.count <= Self.flowWidth {
                        out += oneLine + "\n"
                        continue
                    }
                    for (offset, (key, field)) in fields.enumerated() {
                        out += (offset == 0 ? pad + "- " : pad + "  ") + key + ":" + lines(field, indent: indent + 4)
                    }
                } else {
                    out += pad + "- " + flow(item, inFlow: false) + "\n"
                }
            }
            return out
        case let .record(fields):
            return "\n" + fields.map { pad + $0.0 + ":" + lines($0.1, indent: indent + 2) }.joined()
        default:
            return " " + flow(value, inFlow: false) + "\n"
        }
    }

    private func isFlatList(_ value: MapOutline) -> Bool {
        if case let .list(items) = value { return items.allSatisfy(\.isScalar) }
        return false
    }

    /// The one-line form of a value: `{id: a, text: b}`, `[x, y]`, or a scalar.
    func flow(_ value: MapOutline, inFlow: Bool = true) -> String {
        switch value {
        case let .text(text): YAMLText.scalar(text, inFlow: inFlow)
        case let .number(number): number
        case let .date(date): date
        case let .flag(flag): flag ? "true" : "false"
        case let .list(items): "[" + items.map { flow($0) }.joined(separator: ", ") + "]"
        case let .record(fields): "{" + fields.map { "\($0.0): \(flow($0.1))" }.joined(separator: ", ") + "}"
        }
    }
}
