/// The undirected signed graph that structural balance is computed on, built from a
/// ``PlaceGraph``.
///
/// Each interaction counts once: a `mutual` one once, two opposite one-way interactions twice.
/// Interactions with a 0 effect are left out. A negative self-interaction is frustrated in
/// every split and a positive one in none, so both are counted but kept out of the search.
///
/// Interactions between the same two items are merged into one weighted edge: with *p*
/// reinforcing and *q* undermining ones, min(*p*, *q*) are frustrated in every split, and the
/// rest behave as one edge of the majority's sign and weight |*p* − *q*|.
struct SignedNetwork: Sendable {
    /// One merged pair of items, `u < v`, `sign` ±1, `weight` ≥ 1.
    struct Edge: Sendable, Hashable {
        let u: Int
        let v: Int
        let sign: Int
        let weight: Int
    }

    /// The number of items.
    let count: Int
    /// Merged edges of positive weight, sorted by `u` then `v`.
    let edges: [Edge]
    /// Interactions frustrated in every split: negative self-interactions and the minority of
    /// each pair joined by both signs.
    let constant: Int
    /// Counted interactions (*m*).
    let counted: Int
    /// Interactions with a 0 effect.
    let ignored: Int
    /// Reinforcing and undermining interaction counts of every pair that has any, for the
    /// triangle census.
    let pairs: [Pair: (positive: Int, negative: Int)]

    struct Pair: Hashable, Sendable {
        let u: Int
        let v: Int
    }

    /// - Complexity: O(*m* log *m*) for *m* interactions.
    init(graph: PlaceGraph) {
        count = graph.count
        var pairs: [Pair: (positive: Int, negative: Int)] = [:]
        var constant = 0, counted = 0, ignored = 0
        // One arc per interaction: a mutual interaction's reverse arc is skipped.
        for arc in graph.arcs where !arc.isMutualReverse {
            let sign = arc.effect.sign
            guard sign != 0 else { ignored += 1; continue }
            counted += 1
            if arc.from == arc.to {
                if sign < 0 { constant += 1 }
                continue
            }
            let pair = Pair(u: min(arc.from, arc.to), v: max(arc.from, arc.to))
            if sign > 0 { pairs[pair, default: (0, 0)].positive += 1 } else { pairs[pair, default: (0, 0)].negative += 1 }
        }
        var edges: [Edge] = []
        for (pair, count) in pairs {
            constant += min(count.positive, count.negative)
            let weight = abs(count.positive - count.negative)
            if weight > 0 {
                edges.append(Edge(u: pair.u, v: pair.v, sign: count.positive > count.negative ? 1 : -1, weight: weight))
            }
        }
        edges.sort { ($0.u, $0.v) < ($1.u, $1.v) }
        self.edges = edges
        self.constant = constant
        self.counted = counted
        self.ignored = ignored
        self.pairs = pairs
    }

    /// The blocks (biconnected components) of the graph with at least one cycle, each as the
    /// indices of its edges in ``edges``.
    ///
    /// Every cycle lies inside one block, so the frustration index is the sum of the blocks'
    /// indices, and each block can be solved alone (Harary 1953).
    ///
    /// - Complexity: O(*n* + *e*), by Hopcroft and Tarjan's depth-first search, iteratively.
    func cyclicBlocks() -> [[Int]] {
        var adjacencyStart = [Int](repeating: 0, count: count + 1)
        for edge in edges {
            adjacencyStart[edge.u + 1] += 1
            adjacencyStart[edge.v + 1] += 1
        }
        for v in 0..<count { adjacencyStart[v + 1] += adjacencyStart[v] }
        var fill = adjacencyStart
        var adjacent = [(node: Int, edge: Int)](repeating: (0, 0), count: 2 * edges.count)
        for (index, edge) in edges.enumerated() {
            adjacent[fill[edge.u]] = (edge.v, index); fill[edge.u] += 1
            adjacent[fill[edge.v]] = (edge.u, index); fill[edge.v] += 1
        }
        var discovered = [Int](repeating: -1, count: count), low = [Int](repeating: 0, count: count)
        var time = 0
        var blocks: [[Int]] = []
        var edgeStack: [Int] = []
        var frames: [(node: Int, parentEdge: Int, next: Int)] = []
        for root in 0..<count where discovered[root] < 0 && adjacencyStart[root + 1] > adjacencyStart[root] {
            discovered[root] = time; low[root] = time; time += 1
            frames.append((root, -1, adjacencyStart[root]))
            while let frame = frames.last {
                let v = frame.node
                if frame.next < adjacencyStart[v + 1] {
                    frames[frames.count - 1].next += 1
                    let (w, edge) = adjacent[frame.next]
                    if edge == frame.parentEdge { continue }
                    if discovered[w] < 0 {
                        edgeStack.append(edge)
                        discovered[w] = time; low[w] = time; time += 1
                        frames.append((w, edge, adjacencyStart[w]))
                    } else if discovered[w] < discovered[v] {
                        edgeStack.append(edge)
                        low[v] = min(low[v], discovered[w])
                    }
                    continue
                }
                frames.removeLast()
                guard let parent = frames.last else { continue }
                low[parent.node] = min(low[parent.node], low[v])
                if low[v] >= discovered[parent.node] {
                    var block: [Int] = []
                    while let edge = edgeStack.popLast() {
                        block.append(edge)
                        if edge == frame.parentEdge { break }
                    }
                    if block.count > 1 { blocks.append(block.sorted()) }
                }
            }
        }
        return blocks
    }
}
