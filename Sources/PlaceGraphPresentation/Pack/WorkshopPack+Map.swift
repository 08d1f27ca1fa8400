import PlaceGraphKit

/// How the pack draws the map: whole when a printed page holds it legibly, otherwise one
/// figure for each domain and one for the interactions between domains.
public struct MapFigures: Sendable {
    /// The printed pages of map figures, in order.
    let pages: [PrintLayout.Page]
    /// The name of each ``Figure/domain(_:)`` figure's domain, in order.
    public let domains: [String]
    /// The level the map is drawn at: the pack's, or services when the full map is too big.
    public let level: DetailLevel
    /// The level the links between domains are drawn at: services when, item by item, they
    /// are too many for a printed page.
    public let linksLevel: DetailLevel
    /// Why the map is drawn service to service, or not at all; `nil` when drawn as analysed.
    public let limit: String?

    /// Every map figure drawn, in the order the pack shows them.
    public var figures: [Figure] { pages.flatMap(\.figures) }
}

extension WorkshopPack {
    /// The most items plus interactions the pack draws as one map; beyond it Graphviz takes
    /// seconds and the drawing is no use on paper (`placegraph render` draws any size).
    public static let mapDrawingSize = 1_500

    /// Draws the map figures of `graph` into `figures`.
    ///
    /// - Throws: ``RenderError`` when Graphviz fails.
    /// - Complexity: one Graphviz layout for the whole map, and when it is split, one more for
    ///   each domain and one for the links between them.
    static func drawMap(_ graph: PlaceGraph, into figures: inout [Figure: HTML]) throws -> MapFigures {
        // `drawn` is the graph the figures come from; options at service level roll it up.
        var drawn = graph, limit: String?
        if size(of: graph) > mapDrawingSize {
            let services = graph.at(.services)
            let whole = "\(Words.grouped(graph.count)) items and \(Words.grouped(graph.arcs.count)) interactions"
            guard graph.level == .objectives, size(of: services) <= mapDrawingSize else {
                let tooBig = "The map, \(whole), is more than a printed page can show (the pack draws at most "
                    + "\(Words.grouped(mapDrawingSize)) items and interactions); run placegraph render to draw it whole."
                return MapFigures(pages: [], domains: [], level: graph.level, linksLevel: graph.level, limit: tooBig)
            }
            drawn = services
            limit = "The full map, \(whole), is more than a printed page can show, so it is drawn service to "
                + "service here; run placegraph render to draw every item."
        }
        func draw(_ figure: Figure, _ options: RenderOptions) throws -> Drawn {
            let rendered = try drawn.rendered(as: .svg, options: options)
            let svg = String(decoding: rendered.data, as: UTF8.self)
            let size = GraphvizSVGInlining.size(of: svg) ?? (width: 0, height: 0)
            return (PrintLayout.Piece(figure: figure, width: size.width, height: size.height),
                    HTML(graphvizSVG: svg, figure: figure))
        }
        func keep(_ drawing: Drawn) -> PrintLayout.Piece {
            figures[drawing.piece.figure] = drawing.html
            return drawing.piece
        }
        let whole = keep(try draw(.map, RenderOptions(level: drawn.level)))
        let parts = domainParts(of: drawn)
        guard !PrintLayout.fitsOnePage(whole), parts.count > 1 else {
            return MapFigures(pages: PrintLayout.pages([whole]), domains: [], level: drawn.level, linksLevel: drawn.level,
                              limit: limit)
        }
        var pieces: [PrintLayout.Piece] = []
        for (index, part) in parts.enumerated() {
            var options = RenderOptions(level: drawn.level, items: part.items)
            options.legend = false
            options.titled = false
            pieces.append(keep(try drawBest(.domain(index), options, draw)))
        }
        var linksLevel = drawn.level
        if let links = try drawLinks(of: drawn, parts: parts, level: drawn.level, draw),
           PrintLayout.fitsOnePage(links.piece) || drawn.level == .services {
            pieces.append(keep(links))
        } else if let links = try drawLinks(of: drawn, parts: domainParts(of: drawn.at(.services)), level: .services, draw) {
            // Item by item the links are too many for a page; service to service they fit.
            linksLevel = .services
            pieces.append(keep(links))
        }
        return MapFigures(pages: PrintLayout.pages(pieces), domains: parts.map(\.name), level: drawn.level,
                          linksLevel: linksLevel, limit: limit)
    }

    /// The figure of the interactions between `parts` of `graph` seen at `level`, or `nil`
    /// when there are none.
    private static func drawLinks(of graph: PlaceGraph, parts: [(name: String, items: Set<String>)], level: DetailLevel,
                                  _ draw: (Figure, RenderOptions) throws -> Drawn) throws -> Drawn? {
        let links = crossLinks(of: graph.at(level), parts: parts)
        guard !links.interactions.isEmpty else { return nil }
        var options = RenderOptions(level: level, items: links.items, interactions: links.interactions)
        options.titled = false
        options.legend = false
        return try drawBest(.domainLinks, options, draw)
    }

    /// A figure drawn: its size for print, and its markup.
    typealias Drawn = (piece: PrintLayout.Piece, html: HTML)

    /// Draws `figure` left to right, and when that does not print at full size, top to
    /// bottom too, keeping the one that prints larger (left to right on a tie).
    private static func drawBest(_ figure: Figure, _ options: RenderOptions,
                                 _ draw: (Figure, RenderOptions) throws -> Drawn) throws -> Drawn {
        let across = try draw(figure, options)
        guard PrintLayout.bestScale(of: across.piece) < PrintLayout.largestScale else { return across }
        var turned = options
        turned.rankdir = .topToBottom
        let down = try draw(figure, turned)
        return PrintLayout.bestScale(of: down.piece) > PrintLayout.bestScale(of: across.piece) ? down : across
    }

    /// Items plus arcs.
    private static func size(of graph: PlaceGraph) -> Int { graph.count + graph.arcs.count }

    /// The items of each domain, by domain name; items of services with no domain, and
    /// spreadsheet factors, form a last part named "no domain".
    static func domainParts(of graph: PlaceGraph) -> [(name: String, items: Set<String>)] {
        var byDomain: [String: Set<String>] = [:], loose: Set<String> = []
        for item in graph.items {
            if let domain = item.domain { byDomain[domain, default: []].insert(item.id) } else { loose.insert(item.id) }
        }
        var parts = byDomain.sorted { $0.key < $1.key }.map { (name: $0.key, items: $0.value) }
        if !loose.isEmpty { parts.append((name: "no domain", items: loose)) }
        return parts
    }

    /// The interactions joining items of different parts, as ``RenderOptions/arcKey(from:to:)``,
    /// and the items they join.
    static func crossLinks(of graph: PlaceGraph, parts: [(name: String, items: Set<String>)])
        -> (items: Set<String>, interactions: Set<String>) {
        var part: [String: Int] = [:]
        for (index, entry) in parts.enumerated() { for id in entry.items { part[id] = index } }
        var items: Set<String> = [], interactions: Set<String> = []
        for arc in graph.arcs {
            let from = graph.items[arc.from].id, to = graph.items[arc.to].id
            guard part[from] != part[to] else { continue }
            items.formUnion([from, to])
            interactions.insert(RenderOptions.arcKey(from: from, to: to))
        }
        return (items, interactions)
    }
}
