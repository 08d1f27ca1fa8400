import Foundation

/// `.graphml`: the map as a GraphML graph (http://graphml.graphdrawing.org/), for yEd, Gephi,
/// networkx and igraph. Every item is a node whose id is the item's id, with the attributes
/// `kind`, `name`, `service`, `contract`, `domain`, `owner`, `areas`, `supplier`, `start`,
/// `end`, `extensions`, `lead_time`, `ocid`, `value` and `kpi`; every interaction is a directed
/// edge with `effect`, `confidence`, `because`, `evidence` and `mutual` (a mutual interaction
/// is one edge with `mutual` true). The place's name, mission and lead time are graph
/// attributes. yEd's own node and edge graphics are added, so yEd shows names, shapes by kind,
/// and reinforcing and undermining interactions in blue solid and vermillion dashed lines.
public struct GraphMLWriter: MapWriter {
    public let name = "graphml"
    public let extensions = ["graphml"]
    public let losses: String? = "GraphML keeps every item, interaction and attribute, but not the place's areas' names; text characters XML cannot hold (control characters) become U+FFFD"

    public init() {}

    /// The GraphML type of each attribute; the rest are strings.
    private static let types: [String: String] = ["value": "double", "effect": "double", "mutual": "boolean"]

    public func data(for map: PlaceMap) throws(MapWriteError) -> Data {
        var xml = XMLMarkup()
        xml.element("graphml", ["xmlns": "http://graphml.graphdrawing.org/xmlns",
                                "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                                "xmlns:y": "http://www.yworks.com/xml/graphml",
                                "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"]) { xml in
            for (scope, names) in [("graph", ["place", "mission", "lead_time"]),
                                   ("node", ["kind", "name"] + MapItem.attributeNames),
                                   ("edge", ["effect", "confidence", "because", "evidence", "mutual"])] {
                for attribute in names {
                    xml.lineBreak(indent: 2)
                    let key: [(StaticString, String)] = [("id", "\(scope.prefix(1))_\(attribute)"), ("for", scope),
                                                         ("attr.name", attribute), ("attr.type", Self.types[attribute] ?? "string")]
                    xml.empty("key", .init(key))
                }
            }
            xml.lineBreak(indent: 2)
            xml.empty("key", ["id": "n_graphics", "for": "node", "yfiles.type": "nodegraphics"])
            xml.lineBreak(indent: 2)
            xml.empty("key", ["id": "e_graphics", "for": "edge", "yfiles.type": "edgegraphics"])
            xml.lineBreak(indent: 2)
            xml.element("graph", ["id": "G", "edgedefault": "directed"]) { xml in
                let place: [(String, String?)] = [("place", map.place.name), ("mission", map.place.mission),
                                                  ("lead_time", map.place.leadTime?.description)]
                for case let (key, value?) in place {
                    xml.lineBreak(indent: 4)
                    xml.element("data", ["key": "g_" + key], text: value)
                }
                for item in MapItem.all(in: map) { node(item, into: &xml) }
                for (index, interaction) in map.interactions.enumerated() { edge(interaction, index: index, into: &xml) }
                xml.lineBreak(indent: 2)
            }
            xml.lineBreak(indent: 0)
        }
        return Data((xml.text + "\n").utf8)
    }

    private func node(_ item: MapItem, into xml: inout XMLMarkup) {
        xml.lineBreak(indent: 4)
        xml.element("node", ["id": item.id]) { xml in
            let fields = [("kind", AttributeValue.text(item.kind.rawValue)), ("name", .text(item.name))] + item.attributes
            for (name, value) in fields {
                xml.lineBreak(indent: 6)
                xml.element("data", ["key": "n_" + name], text: value.text)
            }
            let (shape, fill) = switch item.kind {
            case .service: ("roundrectangle", "#E8E8E8")
            case .contract: ("rectangle", "#FFF3D6")
            case .objective: ("ellipse", "#FFFFFF")
            case .factor: ("roundrectangle", "#F2F2F2")
            }
            xml.lineBreak(indent: 6)
            xml.element("data", ["key": "n_graphics"]) { xml in
                xml.element("y:ShapeNode", [:]) { xml in
                    xml.empty("y:Geometry", ["height": "40.0", "width": "\(max(60, min(320, item.name.count * 7 + 20))).0"])
                    xml.empty("y:Fill", ["color": fill, "transparent": "false"])
                    xml.empty("y:BorderStyle", ["color": "#555555", "type": "line", "width": "1.0"])
                    xml.element("y:NodeLabel", text: item.name)
                    xml.empty("y:Shape", ["type": shape])
                }
            }
            xml.lineBreak(indent: 4)
        }
    }

    private func edge(_ interaction: Interaction, index: Int, into xml: inout XMLMarkup) {
        xml.lineBreak(indent: 4)
        xml.element("edge", ["id": "e\(index)", "source": interaction.from, "target": interaction.to]) { xml in
            for (name, value) in interaction.attributes {
                xml.lineBreak(indent: 6)
                xml.element("data", ["key": "e_" + name], text: value.text)
            }
            let effect = interaction.effect
            let (color, line) = effect.isReinforcing ? ("#0072B2", "line") : effect.isUndermining ? ("#D55E00", "dashed") : ("#888888", "dotted")
            xml.lineBreak(indent: 6)
            xml.element("data", ["key": "e_graphics"]) { xml in
                xml.element("y:PolyLineEdge", [:]) { xml in
                    xml.empty("y:LineStyle", ["color": color, "type": line, "width": MapOutline.number(1 + effect.magnitude)])
                    xml.empty("y:Arrows", ["source": interaction.mutual ? "standard" : "none", "target": effect.isUndermining ? "t_shape" : "standard"])
                    xml.element("y:EdgeLabel", text: effect.description)
                }
            }
            xml.lineBreak(indent: 4)
        }
    }
}
