extension SignedNetwork {
    /// Counts the triangles of the underlying undirected graph and the balanced ones among
    /// them; see ``TriangleCensus`` for how pairs get their sign.
    ///
    /// - Complexity: O(*e*^1.5) for *e* pairs, visiting each triangle once from its lowest-degree
    ///   corner.
    func triangleCensus() -> TriangleCensus {
        var signOf: [Pair: Int] = [:]
        var mixed = 0
        for (pair, count) in pairs {
            if count.positive > 0 && count.negative > 0 { mixed += 1 } else { signOf[pair] = count.positive > 0 ? 1 : -1 }
        }
        // Orient each pair from the lower-ranked end (by degree, then index) so each triangle is
        // found exactly once.
        var degree = [Int](repeating: 0, count: count)
        for pair in signOf.keys { degree[pair.u] += 1; degree[pair.v] += 1 }
        func ranksBelow(_ a: Int, _ b: Int) -> Bool { (degree[a], a) < (degree[b], b) }
        var forward = [[(node: Int, sign: Int)]](repeating: [], count: count)
        for (pair, sign) in signOf {
            if ranksBelow(pair.u, pair.v) { forward[pair.u].append((pair.v, sign)) } else { forward[pair.v].append((pair.u, sign)) }
        }
        var total = 0, balanced = 0
        var signTo = [Int](repeating: 0, count: count)
        for u in 0..<count {
            for (v, sign) in forward[u] { signTo[v] = sign }
            for (v, uv) in forward[u] {
                for (w, vw) in forward[v] where signTo[w] != 0 {
                    total += 1
                    if uv * vw * signTo[w] > 0 { balanced += 1 }
                }
            }
            for (v, _) in forward[u] { signTo[v] = 0 }
        }
        return TriangleCensus(total: total, balanced: balanced, mixedPairs: mixed)
    }
}
