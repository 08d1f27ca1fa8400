/// Unbalanced triangles of a block: valid inequalities for the solver, and a quick lower bound.
///
/// Every unbalanced cycle needs at least one frustrated edge, so a packing of unbalanced
/// triangles that uses each edge at most its weight times proves a lower bound (Aref, Mason &
/// Wilson 2019 add the same triangles to their model as valid inequalities).
struct TriangleBound {
    /// The edges of each unbalanced triangle, in discovery order.
    let triangles: [(Int, Int, Int)]
    /// The lower bound a greedy packing of ``triangles`` proves.
    let lowerBound: Int

    /// - Parameter limit: the most triangles to keep; dense blocks can have very many.
    /// - Complexity: O(Σ deg(*v*)²) to list the triangles, and O(*t* log *t*) to pack *t*.
    init(problem: BalanceProblem, limit: Int = 50_000) {
        var triangles: [(Int, Int, Int)] = []
        var edgeTo = [Int](repeating: -1, count: problem.nodeCount)
        let start = problem.adjacencyStart
        search: for u in 0..<problem.nodeCount {
            for position in start[u]..<start[u + 1] { edgeTo[problem.adjacentNode[position]] = problem.adjacentEdge[position] }
            for position in start[u]..<start[u + 1] where problem.adjacentNode[position] > u {
                let v = problem.adjacentNode[position], uv = problem.adjacentEdge[position]
                for next in start[v]..<start[v + 1] where problem.adjacentNode[next] > v {
                    let w = problem.adjacentNode[next], vw = problem.adjacentEdge[next]
                    let uw = edgeTo[w]
                    guard uw >= 0 else { continue }
                    if problem.edgeSign[uv] * problem.edgeSign[vw] * problem.edgeSign[uw] < 0 {
                        triangles.append((uv, vw, uw))
                        if triangles.count >= limit { break search }
                    }
                }
            }
            for position in start[u]..<start[u + 1] { edgeTo[problem.adjacentNode[position]] = -1 }
        }
        self.triangles = triangles
        // Pack the triangles whose edges are least contested first.
        var uses = [Int](repeating: 0, count: problem.edgeCount)
        for (a, b, c) in triangles { uses[a] += 1; uses[b] += 1; uses[c] += 1 }
        let order = triangles.indices.sorted {
            let (a, b, c) = triangles[$0], (d, e, f) = triangles[$1]
            let first = uses[a] + uses[b] + uses[c], second = uses[d] + uses[e] + uses[f]
            return first != second ? first < second : $0 < $1
        }
        var residual = problem.edgeWeight
        var bound = 0
        for index in order {
            let (a, b, c) = triangles[index]
            let take = min(residual[a], residual[b], residual[c])
            guard take > 0 else { continue }
            bound += take
            residual[a] -= take; residual[b] -= take; residual[c] -= take
        }
        lowerBound = bound
    }
}
