import Foundation
import PlaceGraphKit

extension WorkshopPack {
    /// Runs every analysis of `graph` the pack needs, then draws every figure.
    ///
    /// - Throws: a loop-search, balance or render error, when the loop search, the solver or
    ///   Graphviz fails; problems in the map itself were reported when it was loaded.
    public static func build(graph: PlaceGraph, options: WorkshopPackOptions) throws -> WorkshopPack {
        try build(from: graph.analysis(options.analysisOptions), options: options)
    }

    /// The pack of an analysis, in one pass: the conflict cards are chosen from the analysis,
    /// then every figure is drawn.
    ///
    /// - Throws: ``WorkshopPackError/missingParts`` when `analysis` has no loops or balance;
    ///   ``RenderError`` when Graphviz fails.
    /// - Complexity: dominated by the Graphviz layouts: one for the map, one for each conflict
    ///   card and loop diagram.
    public static func build(from analysis: PlaceAnalysis, options: WorkshopPackOptions) throws -> WorkshopPack {
        guard let loops = analysis.loops, let balance = analysis.balance else { throw WorkshopPackError.missingParts }
        let cards = cardConflicts(of: analysis.conflicts.conflicts, limit: options.conflictCards)
        var figures = try drawFigures(analysis: analysis, cards: cards, loops: loops, options: options)
        let map = try drawMap(analysis.graph, into: &figures)
        return WorkshopPack(analysis: analysis, options: options, loops: loops, balance: balance,
                            cardConflicts: cards, figures: figures, map: map)
    }

    /// The conflicts that get a card: every one that is not hidden, then the most severe
    /// hidden ones, up to `limit`, in rank order.
    static func cardConflicts(of ranked: [Conflict], limit: Int) -> [Conflict] {
        let direct = ranked.filter { $0.kind != .hidden }
        let hidden = ranked.filter { $0.kind == .hidden }
        let room = max(0, limit - direct.count)
        let chosen = Set((direct.prefix(limit) + hidden.prefix(room)).map(\.id))
        return ranked.filter { chosen.contains($0.id) }
    }

    private static func drawFigures(analysis: PlaceAnalysis, cards: [Conflict], loops: LoopAnalysis,
                                    options: WorkshopPackOptions) throws -> [Figure: HTML] {
        let graph = analysis.graph
        var figures: [Figure: HTML] = [:]
        func draw(_ figure: Figure, _ drawing: RenderOptions) throws {
            let rendered = try graph.rendered(as: .svg, options: drawing)
            figures[figure] = HTML(graphvizSVG: String(decoding: rendered.data, as: UTF8.self), figure: figure)
        }
        for (index, conflict) in cards.enumerated() {
            var focus = RenderOptions(level: options.level)
            focus.items = neighbourhood(of: conflict.path.map(\.id), in: graph)
            focus.legend = false
            focus.highlight = Set(conflict.links.map { RenderOptions.arcKey(from: $0.from.id, to: $0.to.id) })
            try draw(.conflict(index), focus)
        }
        for (index, loop) in loops.loops.prefix(options.loopDiagrams).enumerated() {
            var only = RenderOptions(level: options.level, clusterBy: .none)
            only.items = Set(loop.items)
            only.legend = false
            only.rankdir = .leftToRight
            try draw(.loop(index), only)
        }
        figures[.matrix] = CrossImpactHeatmap(graph: matrixGraph(graph)).svg(id: Figure.matrix.chartID)
        let rows = Array(ganttRows(analysis.timeline).prefix(chartedContracts))
        if !rows.isEmpty {
            figures[.timeline] = ContractGantt(rows: rows, asOf: options.asOf).svg(id: Figure.timeline.chartID)
        }
        let influence = analysis.influence
        // Items in the influence ranking's order: the leading ones are offered a visible label.
        let points = influence.ranked.map {
            InfluenceScatter.Point(label: $0.item.name, influence: $0.influence, dependence: $0.dependence,
                                   quadrant: $0.quadrant.rawValue)
        }
        figures[.influence] = InfluenceScatter(points: points, influenceThreshold: influence.influenceThreshold,
                                               dependenceThreshold: influence.dependenceThreshold)
            .svg(id: Figure.influence.chartID)
        return figures
    }

    /// The graph the matrix shows: the analysed one, or its service roll-up when that is too
    /// big to read as a matrix and services exist.
    static func matrixGraph(_ analysed: PlaceGraph) -> PlaceGraph {
        if analysed.items.count > CrossImpactHeatmap.maxItems, analysed.summary.services > 1 {
            return analysed.rolledUpToServices()
        }
        return analysed
    }

    /// How many contracts the timeline chart and table show; the appendix lists them all.
    static let chartedContracts = 40

    /// The Gantt rows: contracts with an end date, in timeline order, noting what each window could fix.
    static func ganttRows(_ timeline: Timeline) -> [ContractGantt.Row] {
        timeline.entries.compactMap { entry in
            guard let end = entry.contract.end else { return nil }
            var parts: [String] = []
            if !entry.conflicts.isEmpty { parts.append("fixes " + Words.count(entry.conflicts.count, "conflict")) }
            if !entry.synergies.isEmpty { parts.append("joins " + Words.count(entry.synergies.count, "synergy", plural: "synergies")) }
            return ContractGantt.Row(label: entry.contract.name, supplier: entry.contract.supplier, start: entry.contract.start,
                                     end: end, extensionEnd: entry.contract.extensionEnd,
                                     note: parts.isEmpty ? "no conflicts to fix" : parts.joined(separator: ", "))
        }
    }

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
}
