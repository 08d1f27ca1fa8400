import Foundation

/// `.mmd`: the map as a Mermaid flowchart (https://mermaid.js.org), to paste into Markdown
/// documentation between fences marked `mermaid` (GitHub, GitLab and most wikis draw it).
///
/// It follows the drawings' grammar: each service is a box (a subgraph) holding its contracts
/// (`[[…]]`) and objectives (`(…)`); a reinforcing interaction is a solid arrow, an undermining
/// one a dotted arrow, a consistent one a dotted line, each labelled with its effect; a mutual
/// interaction has a head at each end. Node colours come from `classDef` classes (`service`,
/// `contract`, `objective`, `factor`), line colours from `linkStyle`: Okabe–Ito blue #0072B2
/// for reinforcing, vermillion #D55E00 for undermining, thicker for stronger effects.
///
/// No user text is ever a Mermaid identifier (nodes are `n0`, `n1`, …, boxes `s0`, …) and
/// labels are written inside double quotes with Mermaid's entity codes for every character
/// that could end or restyle them (see ``MermaidText``).
public struct MermaidWriter: MapWriter {
    public let name = "mermaid"
    public let extensions = ["mmd", "mermaid"]
    public let losses: String? = "a Mermaid flowchart keeps the items, their grouping by service and the interactions' effects; dates, values, reasons, evidence and confidence are left out"

    public init() {}

    public func data(for map: PlaceMap) throws(MapWriteError) -> Data {
        let items = MapItem.all(in: map)
        var node: [String: String] = [:]
        for (index, item) in items.enumerated() { node[item.id] = "n\(index)" }
        var lines = ["%% A placegraph map as a Mermaid flowchart: paste it between ```mermaid fences.", "flowchart LR"]
        lines += ["    classDef service fill:#E8E8E8,stroke:#555555,color:#000000",
                  "    classDef contract fill:#FFF3D6,stroke:#8A6D1F,color:#000000",
                  "    classDef objective fill:#FFFFFF,stroke:#555555,color:#000000",
                  "    classDef factor fill:#F2F2F2,stroke:#555555,color:#000000"]
        var boxes = 0, inBox = false
        for (index, item) in items.enumerated() {
            let label = "\"\(MermaidText.label(item.name))\""
            let shape = switch item.kind {
            case .contract: "[[\(label)]]"
            case .objective: "(\(label))"
            case .service, .factor: "[\(label)]"
            }
            if item.kind == .service || (item.kind == .factor && inBox) {
                if inBox { lines.append("    end") }
                inBox = item.kind == .service
                if inBox {
                    lines.append("    subgraph s\(boxes)[\(label)]")
                    boxes += 1
                }
            }
            lines.append("\(inBox ? "        " : "    ")n\(index)\(shape):::\(item.kind.rawValue)")
        }
        if inBox { lines.append("    end") }
        var styles: [String: [Int]] = [:]
        for (index, interaction) in map.interactions.enumerated() {
            guard let from = node[interaction.from], let to = node[interaction.to] else { continue }
            let effect = interaction.effect
            let head = interaction.mutual ? "<" : ""
            let arrow = effect.isReinforcing ? "\(head)-->" : effect.isUndermining ? "\(head)-.->" : "-.-"
            lines.append("    \(from) \(arrow)|\"\(MermaidText.label(effect.description))\"| \(to)")
            let colour = effect.isReinforcing ? "#0072B2" : effect.isUndermining ? "#D55E00" : "#888888"
            let width = MapOutline.number(1 + effect.magnitude)
            styles["stroke:\(colour),stroke-width:\(width)px", default: []].append(index)
        }
        for (style, indices) in styles.sorted(by: { $0.value[0] < $1.value[0] }) {
            lines.append("    linkStyle \(indices.map(String.init).joined(separator: ",")) \(style)")
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}

/// Text inside a Mermaid label's double quotes, escaped by Mermaid's own entity codes
/// (`#quot;`, `#35;`): quotes, `#`, the characters HTML or Markdown labels would act on
/// (`&`, `<`, `>`, the backtick, `*`, `_`, `~`), `|` (which ends an edge label), `%`, `\`, `[`, `]`,
/// `{`, `}`, `(`, `)` and `;`. Line breaks and tabs become spaces, other control characters and
/// bidirectional controls U+FFFD, so a label stays one line and reads as typed.
public enum MermaidText {
    private static let coded: Set<Unicode.Scalar> = ["\"", "#", "&", "<", ">", "`", "*", "_", "~", "|", "%", "\\",
                                                     "[", "]", "{", "}", "(", ")", ";", ":"]

    /// `text` ready to sit between double quotes in a Mermaid node or edge label.
    public static func label(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "\"" {
                out += "#quot;"
            } else if coded.contains(scalar) {
                out += "#\(value);"
            } else if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out += " "
            } else if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                        || (0x2066...0x2069).contains(value) || value == 0xFFFE || value == 0xFFFF {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
