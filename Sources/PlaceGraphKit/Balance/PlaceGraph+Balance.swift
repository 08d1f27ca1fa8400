extension PlaceGraph {
    /// Computes the structural balance of the map: the frustration index, the two camps, and
    /// the interactions that disagree with them.
    ///
    /// The index is solved exactly as the binary linear program of Aref, Mason & Wilson, by
    /// COIN-OR CBC. The map is first cut into blocks (biconnected components), whose indices
    /// add up; each block is warm-started by a seeded local search, and skipped by the solver
    /// when a packing of unbalanced triangles already proves the heuristic optimal.
    ///
    /// Each interaction counts once: a `mutual` one once, two opposite one-way interactions
    /// twice. Interactions with a 0 effect carry no sign and are left out (``BalanceAnalysis/ignored``).
    /// A negative self-interaction is frustrated in every split, a positive one in none.
    /// Items that take part in no counted interaction belong to no camp
    /// (``BalanceAnalysis/noCamp``).
    ///
    /// - Parameter timeLimit: how long the solver may run, in total; `nil` for no limit. When
    ///   it runs out, the analysis is not ``BalanceAnalysis/exact`` and brackets the index between
    ///   a proven lower bound and the best split found. A limit of zero skips the solver.
    /// - Returns: the index, its bounds, the camps, the frustrated interactions and the
    ///   triangle census. The same map always gives the same report when it is exact.
    /// - Throws: ``BalanceError`` when the time limit is negative or the solver fails.
    /// - Complexity: exponential in the worst case (the problem is NP-hard); about a second for
    ///   150 items and 1,250 interactions.
    public func structuralBalance(timeLimit: Duration? = nil) throws(BalanceError) -> BalanceAnalysis {
        if let timeLimit, timeLimit < .zero { throw .invalidTimeLimit("\(timeLimit)") }
        let deadline = timeLimit.map { ContinuousClock.now + $0 }
        let network = SignedNetwork(graph: self)
        var frustratedEdge = [Bool](repeating: false, count: network.edges.count)
        var lowerBound = network.constant
        for (number, block) in network.cyclicBlocks().enumerated() {
            let problem = BalanceProblem(network: network, edgeIndices: block)
            let outcome = try Self.solve(problem, seed: 0x5EED_BA1A ^ UInt64(number), deadline: deadline)
            lowerBound += outcome.lowerBound
            for (local, edge) in block.enumerated() where problem.isFrustrated(local, outcome.sides) {
                frustratedEdge[edge] = true
            }
        }
        let sides = network.sides(keeping: frustratedEdge)
        var frustrated: [FrustratedInteraction] = []
        for arc in arcs where !arc.isMutualReverse && arc.effect.sign != 0 {
            let isFrustrated = arc.from == arc.to
                ? arc.effect.sign < 0
                : (sides[arc.from] != sides[arc.to]) == (arc.effect.sign > 0)
            guard isFrustrated else { continue }
            frustrated.append(FrustratedInteraction(
                from: items[arc.from].id, to: items[arc.to].id, effect: arc.effect,
                mutual: map.interactions[arc.interaction].mutual, interaction: arc.interaction,
                kind: arc.effect.isUndermining ? .underminingInsideCamp : .reinforcingAcrossCamps))
        }
        // Arcs are sorted by source and target index, which is id order.
        let upperBound = frustrated.count
        lowerBound = min(lowerBound, upperBound)
        var placed = [Bool](repeating: false, count: count)
        for arc in arcs where arc.effect.sign != 0 { placed[arc.from] = true; placed[arc.to] = true }
        let camps = [items.indices.filter { placed[$0] && !sides[$0] }.map { items[$0].id },
                     items.indices.filter { placed[$0] && sides[$0] }.map { items[$0].id }]
        // The camp holding the smallest placed id comes first; an empty camp last.
        let firstHoldsSmallest = camps[1].isEmpty || (!camps[0].isEmpty && camps[0][0] < camps[1][0])
        let groups = firstHoldsSmallest ? camps : [camps[1], camps[0]]
        return BalanceAnalysis(interactions: network.counted, ignored: network.ignored, frustrationIndex: upperBound,
                             exact: lowerBound == upperBound, lowerBound: lowerBound, upperBound: upperBound,
                             groups: groups, noCamp: items.indices.filter { !placed[$0] }.map { items[$0].id },
                             frustrated: frustrated, triangles: network.triangleCensus())
    }

    /// Solves one block: balanced blocks at once, then the heuristic, the triangle bound, and
    /// CBC only when they leave a gap and time is left.
    private static func solve(_ problem: BalanceProblem, seed: UInt64,
                              deadline: ContinuousClock.Instant?) throws(BalanceError) -> FrustrationModel.Outcome {
        let tree = problem.spanningTreeSides()
        if problem.cost(tree) == 0 { return .init(sides: tree, cost: 0, lowerBound: 0) }
        let heuristic = LocalSearch(problem: problem).run(seed: seed, rounds: min(4_000, 40 * problem.nodeCount),
                                                          deadline: deadline)
        let triangles = TriangleBound(problem: problem)
        if heuristic.cost <= triangles.lowerBound {
            return .init(sides: heuristic.sides, cost: heuristic.cost, lowerBound: heuristic.cost)
        }
        var seconds: Double?
        if let deadline {
            let left = deadline - ContinuousClock.now
            seconds = Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18
            guard seconds! > 0 else {
                return .init(sides: heuristic.sides, cost: heuristic.cost, lowerBound: triangles.lowerBound)
            }
        }
        return try FrustrationModel(problem: problem, triangles: triangles).solve(start: heuristic.sides, timeLimit: seconds)
    }
}

extension SignedNetwork {
    /// The sides a breadth-first search gives when it satisfies every edge not marked
    /// `frustrated`, starting each component from its smallest item on the first side.
    ///
    /// - Complexity: O(*n* + *e*).
    func sides(keeping frustrated: [Bool]) -> [Bool] {
        var adjacent = [[(node: Int, sign: Int)]](repeating: [], count: count)
        for (index, edge) in edges.enumerated() where !frustrated[index] {
            adjacent[edge.u].append((edge.v, edge.sign))
            adjacent[edge.v].append((edge.u, edge.sign))
        }
        var sides = [Bool](repeating: false, count: count), seen = sides
        for root in 0..<count where !seen[root] {
            seen[root] = true
            var queue = [root], head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                for (w, sign) in adjacent[v] where !seen[w] {
                    seen[w] = true
                    sides[w] = sign > 0 ? sides[v] : !sides[v]
                    queue.append(w)
                }
            }
        }
        return sides
    }
}
