/// A fast heuristic for the frustration index: iterated local search over single-node flips,
/// from a spanning-tree split, with a fixed seed so the same map always gives the same answer.
///
/// Its best split gives the solver an upper bound and a warm start (Aref, Mason & Wilson 2019
/// start their solver from a heuristic solution the same way).
struct LocalSearch {
    let problem: BalanceProblem

    /// The best split found and its cost.
    ///
    /// - Parameters:
    ///   - seed: the seed of the pseudo-random perturbations.
    ///   - rounds: how many perturb-and-descend rounds to run.
    ///   - deadline: when to stop, even before `rounds` are done.
    /// - Complexity: O(*rounds* · (*n* + *e*)) at worst; far less in practice, since each
    ///   round only revisits the neighbourhood of the nodes it flips.
    func run(seed: UInt64, rounds: Int, deadline: ContinuousClock.Instant? = nil) -> (sides: [Bool], cost: Int) {
        let n = problem.nodeCount
        var random = SplitMix64(seed: seed)
        var state = State(problem: problem, sides: problem.spanningTreeSides())
        state.descend()
        var best = (sides: state.sides, cost: state.cost)
        for round in 0..<rounds {
            if let deadline, round % 8 == 0, ContinuousClock.now >= deadline { break }
            var trial = state
            if round % 256 == 255 {
                // Now and then, restart from the split a random spanning tree gives.
                trial = State(problem: problem, sides: problem.spanningTreeSides(root: Int.random(in: 0..<n, using: &random)))
            } else {
                for _ in 0...Int.random(in: 0...2, using: &random) { trial.flip(Int.random(in: 0..<n, using: &random)) }
            }
            trial.descend()
            if trial.cost <= state.cost || round % 256 == 255 { state = trial }
            if state.cost < best.cost {
                best = (state.sides, state.cost)
                if best.cost == 0 { break }
            }
        }
        return best
    }

    /// A split with each node's gain: how much the cost falls if the node changes side.
    private struct State {
        let problem: BalanceProblem
        var sides: [Bool]
        var gain: [Int]
        var cost: Int

        init(problem: BalanceProblem, sides: [Bool]) {
            self.problem = problem
            self.sides = sides
            gain = [Int](repeating: 0, count: problem.nodeCount)
            cost = 0
            for e in 0..<problem.edgeCount {
                let w = problem.edgeWeight[e]
                let change = problem.isFrustrated(e, sides) ? w : -w
                if change > 0 { cost += w }
                gain[problem.edgeU[e]] += change
                gain[problem.edgeV[e]] += change
            }
        }

        mutating func flip(_ v: Int) {
            cost -= gain[v]
            gain[v] = -gain[v]
            sides[v].toggle()
            for position in problem.adjacencyStart[v]..<problem.adjacencyStart[v + 1] {
                let e = problem.adjacentEdge[position], w = problem.edgeWeight[e]
                // After the flip the edge is frustrated exactly when it was not before.
                gain[problem.adjacentNode[position]] += problem.isFrustrated(e, sides) ? 2 * w : -2 * w
            }
        }

        /// Flips nodes with a positive gain until none is left.
        mutating func descend() {
            var improved = true
            while improved {
                improved = false
                for v in 0..<problem.nodeCount where gain[v] > 0 {
                    flip(v)
                    improved = true
                }
            }
        }
    }
}
