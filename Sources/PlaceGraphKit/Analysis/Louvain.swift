/// Community detection by modularity optimisation, the Louvain method of Blondel, Guillaume,
/// Lambiotte & Lefebvre (2008), "Fast unfolding of communities in large networks", J. Stat.
/// Mech. P10008, made deterministic.
///
/// Nodes are visited in index order; a node moves to the neighbouring community with the
/// largest modularity gain only when the gain is strictly positive and larger than staying,
/// and ties go to the community met first (neighbour communities are tried in index order).
/// The same weights in the same order therefore always give the same partition.
struct Louvain {
    /// Undirected weighted edges between node indices; weights must be positive.
    let nodeCount: Int
    let edges: [(Int, Int, Double)]

    /// The communities, each sorted, listed by their smallest node; and the partition's modularity.
    ///
    /// - Complexity: O(*p* · (*n* + *e*)) per level for *p* passes over *n* nodes and *e*
    ///   edges; a handful of levels in practice.
    func communities() -> (communities: [[Int]], modularity: Double) {
        var membership = Array(0..<nodeCount)  // original node → community at the current level
        var graph = Level(nodeCount: nodeCount, edges: edges)
        while true {
            let moved = graph.localMoves()
            guard moved.changed, moved.count < graph.nodeCount else { break }
            membership = membership.map { moved.community[$0] }
            graph = graph.aggregated(by: moved.community, count: moved.count)
        }
        var groups: [Int: [Int]] = [:]
        for (node, community) in membership.enumerated() { groups[community, default: []].append(node) }
        let communities = groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        return (communities, Level(nodeCount: nodeCount, edges: edges).modularity(of: membership))
    }

    /// One level of the method: a weighted graph whose nodes are the previous level's communities.
    private struct Level {
        let nodeCount: Int
        /// Neighbours of each node with edge weights, in index order; a self-loop holds the
        /// weight inside a merged community.
        let neighbours: [[(Int, Double)]]
        let degree: [Double]
        let totalWeight: Double  // 2m: the sum of all degrees

        init(nodeCount: Int, edges: [(Int, Int, Double)]) {
            self.nodeCount = nodeCount
            var weights = [[Int: Double]](repeating: [:], count: nodeCount)
            for (a, b, w) in edges {
                weights[a][b, default: 0] += w
                if a != b { weights[b][a, default: 0] += w }
            }
            neighbours = weights.map { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
            // A self-loop adds twice its weight to a degree, as in the adjacency matrix of the merged graph.
            degree = neighbours.enumerated().map { node, list in list.reduce(0) { $0 + ($1.0 == node ? 2 : 1) * $1.1 } }
            totalWeight = degree.reduce(0, +)
        }

        /// Moves nodes between communities until no move raises modularity.
        func localMoves() -> (community: [Int], count: Int, changed: Bool) {
            var community = Array(0..<nodeCount)
            var total = degree  // the sum of degrees in each community
            var changed = false, improved = true
            guard totalWeight > 0 else { return (community, nodeCount, false) }
            while improved {
                improved = false
                for node in 0..<nodeCount {
                    let own = community[node]
                    var links: [Int: Double] = [:], order: [Int] = []
                    for (other, weight) in neighbours[node] where other != node {
                        if links[community[other]] == nil { order.append(community[other]) }
                        links[community[other], default: 0] += weight
                    }
                    total[own] -= degree[node]
                    // Gain of joining c, up to a constant: k_i,c − Σ_tot(c)·k_i / 2m.
                    func gain(_ c: Int) -> Double { (links[c] ?? 0) - total[c] * degree[node] / totalWeight }
                    var best = own, bestGain = gain(own)
                    for candidate in order.sorted() where gain(candidate) > bestGain + 1e-12 {
                        best = candidate
                        bestGain = gain(candidate)
                    }
                    total[best] += degree[node]
                    if best != own {
                        community[node] = best
                        improved = true
                        changed = true
                    }
                }
            }
            // Renumber communities 0..<k in order of their first node.
            var renumbered: [Int: Int] = [:]
            for c in community where renumbered[c] == nil { renumbered[c] = renumbered.count }
            return (community.map { renumbered[$0] ?? 0 }, renumbered.count, changed)
        }

        /// The graph whose nodes are the given communities.
        func aggregated(by community: [Int], count: Int) -> Level {
            var edges: [(Int, Int, Double)] = []
            for node in 0..<nodeCount {
                for (other, weight) in neighbours[node] where other >= node {
                    edges.append((community[node], community[other], weight))
                }
            }
            return Level(nodeCount: count, edges: edges)
        }

        /// Newman–Girvan modularity: Σ_c (in_c / 2m − (tot_c / 2m)²).
        func modularity(of community: [Int]) -> Double {
            guard totalWeight > 0 else { return 0 }
            var inside: [Int: Double] = [:], total: [Int: Double] = [:]
            for node in 0..<nodeCount {
                total[community[node], default: 0] += degree[node]
                for (other, weight) in neighbours[node] where community[other] == community[node] {
                    inside[community[node], default: 0] += (other == node ? 2 : 1) * weight
                }
            }
            return total.sorted { $0.key < $1.key }.reduce(0) { sum, entry in
                sum + (inside[entry.key] ?? 0) / totalWeight - (entry.value / totalWeight) * (entry.value / totalWeight)
            }
        }
    }
}
