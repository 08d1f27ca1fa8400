import Foundation

/// `.gexf`: the map as a GEXF 1.3 graph (https://gexf.net), Gephi's own format. Nodes and
/// edges carry the same attributes as ``GraphMLWriter``'s, declared as GEXF attributes; an
/// edge's `weight` is the effect's strength |effect| (Gephi's layouts expect weights of 0 or
/// more), its sign is in `effect`, and a mutual interaction is one edge of type `mutual`.
/// Colours follow the drawings: services grey, contracts amber, objectives white; reinforcing
/// edges blue and solid, undermining vermillion and dashed.
public struct GEXFWriter: MapWriter {
    public let name = "gexf"
    public let extensions = ["gexf"]
    public let losses: String? = "GEXF keeps every item, interaction and attribute, but not the place's areas' names; text characters XML cannot hold (control characters) become U+FFFD"

    public init() {}

    private static let nodeAttributes = ["kind"] + MapItem.attributeNames
    private static let edgeAttributes = ["effect", "confidence", "because", "evidence", "mutual"]
    private static let types: [String: String] = ["value": "double", "effect": "double", "mutual": "boolean"]

    public func data(for map: PlaceMap) throws(MapWriteError) -> Data {
        var xml = XMLMarkup()
        xml.element("gexf", ["xmlns": "http://gexf.net/1.3", "xmlns:viz": "http://gexf.net/1.3/viz",
                             "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                             "xsi:schemaLocation": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "version": "1.3"]) { xml in
            xml.lineBreak(indent: 2)
            xml.element("meta", [:]) { xml in
                xml.element("creator", text: "placegraph")
                xml.element("description", text: map.place.name + (map.place.mission.map { ": " + $0 } ?? ""))
            }
            xml.lineBreak(indent: 2)
            xml.element("graph", ["defaultedgetype": "directed", "mode": "static"]) { xml in
                for (scope, names) in [("node", Self.nodeAttributes), ("edge", Self.edgeAttributes)] {
                    xml.lineBreak(indent: 4)
                    xml.element("attributes", ["class": scope]) { xml in
                        for attribute in names {
                            xml.lineBreak(indent: 6)
                            xml.empty("attribute", ["id": attribute, "title": attribute, "type": Self.types[attribute] ?? "string"])
                        }
                        xml.lineBreak(indent: 4)
                    }
                }
                xml.lineBreak(indent: 4)
                xml.element("nodes", [:]) { xml in
                    for item in MapItem.all(in: map) { node(item, into: &xml) }
                    xml.lineBreak(indent: 4)
                }
                xml.lineBreak(indent: 4)
                xml.element("edges", [:]) { xml in
                    for (index, interaction) in map.interactions.enumerated() { edge(interaction, index: index, into: &xml) }
                    xml.lineBreak(indent: 4)
                }
                xml.lineBreak(indent: 2)
            }
            xml.lineBreak(indent: 0)
        }
        return Data((xml.text + "\n").utf8)
    }

    private func node(_ item: MapItem, into xml: inout XMLMarkup) {
        xml.lineBreak(indent: 6)
        xml.element("node", ["id": item.id, "label": item.name]) { xml in
            values([("kind", .text(item.kind.rawValue))] + item.attributes, into: &xml)
            let (red, green, blue) = switch item.kind {
            case .service: ("200", "200", "200")
            case .contract: ("255", "224", "160")
            case .objective, .factor: ("255", "255", "255")
            }
            xml.empty("viz:color", ["r": red, "g": green, "b": blue])
        }
    }

    private func edge(_ interaction: Interaction, index: Int, into xml: inout XMLMarkup) {
        let effect = interaction.effect
        xml.lineBreak(indent: 6)
        xml.element("edge", ["id": "\(index)", "source": interaction.from, "target": interaction.to,
                             "type": interaction.mutual ? "mutual" : "directed", "weight": MapOutline.number(effect.magnitude)]) { xml in
            values(interaction.attributes, into: &xml)
            let (red, green, blue) = effect.isReinforcing ? ("0", "114", "178") : effect.isUndermining ? ("213", "94", "0") : ("136", "136", "136")
            xml.empty("viz:color", ["r": red, "g": green, "b": blue])
            xml.empty("viz:shape", ["value": effect.isUndermining ? "dashed" : effect.isReinforcing ? "solid" : "dotted"])
        }
    }

    private func values(_ fields: [(name: String, value: AttributeValue)], into xml: inout XMLMarkup) {
        xml.element("attvalues", [:]) { xml in
            for (name, value) in fields { xml.empty("attvalue", ["for": name, "value": value.text]) }
        }
    }
}
