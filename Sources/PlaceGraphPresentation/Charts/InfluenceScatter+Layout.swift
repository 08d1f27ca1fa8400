import PlaceGraphKit

extension InfluenceScatter {
    /// An axis from 0 to `maximum`, with five to seven ticks at round values (1, 2, 2.5 or 5
    /// times a power of ten).
    struct Axis {
        let maximum: Double

        var step: Double {
            let rough = maximum / 6
            var power = 1.0
            while power * 10 <= rough { power *= 10 }
            while power > rough { power /= 10 }
            return [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? power * 10
        }

        /// The ticks from 0 up to the maximum.
        var ticks: [Double] {
            let step = step
            guard step > 0, maximum.isFinite else { return [0] }
            return (0...Int(maximum / step)).map { Double($0) * step }
        }

        /// A tick's label, with no trailing zeros and no float noise.
        func label(_ value: Double) -> String { formatNumber(value, decimals: 3) }
    }

    /// A rectangle on the chart, in its coordinates.
    struct Box: Hashable {
        let x: Double, y: Double, width: Double, height: Double

        func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }

        func inside(_ other: Box) -> Bool {
            x >= other.x && y >= other.y && x + width <= other.x + other.width && y + height <= other.y + other.height
        }
    }

    /// A label where it was placed: its text, the baseline point and the text anchor.
    struct PlacedLabel: Hashable {
        let text: String
        let x: Double, y: Double
        let anchor: String
        let box: Box
    }

    /// Places each label beside its dot, trying right, left, above, below and the four
    /// diagonals in turn, at the first place that stays inside `bounds` and overlaps no dot,
    /// no label placed before it and nothing in `taken`; a label with no such place is left out.
    ///
    /// - Parameters:
    ///   - labels: the texts, for the first `labels.count` dots, in priority order.
    ///   - dots: every dot's centre; labels must not cover any of them.
    /// - Complexity: O(*l* · (*p* + *l*)) for *l* labels and *p* dots.
    static func placeLabels(for labels: [String], at dots: [(x: Double, y: Double)], taken: [Box],
                            bounds: Box) -> [PlacedLabel] {
        let radius = 5.0, gap = 3.0, height = labelSize + 2
        let dotBoxes = dots.map { Box(x: $0.x - radius, y: $0.y - radius, width: 2 * radius, height: 2 * radius) }
        var placed: [PlacedLabel] = [], occupied = taken
        for (index, text) in labels.enumerated() where index < dots.count {
            let shown = SVGCanvas.clip(text, 30)
            let width = Double(shown.count) * 0.6 * labelSize
            let dot = dots[index]
            // (left edge, top edge, anchor) of each candidate box, right of the dot first.
            let candidates: [(Double, Double, String)] = [
                (dot.x + radius + gap, dot.y - height / 2, "start"),
                (dot.x - radius - gap - width, dot.y - height / 2, "end"),
                (dot.x - width / 2, dot.y - radius - gap - height, "middle"),
                (dot.x - width / 2, dot.y + radius + gap, "middle"),
                (dot.x + radius, dot.y - radius - height, "start"),
                (dot.x + radius, dot.y + radius, "start"),
                (dot.x - radius - width, dot.y - radius - height, "end"),
                (dot.x - radius - width, dot.y + radius, "end"),
            ]
            for (boxX, boxY, anchor) in candidates {
                let box = Box(x: boxX, y: boxY, width: width, height: height)
                guard box.inside(bounds), !occupied.contains(where: box.overlaps),
                      !dotBoxes.contains(where: box.overlaps) else { continue }
                let textX = anchor == "start" ? boxX : (anchor == "end" ? boxX + width : boxX + width / 2)
                placed.append(PlacedLabel(text: shown, x: textX, y: boxY + height - 3, anchor: anchor, box: box))
                occupied.append(box)
                break
            }
        }
        return placed
    }
}
