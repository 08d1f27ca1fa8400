import PlaceGraphKit

/// How signs, strengths and kinds look on the page (SPEC §5).
///
/// Reinforcing and undermining differ three ways at once, so a drawing survives a greyscale
/// printer and colour-blind readers: colour (Okabe–Ito blue #0072B2 and vermillion #D55E00),
/// line (solid and dashed) and arrowhead (`normal` and the blunt `tee` used for inhibition).
/// A `0` effect is a grey dotted line ending in a ring. Line width grows with |effect|; a
/// low-confidence interaction is drawn at half opacity; a contract contradiction is drawn as
/// a double line. Every value here is a fixed string: none comes from the map.
enum VisualGrammar {
    static let fontName = "Helvetica"
    static let reinforcingColor = Palette.reinforcing
    static let underminingColor = Palette.undermining
    static let neutralColor = "#8C8C8C"
    /// Appended to a colour to draw a low-confidence interaction at about half opacity.
    static let lowConfidenceAlpha = "80"

    /// Attributes of an interaction's edge, without its tooltip.
    static func edgeAttributes(effect: Effect, confidence: Confidence, mutual: Bool,
                               contractContradiction: Bool, highlighted: Bool) -> [(String, String)] {
        let base: String, style: String, arrow: String
        switch effect.sign {
        case 1: (base, style, arrow) = (reinforcingColor, "solid", "normal")
        case -1: (base, style, arrow) = (underminingColor, "dashed", "tee")
        default: (base, style, arrow) = (neutralColor, "dotted", "odot")
        }
        var color = base + (confidence == .low ? lowConfidenceAlpha : "")
        // Two lines with a gap: a double line that survives greyscale.
        if contractContradiction { color = "\(color):invis:\(color)" }
        var width = penWidth(for: effect)
        if highlighted { width += 1.5 }
        var attributes = [("color", color), ("style", highlighted ? style + ",bold" : style),
                          ("arrowhead", arrow), ("penwidth", formatNumber(width, decimals: 2))]
        if mutual { attributes += [("dir", "both"), ("arrowtail", arrow)] }
        return attributes
    }

    /// The effect written beside its edge (`+2`, `−1`), in the edge's colour. As an external
    /// label it never moves the layout, and Graphviz leaves it out where it would overlap.
    static func effectLabel(_ effect: Effect) -> [(String, String)] {
        let color = effect.sign > 0 ? reinforcingColor : underminingColor
        return [("xlabel", Words.signed(effect)), ("fontsize", "9"), ("fontcolor", color)]
    }

    /// 1 for a `0` effect, growing by 0.9 a step to 3.7 at ±3.
    static func penWidth(for effect: Effect) -> Double {
        effect.sign == 0 ? 1 : 1 + 0.9 * effect.magnitude
    }

    /// Attributes of an item's node, without its label and tooltip.
    static func nodeAttributes(kind: Item.Kind, inContract: Bool, level: DetailLevel,
                               highlighted: Bool) -> [(String, String)] {
        var attributes: [(String, String)]
        switch kind {
        case .service where level == .services:
            attributes = [("shape", "box"), ("style", "rounded,filled"), ("fillcolor", "#EDEDED")]
        case .service:
            attributes = [("shape", "box"), ("style", "filled,bold"), ("fillcolor", "#E3E3E3"), ("fontsize", "11")]
        case .contract:
            attributes = [("shape", "folder"), ("style", "filled"), ("fillcolor", "#FFF1D6"), ("color", "#8A7550")]
        case .objective where inContract:
            attributes = [("shape", "note"), ("style", "filled"), ("fillcolor", "#FFFAEE"), ("color", "#8A7550")]
        case .objective:
            attributes = [("shape", "ellipse"), ("style", "filled"), ("fillcolor", "#FFFFFF")]
        case .factor:
            attributes = [("shape", "ellipse"), ("style", "filled"), ("fillcolor", "#F2F2F2")]
        }
        if highlighted { attributes = attributes.filter { $0.0 != "color" } + [("penwidth", "3"), ("color", "#000000")] }
        return attributes
    }

    /// The legend's rows of interactions at each level: a caption and what it shows. Mutual
    /// interactions and contract contradictions only exist at objective level; mixed pairs
    /// and a service's loop on itself only at service level.
    static func legendEdges(level: DetailLevel) -> [LegendEdge] {
        allLegendEdges.filter { row in
            // A service pair is never mutual, but its arc may stand for a contract contradiction.
            level == .objectives ? !(row.effects.count > 1 || row.selfLoop) : !row.mutual
        }
    }

    /// One row of the legend: its caption, the effects drawn (two for a mixed pair), and how.
    struct LegendEdge {
        let caption: String
        var effects: [Double] = [2]
        var confidence: Confidence = .medium
        var mutual = false
        var contradiction = false
        /// Drawn as a loop on one node, as a service's own contradiction is.
        var selfLoop = false
    }

    private static let allLegendEdges: [LegendEdge] = [
        LegendEdge(caption: "reinforcing (+1 to +3)"),
        LegendEdge(caption: "undermining (-1 to -3)", effects: [-2]),
        LegendEdge(caption: "consistent (0)", effects: [0]),
        LegendEdge(caption: "thicker: stronger (+3 or -3)", effects: [3]),
        LegendEdge(caption: "paler: low confidence", confidence: .low),
        LegendEdge(caption: "both ways (mutual)", mutual: true),
        LegendEdge(caption: "contract contradiction", effects: [-2], contradiction: true),
        LegendEdge(caption: "mixed: the pair both reinforces and undermines", effects: [2, -2]),
        LegendEdge(caption: "loop: undermining inside one service", effects: [-2], selfLoop: true),
    ]

    /// The legend's kinds of item, at each level.
    static func legendNodes(level: DetailLevel) -> [(caption: String, kind: Item.Kind, inContract: Bool)] {
        level == .services
            ? [("service", .service, false)]
            : [("service", .service, false), ("service objective", .objective, false),
               ("contract", .contract, false), ("contract objective (KPI)", .objective, true)]
    }
}
