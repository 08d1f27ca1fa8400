import PlaceGraphKit

extension DOTWriter {
    /// A legend drawn from fixed strings only.
    func writeLegend(_ out: inout DOTOutput, level: DetailLevel) {
        out.line("subgraph cluster_legend {")
        out.indent += 1
        out.line("graph " + DOTOutput.attributes([
            ("label", "Legend"), ("style", "rounded"), ("color", "#BBBBBB"), ("fontsize", "11"),
            ("tooltip", "Legend"),
        ]) + ";")
        for (number, row) in VisualGrammar.legendEdges(level: level).enumerated() {
            let tail = row.selfLoop ? "legend_e\(number)b" : "legend_e\(number)a"
            if !row.selfLoop {
                out.line("\(tail) " + DOTOutput.attributes([
                    ("shape", "point"), ("width", "0.02"), ("color", "#FFFFFF"), ("label", ""),
                ]) + ";")
            }
            out.line("legend_e\(number)b " + DOTOutput.attributes([
                ("shape", row.selfLoop ? "box" : "plaintext"), ("fontsize", "9"), ("height", "0.2"),
                ("label", row.caption), ("color", "#555555"),
            ]) + ";")
            for value in row.effects {
                guard let effect = Effect(value) else { continue }
                var attributes = VisualGrammar.edgeAttributes(
                    effect: effect, confidence: row.confidence, mutual: row.mutual,
                    contractContradiction: row.contradiction, highlighted: false)
                attributes.append(("tooltip", row.caption))
                out.line("\(tail) -> legend_e\(number)b " + DOTOutput.attributes(attributes) + ";")
            }
        }
        for (number, row) in VisualGrammar.legendNodes(level: level).enumerated() {
            var attributes = VisualGrammar.nodeAttributes(kind: row.kind, inContract: row.inContract,
                                                          level: level, highlighted: false).filter { $0.0 != "fontsize" }
            attributes += [("label", row.caption), ("fontsize", "9"), ("tooltip", row.caption)]
            // An invisible tail puts the shape in the captions' column.
            out.line("legend_n\(number)a " + DOTOutput.attributes([("shape", "point"), ("style", "invis")]) + ";")
            out.line("legend_n\(number)b " + DOTOutput.attributes(attributes) + ";")
            out.line("legend_n\(number)a -> legend_n\(number)b [style=\"invis\"];")
        }
        out.indent -= 1
        out.line("}")
    }
}
