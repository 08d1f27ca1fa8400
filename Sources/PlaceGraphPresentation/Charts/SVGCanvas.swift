import PlaceGraphKit

/// A small writer for hand-made SVG charts: fixed number formatting, every text escaped by
/// ``HTML``, and a title and description on the root so screen readers can name the figure.
struct SVGCanvas {
    let width: Double
    let height: Double
    private var body: [HTML] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A coordinate with at most one decimal, the same on every run.
    struct Number: CustomStringConvertible {
        let value: Double
        var description: String { formatNumber(value, decimals: 1) }
    }

    private static func n(_ value: Double) -> Number { Number(value: value) }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> HTML {
        pairs.map { " \($0.key)=\"\($0.value)\"" as HTML }.joined()
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       extra: KeyValuePairs<String, String> = [:], title: String? = nil) {
        let n = Self.n
        let open: HTML = "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(fill)\"\(Self.attributes(extra))"
        body.append(title.map { "\(open)><title>\($0)</title></rect>" } ?? "\(open)/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        let n = Self.n
        let dashing: HTML = dash.map { " stroke-dasharray=\"\($0)\"" } ?? HTML()
        body.append("<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(dashing)/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String = "none",
                         title: String? = nil) {
        let n = Self.n
        let open: HTML = "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\" stroke=\"\(stroke)\""
        body.append(title.map { "\(open)><title>\($0)</title></circle>" } ?? "\(open)/>")
    }

    /// A closed shape through `points`, with no outline.
    mutating func polygon(_ points: [(x: Double, y: Double)], fill: String) {
        let n = Self.n
        let list = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
        body.append("<polygon points=\"\(list)\" fill=\"\(fill)\"/>")
    }

    /// Text, escaped; `anchor` is `start`, `middle` or `end`.
    mutating func text(_ string: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
                       weight: String? = nil, fill: String = "#222", rotate: Double? = nil) {
        let n = Self.n
        let bold: HTML = weight.map { " font-weight=\"\($0)\"" } ?? HTML()
        let turn: HTML = rotate.map { " transform=\"rotate(\(n($0)) \(n(x)) \(n(y)))\"" } ?? HTML()
        body.append("<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(n(size))\" fill=\"\(fill)\"\(bold)\(turn)>\(string)</text>")
    }

    /// The finished `<svg>` element, with `role="img"`, a `<title>` and a `<desc>`.
    func rendered(title: String, description: String, id: String) -> HTML {
        let n = Self.n
        let titleID = "\(id)-title", descID = "\(id)-desc"
        var out: HTML = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" id=\"\(id)\" "
        out += "viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" "
        out += "aria-labelledby=\"\(titleID) \(descID)\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\">\n"
        out += "<title id=\"\(titleID)\">\(title)</title>\n"
        out += "<desc id=\"\(descID)\">\(description)</desc>\n"
        out += body.joined(separator: "\n")
        out += "\n</svg>"
        return out
    }

    /// Shortens `text` to at most `limit` characters with an ellipsis.
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
    }
}
