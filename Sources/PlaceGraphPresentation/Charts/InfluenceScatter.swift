import PlaceGraphKit

/// The MICMAC influence–dependence plane as an SVG scatter plot, with the quadrant thresholds
/// drawn and named, so the chart reads without colour.
struct InfluenceScatter {
    struct Point: Sendable {
        let label: String
        let influence: Double
        let dependence: Double
        let quadrant: String
    }

    let points: [Point]
    let influenceThreshold: Double
    let dependenceThreshold: Double
    /// How many of the most influential or dependent points get a visible label.
    var labelled = 12

    /// - Complexity: O(*p* log *p*) for *p* points.
    func svg(id: String) -> HTML {
        let left = 70.0, top = 30.0, plot = 460.0
        var canvas = SVGCanvas(width: left + plot + 250, height: top + plot + 60)
        let maxX = max(points.map(\.dependence).max() ?? 1, dependenceThreshold, 1e-9) * 1.08
        let maxY = max(points.map(\.influence).max() ?? 1, influenceThreshold, 1e-9) * 1.08
        func x(_ value: Double) -> Double { left + plot * value / maxX }
        func y(_ value: Double) -> Double { top + plot - plot * value / maxY }
        canvas.rect(x: left, y: top, width: plot, height: plot, fill: "#FFFFFF", extra: ["stroke": "#888888"])
        canvas.line(x1: x(dependenceThreshold), y1: top, x2: x(dependenceThreshold), y2: top + plot, stroke: "#888888", dash: "5 3")
        canvas.line(x1: left, y1: y(influenceThreshold), x2: left + plot, y2: y(influenceThreshold), stroke: "#888888", dash: "5 3")
        let corner = 14.0
        canvas.text("DRIVERS", x: left + 8, y: top + corner + 4, size: 12, weight: "700", fill: "#555555")
        canvas.text("RELAYS", x: left + plot - 8, y: top + corner + 4, anchor: "end", size: 12, weight: "700", fill: "#555555")
        canvas.text("AUTONOMOUS", x: left + 8, y: top + plot - 8, size: 12, weight: "700", fill: "#555555")
        canvas.text("DEPENDENT", x: left + plot - 8, y: top + plot - 8, anchor: "end", size: 12, weight: "700", fill: "#555555")
        canvas.text("dependence (indirect, MICMAC) →", x: left + plot / 2, y: top + plot + 36, anchor: "middle", size: 12)
        canvas.text("influence (indirect, MICMAC) →", x: left - 46, y: top + plot / 2, anchor: "middle", size: 12, rotate: -90)
        let ranked = points.indices.sorted {
            let a = points[$0], b = points[$1]
            return (a.influence + a.dependence, b.label) > (b.influence + b.dependence, a.label)
        }
        let named = Set(ranked.prefix(labelled))
        for index in points.indices.sorted(by: { points[$0].label < points[$1].label }) {
            let point = points[index]
            let title = "\(point.label): influence \(formatNumber(point.influence, decimals: 2)), "
                + "dependence \(formatNumber(point.dependence, decimals: 2)), \(point.quadrant)"
            canvas.circle(x: x(point.dependence), y: y(point.influence), radius: 5, fill: Palette.reinforcing,
                          stroke: "#FFFFFF", title: title)
            if named.contains(index) {
                canvas.text(SVGCanvas.clip(point.label, 30), x: x(point.dependence) + 7, y: y(point.influence) + 4, size: 10)
            }
        }
        return canvas.rendered(
            title: "Influence and dependence",
            description: "Each dot is an item placed by its indirect influence (up) and dependence (right) from MICMAC. "
                + "Dashed lines at the means split drivers, relays, dependent and autonomous items.",
            id: id)
    }
}
