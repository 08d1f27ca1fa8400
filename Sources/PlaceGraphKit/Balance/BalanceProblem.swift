/// One block of a ``SignedNetwork``, its items renumbered from 0, as flat arrays: the unit the
/// heuristic, the bounds and the solver work on.
struct BalanceProblem: Sendable {
    /// The network item of each local node.
    let items: [Int]
    let edgeU: [Int]
    let edgeV: [Int]
    let edgeSign: [Int]
    let edgeWeight: [Int]
    /// `adjacentNode[adjacencyStart[v] ..< adjacencyStart[v + 1]]` are `v`'s neighbours, and
    /// `adjacentEdge` the edges that join them.
    let adjacencyStart: [Int]
    let adjacentNode: [Int]
    let adjacentEdge: [Int]

    var nodeCount: Int { items.count }
    var edgeCount: Int { edgeU.count }

    /// The block of `network` made of the edges at `edgeIndices`.
    init(network: SignedNetwork, edgeIndices: [Int]) {
        var local: [Int: Int] = [:], items: [Int] = []
        func node(_ item: Int) -> Int {
            if let index = local[item] { return index }
            local[item] = items.count
            items.append(item)
            return items.count - 1
        }
        var edgeU: [Int] = [], edgeV: [Int] = [], edgeSign: [Int] = [], edgeWeight: [Int] = []
        for index in edgeIndices {
            let edge = network.edges[index]
            edgeU.append(node(edge.u))
            edgeV.append(node(edge.v))
            edgeSign.append(edge.sign)
            edgeWeight.append(edge.weight)
        }
        self.init(items: items, edgeU: edgeU, edgeV: edgeV, edgeSign: edgeSign, edgeWeight: edgeWeight)
    }

    init(items: [Int], edgeU: [Int], edgeV: [Int], edgeSign: [Int], edgeWeight: [Int]) {
        self.items = items
        self.edgeU = edgeU
        self.edgeV = edgeV
        self.edgeSign = edgeSign
        self.edgeWeight = edgeWeight
        var start = [Int](repeating: 0, count: items.count + 1)
        for e in edgeU.indices {
            start[edgeU[e] + 1] += 1
            start[edgeV[e] + 1] += 1
        }
        for v in items.indices { start[v + 1] += start[v] }
        var fill = start
        var node = [Int](repeating: 0, count: 2 * edgeU.count), edge = node
        for e in edgeU.indices {
            node[fill[edgeU[e]]] = edgeV[e]; edge[fill[edgeU[e]]] = e; fill[edgeU[e]] += 1
            node[fill[edgeV[e]]] = edgeU[e]; edge[fill[edgeV[e]]] = e; fill[edgeV[e]] += 1
        }
        adjacencyStart = start
        adjacentNode = node
        adjacentEdge = edge
    }

    /// Whether edge `e` is frustrated when the nodes sit on `sides`.
    @inline(__always)
    func isFrustrated(_ e: Int, _ sides: [Bool]) -> Bool {
        (sides[edgeU[e]] != sides[edgeV[e]]) == (edgeSign[e] > 0)
    }

    /// The total weight of the frustrated edges.
    ///
    /// - Complexity: O(*e*).
    func cost(_ sides: [Bool]) -> Int {
        var total = 0
        for e in edgeU.indices where isFrustrated(e, sides) { total += edgeWeight[e] }
        return total
    }

    /// The sides a breadth-first search from `root` gives when it satisfies every edge it
    /// crosses first: a perfect split when the block is balanced, and a start for the heuristic
    /// otherwise.
    ///
    /// - Complexity: O(*n* + *e*).
    func spanningTreeSides(root: Int = 0) -> [Bool] {
        var sides = [Bool](repeating: false, count: nodeCount)
        var seen = [Bool](repeating: false, count: nodeCount)
        var queue = [root]
        seen[root] = true
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for position in adjacencyStart[v]..<adjacencyStart[v + 1] where !seen[adjacentNode[position]] {
                let w = adjacentNode[position]
                seen[w] = true
                sides[w] = edgeSign[adjacentEdge[position]] > 0 ? sides[v] : !sides[v]
                queue.append(w)
            }
        }
        return sides
    }

    /// The node with the most neighbours (the first such), whose side the solver fixes.
    var hub: Int {
        var best = 0
        for v in 1..<max(nodeCount, 1) where adjacencyStart[v + 1] - adjacencyStart[v] > adjacencyStart[best + 1] - adjacencyStart[best] {
            best = v
        }
        return best
    }
}
