import PlaceGraphKit

/// The MICMAC influence–dependence plane as an SVG scatter plot: ticked axes, the quadrant
/// thresholds drawn and named, the leading items labelled where a label fits without
/// overlapping another label or a dot, and every dot titled, so the chart reads without colour
/// and every item can be found by its tooltip.
struct InfluenceScatter {
    struct Point: Sendable {
        let label: String
        let influence: Double
        let dependence: Double
        let quadrant: String
    }

    /// The points, leading items first: the first ``labelled`` are offered a visible label.
    let points: [Point]
    let influenceThreshold: Double
    let dependenceThreshold: Double
    /// How many of the leading points are offered a visible label.
    var labelled = 12

    static let left = 70.0, top = 30.0, plot = 460.0, labelSize = 10.0

    /// - Complexity: O(*p* log *p* + *l* · (*p* + *l*)) for *p* points and *l* labels offered.
    func svg(id: String) -> HTML {
        let left = Self.left, top = Self.top, plot = Self.plot
        var canvas = SVGCanvas(width: left + plot + 40, height: top + plot + 60)
        let xAxis = Axis(maximum: max(points.map(\.dependence).max() ?? 1, dependenceThreshold, 1e-9) * 1.08)
        let yAxis = Axis(maximum: max(points.map(\.influence).max() ?? 1, influenceThreshold, 1e-9) * 1.08)
        func x(_ value: Double) -> Double { left + plot * value / xAxis.maximum }
        func y(_ value: Double) -> Double { top + plot - plot * value / yAxis.maximum }
        canvas.rect(x: left, y: top, width: plot, height: plot, fill: "#FFFFFF", extra: ["stroke": "#888888"])
        for tick in xAxis.ticks {
            canvas.line(x1: x(tick), y1: top, x2: x(tick), y2: top + plot, stroke: "#EEEEEE")
            canvas.line(x1: x(tick), y1: top + plot, x2: x(tick), y2: top + plot + 5, stroke: "#888888")
            canvas.text(xAxis.label(tick), x: x(tick), y: top + plot + 17, anchor: "middle", size: 10, fill: "#555555")
        }
        for tick in yAxis.ticks {
            canvas.line(x1: left, y1: y(tick), x2: left + plot, y2: y(tick), stroke: "#EEEEEE")
            canvas.line(x1: left - 5, y1: y(tick), x2: left, y2: y(tick), stroke: "#888888")
            canvas.text(yAxis.label(tick), x: left - 8, y: y(tick) + 3.5, anchor: "end", size: 10, fill: "#555555")
        }
        canvas.line(x1: x(dependenceThreshold), y1: top, x2: x(dependenceThreshold), y2: top + plot, stroke: "#888888", dash: "5 3")
        canvas.line(x1: left, y1: y(influenceThreshold), x2: left + plot, y2: y(influenceThreshold), stroke: "#888888", dash: "5 3")
        let names = [("DRIVERS", "influence high, dependence low", left + 8, top + 16, "start"),
                     ("RELAYS", "both high", left + plot - 8, top + 16, "end"),
                     ("AUTONOMOUS", "both low", left + 8, top + plot - 20, "start"),
                     ("DEPENDENT", "dependence high, influence low", left + plot - 8, top + plot - 20, "end")]
        var taken: [Box] = []
        for (name, gloss, nameX, nameY, anchor) in names {
            canvas.text(name, x: nameX, y: nameY, anchor: anchor, size: 12, weight: "700", fill: "#555555")
            canvas.text(gloss, x: nameX, y: nameY + 12, anchor: anchor, size: 9, fill: "#777777")
            let width = Double(max(name.count, gloss.count)) * 0.62 * 12
            taken.append(Box(x: anchor == "end" ? nameX - width : nameX, y: nameY - 12, width: width, height: 28))
        }
        canvas.text("dependence (indirect, MICMAC) →", x: left + plot / 2, y: top + plot + 38, anchor: "middle", size: 12)
        canvas.text("influence (indirect, MICMAC) →", x: left - 46, y: top + plot / 2, anchor: "middle", size: 12, rotate: -90)

        let dots = points.map { (x: x($0.dependence), y: y($0.influence)) }
        let placed = Self.placeLabels(for: points.prefix(labelled).map(\.label), at: dots, taken: taken,
                                      bounds: Box(x: left, y: top, width: plot, height: plot))
        for index in points.indices.sorted(by: { (points[$0].label, $0) < (points[$1].label, $1) }) {
            let point = points[index]
            let title = "\(point.label): influence \(formatNumber(point.influence, decimals: 2)), "
                + "dependence \(formatNumber(point.dependence, decimals: 2)), \(point.quadrant)"
            canvas.circle(x: dots[index].x, y: dots[index].y, radius: 4.5, fill: Palette.reinforcing,
                          stroke: "#FFFFFF", title: title)
        }
        for label in placed {
            canvas.text(label.text, x: label.x, y: label.y, anchor: label.anchor, size: Self.labelSize)
        }
        return canvas.rendered(
            title: "Influence and dependence",
            description: "Each dot is an item placed by its indirect influence (up) and dependence (right) from MICMAC. "
                + "Dashed lines at the means split drivers, relays, dependent and autonomous items. "
                + "The leading items are named where there is room; every dot names its item in its tooltip.",
            id: id)
    }
}
