import PlaceGraphKit

/// The items and arcs of a graph that a drawing shows, chosen by ``RenderOptions``.
///
/// Selection runs in a fixed order: the level, then ``RenderOptions/items`` and
/// ``RenderOptions/interactions``, then ``RenderOptions/only``, then the neighbourhood of
/// ``RenderOptions/focus``. Without a focus
/// or an explicit item set, `only` also hides the items it leaves with no interaction.
struct MapSelection {
    /// The graph at the level drawn.
    let graph: PlaceGraph
    /// Indices of the items drawn, ascending (so in id order).
    let items: [Int]
    /// Indices into `graph.arcs` of the arcs drawn, ascending. The reverse arc of a `mutual`
    /// interaction is left out: its forward arc is drawn with a head at both ends.
    let arcs: [Int]
    /// Indices of the focus items, ascending.
    let focus: [Int]

    /// Chooses what to draw.
    ///
    /// Ids in `focus` and `items` may name a contract or objective at service level: they
    /// stand for their service.
    /// - Throws: ``RenderError/unknownItem(_:suggestion:)`` for an id the map lacks,
    ///   ``RenderError/invalidDepth(_:)`` for a negative depth.
    /// - Complexity: O(*n* + *m*) for *n* items and *m* arcs, after the roll-up.
    init(_ original: PlaceGraph, options: RenderOptions) throws {
        guard options.depth >= 0 else { throw RenderError.invalidDepth(options.depth) }
        let graph = original.at(options.level)
        func resolve(_ id: String) throws -> Int {
            if let index = graph.index(of: id) { return index }
            if let service = original.item(id)?.serviceID, let index = graph.index(of: service) { return index }
            throw RenderError.unknownItem(id, suggestion: Suggestion.closest(to: id, in: original.items.map(\.id)))
        }
        var base = [Bool](repeating: options.items == nil, count: graph.count)
        for id in (options.items ?? []).sorted() { base[try resolve(id)] = true }
        let focus = Set(try options.focus.map(resolve)).sorted()

        let allowed = graph.arcs.indices.filter { position in
            let arc = graph.arcs[position]
            guard base[arc.from] && base[arc.to] && (options.only?.matches(arc.effect) ?? true) else { return false }
            guard let chosen = options.interactions else { return true }
            return chosen.contains(RenderOptions.arcKey(from: graph.items[arc.from].id, to: graph.items[arc.to].id))
        }
        var kept: [Bool]
        if !focus.isEmpty {
            kept = Self.neighbourhood(of: focus, arcs: allowed.map { graph.arcs[$0] },
                                      count: graph.count, depth: options.depth)
        } else if options.only != nil && options.items == nil {
            kept = [Bool](repeating: false, count: graph.count)
            for position in allowed {
                kept[graph.arcs[position].from] = true
                kept[graph.arcs[position].to] = true
            }
        } else {
            kept = base
        }
        self.graph = graph
        self.focus = focus
        self.items = graph.items.indices.filter { kept[$0] }
        self.arcs = allowed.filter { position in
            let arc = graph.arcs[position]
            return kept[arc.from] && kept[arc.to] && !arc.isMutualReverse
        }
    }

    /// The items within `depth` interactions of `start`, following interactions either way.
    ///
    /// The walk stops as soon as a step reaches no new item, so a depth beyond the number of
    /// items means everything connected to `start`, at no extra cost.
    /// - Complexity: O(*n* + *m*), breadth first, whatever `depth` is.
    static func neighbourhood(of start: [Int], arcs: [Arc], count: Int, depth: Int) -> [Bool] {
        var neighbours = [[Int]](repeating: [], count: count)
        for arc in arcs {
            neighbours[arc.from].append(arc.to)
            neighbours[arc.to].append(arc.from)
        }
        var reached = [Bool](repeating: false, count: count)
        var frontier = start
        for index in start { reached[index] = true }
        var steps = 0
        while steps < depth, !frontier.isEmpty {
            steps += 1
            var next: [Int] = []
            for index in frontier {
                for neighbour in neighbours[index] where !reached[neighbour] {
                    reached[neighbour] = true
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return reached
    }
}
