/// The arcs that can close a feedback loop, as flat arrays (compressed sparse rows) indexed by
/// item, so the search walks integers and allocates nothing per step.
///
/// Arcs with a 0 (`consistent`) effect are left out: they carry no sign, so a chain through one
/// is neither reinforcing nor balancing. Self-interactions are kept apart as loops of length 1.
struct LoopNetwork: Sendable {
    /// The number of items.
    let count: Int
    /// `outTarget[outStart[v] ..< outStart[v + 1]]` are the items `v` affects, in id order.
    let outStart: [Int]
    let outTarget: [Int]
    /// The index in ``PlaceGraph/arcs`` of each entry of `outTarget`.
    let outArc: [Int32]
    /// 1 where the arc undermines, 0 where it reinforces.
    let outNegative: [Int]
    /// `inSource[inStart[v] ..< inStart[v + 1]]` are the items that affect `v`.
    let inStart: [Int]
    let inSource: [Int]
    /// Self-interactions with a sign, by item, and whether each reinforces.
    let selfArcs: [Int32]
    let selfReinforcing: [Bool]
    /// The source item of every arc of the graph, for reading loops back.
    let arcSource: [Int32]
    /// The strongly connected component of each item.
    let component: [Int]
    /// The size of each component.
    let componentSize: [Int]

    /// - Complexity: O(*n* + *m*) for *n* items and *m* arcs.
    init(graph: PlaceGraph) {
        let n = graph.count
        count = n
        var outStart = [Int](repeating: 0, count: n + 1)
        var inDegree = [Int](repeating: 0, count: n + 1)
        var outTarget: [Int] = [], outArc: [Int32] = [], outNegative: [Int] = []
        var selfArcs: [Int32] = [], selfReinforcing: [Bool] = []
        // Arcs are sorted by source, then target, so each row comes out in id order.
        for (index, arc) in graph.arcs.enumerated() where arc.effect.sign != 0 {
            if arc.from == arc.to {
                selfArcs.append(Int32(index))
                selfReinforcing.append(arc.effect.sign > 0)
                continue
            }
            outStart[arc.from + 1] += 1
            inDegree[arc.to + 1] += 1
            outTarget.append(arc.to)
            outArc.append(Int32(index))
            outNegative.append(arc.effect.sign < 0 ? 1 : 0)
        }
        for v in 0..<n {
            outStart[v + 1] += outStart[v]
            inDegree[v + 1] += inDegree[v]
        }
        var inSource = [Int](repeating: 0, count: outTarget.count)
        var fill = inDegree
        for v in 0..<n {
            for position in outStart[v]..<outStart[v + 1] {
                let w = outTarget[position]
                inSource[fill[w]] = v
                fill[w] += 1
            }
        }
        self.outStart = outStart
        self.outTarget = outTarget
        self.outArc = outArc
        self.outNegative = outNegative
        self.inStart = inDegree
        self.inSource = inSource
        self.selfArcs = selfArcs
        self.selfReinforcing = selfReinforcing
        self.arcSource = graph.arcs.map { Int32($0.from) }
        (component, componentSize) = LoopNetwork.components(count: n, outStart: outStart, outTarget: outTarget)
    }

    /// Tarjan's strongly connected components, iteratively so that deep graphs cannot overflow
    /// the stack (R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput.
    /// 1(2), 1972).
    ///
    /// - Complexity: O(*n* + *m*).
    static func components(count n: Int, outStart: [Int], outTarget: [Int]) -> (component: [Int], size: [Int]) {
        var index = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var component = [Int](repeating: -1, count: n), sizes: [Int] = []
        var stack: [Int] = [], onStack = [Bool](repeating: false, count: n)
        var frames: [(node: Int, next: Int)] = []
        var counter = 0
        for root in 0..<n where index[root] < 0 {
            frames.append((root, outStart[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let v = frame.node
                if frame.next < outStart[v + 1] {
                    frames[frames.count - 1].next += 1
                    let w = outTarget[frame.next]
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        frames.append((w, outStart[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.node] = min(low[parent.node], low[v]) }
                guard low[v] == index[v] else { continue }
                var size = 0
                while let w = stack.popLast() {
                    onStack[w] = false
                    component[w] = sizes.count
                    size += 1
                    if w == v { break }
                }
                sizes.append(size)
            }
        }
        return (component, sizes)
    }
}
