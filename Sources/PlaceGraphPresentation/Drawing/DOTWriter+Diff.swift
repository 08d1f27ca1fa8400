import PlaceGraphKit

extension DOTWriter {
    /// Attributes that mark an added item, appended after its own so that they win.
    static func diffNodeAttributes(_ item: Item, overlay: DiffOverlay?) -> [(String, String)] {
        guard let overlay, overlay.addedItems.contains(item.id) else { return [] }
        return [("peripheries", "2"), ("penwidth", "2")]
    }

    /// The "+ " that starts an added item's label.
    static func diffLabelPrefix(_ item: Item, overlay: DiffOverlay?) -> String {
        overlay?.addedItems.contains(item.id) == true ? "+ " : ""
    }

    /// An edge's attributes with a diff mark's in place of its own, each key written once: the
    /// mark's `xlabel` goes before the effect number the edge may already carry ("+ +2").
    static func marked(_ attributes: [(String, String)], with marks: [(String, String)]) -> [(String, String)] {
        guard !marks.isEmpty else { return attributes }
        let keys = Set(marks.map(\.0))
        let number = attributes.last { $0.0 == "xlabel" }?.1
        return attributes.filter { !keys.contains($0.0) } + marks.map { key, value in
            key == "xlabel" ? (key, number.map { value + " " + $0 } ?? value) : (key, value)
        }
    }

    /// Attributes that mark an added or re-signed interaction, appended after its own. Marks
    /// are `xlabel`s, placed after layout: an edge `label` takes part in `dot`'s ranking, which
    /// fails ("trouble in init_rank") on this map's clusters.
    static func diffArcAttributes(from: String, to: String, arrowhead: String?, overlay: DiffOverlay?) -> [(String, String)] {
        guard let overlay else { return [] }
        let key = RenderOptions.arcKey(from: from, to: to)
        if overlay.addedArcs.contains(key) {
            return [("style", "bold"), ("penwidth", "3"), ("xlabel", "+"), ("fontsize", "12"), ("fontname", VisualGrammar.fontName)]
        }
        if let old = overlay.resignedArcs[key] {
            return [("arrowhead", "odiamond" + (arrowhead ?? "normal")), ("xlabel", "re-signed (was \(Words.signed(old)))"),
                    ("fontsize", "9"), ("fontname", VisualGrammar.fontName)]
        }
        return []
    }

    /// The removed items and interactions, faded: dotted grey outlines and lines marked "−",
    /// outside any cluster. A removed interaction is drawn when both its ends are drawn.
    func writeGhosts(_ out: inout DOTOutput, selection: MapSelection) {
        guard let overlay = options.diff else { return }
        let graph = selection.graph, drawn = Set(selection.items)
        var names: [String: String] = [:]
        for index in drawn { names[graph.items[index].id] = "n\(index)" }
        for (number, item) in overlay.ghostItems.enumerated() {
            names[item.id] = "ghost\(number)"
            out.line("ghost\(number) " + DOTOutput.attributes([
                ("shape", item.kind == .contract ? "folder" : item.kind == .service ? "box" : "ellipse"),
                ("style", "dotted"), ("color", DiffOverlay.ghostColor), ("fontcolor", DiffOverlay.ghostColor),
                ("label", "− " + DOTText.label(item.name, width: 26)),
                ("tooltip", DOTText.tooltip(["removed: \(item.id)", item.name])),
            ]) + ";")
        }
        for interaction in overlay.ghostArcs {
            guard let from = names[interaction.from], let to = names[interaction.to] else { continue }
            out.line("\(from) -> \(to) " + DOTOutput.attributes([
                ("style", "dotted"), ("color", DiffOverlay.ghostColor), ("fontcolor", DiffOverlay.ghostColor),
                ("arrowhead", "odot"), ("xlabel", "− \(Words.signed(interaction.effect))"), ("fontsize", "9"),
                ("tooltip", DOTText.tooltip(["removed: \(interaction.from) → \(interaction.to) (\(Words.effect(interaction.effect)))"])),
            ] + (interaction.mutual ? [("dir", "both"), ("arrowtail", "odot")] : [])) + ";")
        }
    }

    /// A second legend, explaining the diff's marks, from fixed strings only.
    func writeDiffLegend(_ out: inout DOTOutput) {
        guard options.diff != nil, options.legend else { return }
        out.line("subgraph cluster_legend_diff {")
        out.indent += 1
        out.line("graph " + DOTOutput.attributes([
            ("label", "Changes"), ("style", "rounded"), ("color", "#BBBBBB"), ("fontsize", "11"), ("tooltip", "Changes"),
        ]) + ";")
        for (number, row) in DiffOverlay.legendRows.enumerated() {
            let caption = DOTOutput.attributes([("shape", "plaintext"), ("fontsize", "9"), ("height", "0.2"),
                                                ("label", row.caption)])
            switch row.marks {
            case .addedItem, .ghostItem:
                let ghost = row.marks == .ghostItem
                out.line("legend_d\(number) " + DOTOutput.attributes([
                    ("shape", "ellipse"), ("label", row.caption), ("fontsize", "9"),
                    ("peripheries", ghost ? "1" : "2"), ("style", ghost ? "dotted" : "solid"),
                    ("color", ghost ? DiffOverlay.ghostColor : "#555555"),
                    ("fontcolor", ghost ? DiffOverlay.ghostColor : "#000000"),
                ]) + ";")
            case .addedArc, .resignedArc, .ghostArc:
                out.line("legend_d\(number)a " + DOTOutput.attributes([("shape", "point"), ("width", "0.02"),
                                                                     ("color", "#FFFFFF"), ("label", "")]) + ";")
                out.line("legend_d\(number)b " + caption + ";")
                let attributes: [(String, String)] = switch row.marks {
                case .addedArc: [("style", "bold"), ("penwidth", "3"), ("xlabel", "+"), ("color", "#555555")]
                case .resignedArc: [("arrowhead", "odiamondnormal"), ("color", "#555555")]
                default: [("style", "dotted"), ("color", DiffOverlay.ghostColor), ("arrowhead", "odot"), ("xlabel", "−")]
                }
                out.line("legend_d\(number)a -> legend_d\(number)b " + DOTOutput.attributes(attributes) + ";")
            }
        }
        out.indent -= 1
        out.line("}")
    }
}
