import Foundation

extension WorkshopReport {
    /// Runs every analysis of `graph` and draws every figure the report shows.
    ///
    /// - Throws: a render, loop-search or balance error, when Graphviz, the loop search or the
    ///   solver fails; problems in the map itself were reported when it was loaded.
    /// - Complexity: dominated by the Graphviz layouts (one for the map, one for each conflict
    ///   card and loop diagram) and the exact balance solve.
    public static func build(graph: PlaceGraph, options: WorkshopReportOptions) throws -> WorkshopReport {
        let analysis = graph.analysis(AnalysisOptions(asOf: options.asOf, level: options.level))
        let analysed = graph.at(options.level)
        let loops = try analysed.feedbackLoops(loopOptions)
        let balance = try analysed.structuralBalance(timeLimit: .milliseconds(Int(options.balanceTimeLimit * 1000)))
        // The figures need the findings (which conflicts get a card), so draw them from a draft.
        let draft = WorkshopReport(graph: graph, options: options, analysis: analysis, loops: loops,
                                   balance: balance, figures: [:])
        return WorkshopReport(graph: graph, options: options, analysis: analysis, loops: loops,
                              balance: balance, figures: try draft.drawFigures(analysed: analysed))
    }

    private func drawFigures(analysed: PlaceGraph) throws -> [String: String] {
        var figures: [String: String] = [:]
        func draw(_ name: String, _ options: RenderOptions) throws {
            let rendered = try analysed.rendered(as: .svg, options: options)
            figures[name] = Self.inlineSVG(String(decoding: rendered.data, as: UTF8.self), prefix: name)
        }
        try draw("map", RenderOptions(level: self.options.level))
        for (index, conflict) in cardConflicts.enumerated() {
            var focus = RenderOptions(level: self.options.level)
            focus.items = Self.neighbourhood(of: conflict.path.map(\.id), in: analysed)
            focus.legend = false
            focus.highlight = Set(conflict.links.map { RenderOptions.arcKey(from: $0.from.id, to: $0.to.id) })
            try draw(Self.conflictFigure(index), focus)
        }
        for (index, loop) in loops.loops.prefix(self.options.loopDiagrams).enumerated() {
            var only = RenderOptions(level: self.options.level, clusterBy: .none)
            only.items = Set(loop.items)
            only.legend = false
            only.rankdir = .leftToRight
            try draw(Self.loopFigure(index), only)
        }
        figures["matrix"] = CrossImpactHeatmap(graph: matrixGraph(analysed)).svg(id: "matrix-chart")
        if !ganttRows.isEmpty {
            figures["timeline"] = ContractGantt(rows: ganttRows, asOf: options.asOf).svg(id: "timeline-chart")
        }
        let influence = analysis.influence
        figures["influence"] = InfluenceScatter(points: influencePoints, influenceThreshold: influence.influenceThreshold,
                                                dependenceThreshold: influence.dependenceThreshold).svg(id: "influence-chart")
        return figures
    }

    /// The graph the matrix shows: the analysed one, or its service roll-up when that is too
    /// big to read as a matrix and services exist.
    func matrixGraph(_ analysed: PlaceGraph) -> PlaceGraph {
        if analysed.items.count > CrossImpactHeatmap.maxItems, analysed.summary.services > 1 {
            return analysed.rolledUpToServices()
        }
        return analysed
    }

    static func loopFigure(_ index: Int) -> String { "loop-\(index + 1)" }

    /// How many neighbours a conflict's diagram shows besides the conflict's own items.
    static let diagramNeighbours = 8

    /// The items on `path` and their strongest neighbours: those joined to the path by the
    /// interactions of largest |effect| × confidence weight (ties by id), at most
    /// ``diagramNeighbours`` of them, so a card's diagram stays small on a dense map.
    ///
    /// - Complexity: O(*d* log *d*) for *d* arcs touching the path.
    static func neighbourhood(of path: [String], in graph: PlaceGraph) -> Set<String> {
        let members = Set(path)
        var strength: [String: Double] = [:]
        for id in path {
            guard let index = graph.index(of: id) else { continue }
            for arc in graph.outgoingArcs(of: index) + graph.incomingArcs(of: index) {
                let other = graph.items[arc.from == index ? arc.to : arc.from].id
                guard !members.contains(other) else { continue }
                strength[other, default: 0] += arc.effect.magnitude * arc.confidence.weight
            }
        }
        let strongest = strength.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(diagramNeighbours)
        return members.union(strongest.map(\.key))
    }

    /// Graphviz's SVG made fit to sit inside a page: the XML prolog, doctype and comments
    /// removed, and every `id` prefixed so that several drawings on one page never share one.
    static func inlineSVG(_ svg: String, prefix: String) -> String {
        var text = svg
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        while let open = text.range(of: "<!--"), let close = text.range(of: "-->", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        text = text.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
        text = text.replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)-")
        return text.replacingOccurrences(of: "<svg ", with: "<svg role=\"img\" aria-label=\"\(prefix) diagram\" ",
                                         options: [], range: text.range(of: "<svg "))
    }
}
