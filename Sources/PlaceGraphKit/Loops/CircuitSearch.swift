/// Enumerates the elementary circuits of a ``LoopNetwork``.
///
/// Without a length bound this is Johnson's algorithm (D. B. Johnson, "Finding all the
/// elementary circuits of a directed graph", SIAM J. Comput. 4(1):77–84, 1975): for each start
/// item *s* in id order, search the strongly connected part of the items after *s* that holds
/// *s*, blocking items that cannot lead back to *s* until a circuit through them is found. With a
/// bound it is the variant of A. Gupta and T. Suzumura ("Finding all bounded-length simple
/// cycles in a directed graph", 2021), where a block is a length: an item may be entered only
/// while the path is short enough to get back to *s* in time.
///
/// Both run iteratively on preallocated buffers, with no allocation per step. Because each
/// search starts at the smallest item of its circuits and follows arcs in id order, circuits
/// come out already written from their smallest id and in lexicographic order per start.
final class CircuitSearch {
    /// What the search is for.
    enum Goal: Equatable {
        /// Store every circuit found.
        case collect
        /// Stop at the first circuit longer than the bound; store nothing.
        case findLongerThan(Int)
    }

    let network: LoopNetwork
    var store = LoopStore()
    /// When set, each circuit goes to this closure instead of the store; see
    /// ``CircuitSearch/visit(depth:reinforcing:)``.
    var visitor: Visitor?
    /// The circuits handed to ``visitor`` so far.
    var visited = 0
    /// True when ``visitor`` asked the search to stop.
    var cancelled = false
    /// The bound that stopped the search, if one did.
    var stoppedBy: LoopSearchBound?
    /// For ``Goal/findLongerThan(_:)``: whether such a circuit was found.
    private(set) var foundLonger = false

    let maxLoops: Int
    let deadline: ContinuousClock.Instant?
    let stepBudget: Int
    let goal: Goal
    var steps = 0

    let n: Int
    let outStart: UnsafeMutableBufferPointer<Int>
    let outTarget: UnsafeMutableBufferPointer<Int>
    let outNegative: UnsafeMutableBufferPointer<Int>
    let outArc: UnsafeMutableBufferPointer<Int32>
    /// The arcs among the current start's marked items only, so the inner loop never skips:
    /// `subTarget[subBegin[v] ..< subEnd[v]]`, with their graph arcs and signs.
    let subBegin: UnsafeMutableBufferPointer<Int>
    let subEnd: UnsafeMutableBufferPointer<Int>
    let subTarget: UnsafeMutableBufferPointer<Int>
    let subArc: UnsafeMutableBufferPointer<Int32>
    let subNegative: UnsafeMutableBufferPointer<Int>
    /// The arcs from each marked item back to the start and their signs,
    /// `closeArc[closeBegin[v] ..< closeEnd[v]]`: kept out of the lists above, so a circuit
    /// closes the moment its last item is entered. A service-level graph may have two, one of
    /// each sign, and each closes its own circuit.
    let closeBegin: UnsafeMutableBufferPointer<Int>
    let closeEnd: UnsafeMutableBufferPointer<Int>
    let closeArc: UnsafeMutableBufferPointer<Int32>
    let closeNegative: UnsafeMutableBufferPointer<Int>
    /// The graph arc leaving `path[d]` on the path.
    let pathArcs: UnsafeMutableBufferPointer<Int32>
    /// The ``LoopStore`` prefix node of `path[0...d]`, made only when a circuit needs it:
    /// −1 for the start alone, −2 while not made.
    let pathNode: UnsafeMutableBufferPointer<Int32>
    let inStart: UnsafeMutableBufferPointer<Int>
    let inSource: UnsafeMutableBufferPointer<Int>
    /// `mark[v] == stamp`: `v` takes part in the current search.
    let mark: UnsafeMutableBufferPointer<Int>
    let reached: UnsafeMutableBufferPointer<Int>
    var stamp = 0
    let distanceFrom: UnsafeMutableBufferPointer<Int>
    let distanceTo: UnsafeMutableBufferPointer<Int>
    /// Johnson: 1 when blocked. Gupta–Suzumura: the lock, the path length below which the item
    /// may be entered.
    let blocked: UnsafeMutableBufferPointer<Int>
    let onPath: UnsafeMutableBufferPointer<Bool>
    /// Johnson's B lists, each within the capacity of its item's in-degree.
    let bCount: UnsafeMutableBufferPointer<Int>
    let bList: UnsafeMutableBufferPointer<Int>
    let path: UnsafeMutableBufferPointer<Int>
    let parity: UnsafeMutableBufferPointer<Int>
    let cursor: UnsafeMutableBufferPointer<Int>
    /// Johnson: 1 when a circuit was closed below this depth. Gupta–Suzumura: the blocking length.
    let flag: UnsafeMutableBufferPointer<Int>
    let members: UnsafeMutableBufferPointer<Int>
    var memberCount = 0
    let work: UnsafeMutableBufferPointer<Int>
    /// Gupta–Suzumura's relaxation stack; each item is on it at most once.
    let relaxStack: UnsafeMutableBufferPointer<Int>
    let onRelaxStack: UnsafeMutableBufferPointer<Bool>

    /// - Parameters:
    ///   - maxLoops: stop after storing this many circuits.
    ///   - deadline: stop when the monotonic clock passes this instant.
    ///   - stepBudget: stop after this many steps (for ``Goal/findLongerThan(_:)``).
    init(network: LoopNetwork, goal: Goal = .collect, maxLoops: Int = .max, deadline: ContinuousClock.Instant? = nil,
         stepBudget: Int = .max) {
        self.network = network
        self.goal = goal
        self.maxLoops = maxLoops
        self.deadline = deadline
        self.stepBudget = stepBudget
        n = network.count
        let m = network.outTarget.count
        func buffer(_ count: Int, _ value: Int = 0) -> UnsafeMutableBufferPointer<Int> {
            let buffer = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(count, 1))
            buffer.initialize(repeating: value)
            return buffer
        }
        func copy(_ array: [Int]) -> UnsafeMutableBufferPointer<Int> {
            let buffer = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return buffer
        }
        outStart = copy(network.outStart)
        outTarget = copy(network.outTarget)
        outNegative = copy(network.outNegative)
        outArc = .allocate(capacity: max(m, 1))
        _ = outArc.initialize(from: network.outArc)
        pathArcs = .allocate(capacity: n + 1)
        pathArcs.initialize(repeating: 0)
        pathNode = .allocate(capacity: n + 1)
        pathNode.initialize(repeating: -1)
        subBegin = buffer(n)
        subEnd = buffer(n)
        subTarget = buffer(m)
        subNegative = buffer(m)
        relaxStack = buffer(n)
        onRelaxStack = .allocate(capacity: max(n, 1))
        onRelaxStack.initialize(repeating: false)
        closeBegin = buffer(n)
        closeEnd = buffer(n)
        closeArc = .allocate(capacity: max(m, 1))
        closeArc.initialize(repeating: -1)
        closeNegative = buffer(m)
        subArc = .allocate(capacity: max(m, 1))
        subArc.initialize(repeating: 0)
        inStart = copy(network.inStart)
        inSource = copy(network.inSource)
        mark = buffer(n)
        reached = buffer(n)
        distanceFrom = buffer(n)
        distanceTo = buffer(n)
        blocked = buffer(n)
        onPath = .allocate(capacity: max(n, 1))
        onPath.initialize(repeating: false)
        bCount = buffer(n)
        bList = buffer(m)
        path = buffer(n + 1)
        parity = buffer(n + 1)
        cursor = buffer(n + 1)
        flag = buffer(n + 1)
        members = buffer(n)
        work = buffer(m + n + 1)
    }

    deinit {
        for buffer in [outStart, outTarget, outNegative, inStart, inSource, mark, reached, distanceFrom,
                       distanceTo, blocked, bCount, bList, path, parity, cursor, flag, members, work,
                       subBegin, subEnd, subTarget, subNegative, relaxStack, closeNegative, closeBegin, closeEnd] {
            buffer.deallocate()
        }
        onPath.deallocate()
        onRelaxStack.deallocate()
        outArc.deallocate()
        pathArcs.deallocate()
        pathNode.deallocate()
        closeArc.deallocate()
        subArc.deallocate()
    }

    /// Searches every start item in id order, after the self-interactions.
    ///
    /// - Parameter bound: the longest circuit wanted, or `nil`.
    /// - Complexity: O((*n* + *m*)(*c* + 1)) for *c* circuits without a bound (Johnson), plus
    ///   O(*n*·(*n* + *m*)) to find each start's component.
    func searchAll(bound: Int?) {
        if goal == .collect {
            for index in network.selfArcs.indices where !emitSelfLoop(index) { return }
        }
        for start in 0..<n where network.componentSize[network.component[start]] > 1 {
            if let deadline, ContinuousClock.now >= deadline { stoppedBy = .timeLimit; return }
            search(from: start, laterOnly: true, bound: bound)
            if stoppedBy != nil || foundLonger || cancelled { return }
        }
    }

    /// Searches the circuits through one item only, in the whole graph.
    func searchThrough(_ start: Int, bound: Int?) {
        if goal == .collect {
            for index in network.selfArcs.indices where Int(network.arcSource[Int(network.selfArcs[index])]) == start {
                guard emitSelfLoop(index) else { return }
            }
        }
        guard network.componentSize[network.component[start]] > 1 else { return }
        search(from: start, laterOnly: false, bound: bound)
    }

    /// For ``Goal/findLongerThan(_:)``: whether some circuit is longer than the bound: `true`,
    /// `false`, or `nil` when the step budget or the deadline ran out first.
    func hasCircuitLonger(through start: Int?) -> Bool? {
        guard case .findLongerThan = goal else { return nil }
        if let start { searchThrough(start, bound: nil) } else { searchAll(bound: nil) }
        if foundLonger { return true }
        return stoppedBy == nil ? false : nil
    }

    func search(from start: Int, laterOnly: Bool, bound: Int?) {
        guard prepare(start: start, laterOnly: laterOnly, bound: bound) else { return }
        if case let .findLongerThan(limit) = goal, memberCount <= limit { return }
        if let bound { searchBounded(from: start, bound: bound) } else { searchJohnson(from: start) }
    }

    // MARK: - Output and limits

    /// Stores the circuits `path[0...depth]` closed by each arc from `closing` (= `path[depth]`)
    /// back to the start.
    ///
    /// - Returns: false when the search must stop.
    func emitAll(into store: inout LoopStore, depth: Int, closing: Int) -> Bool {
        for position in closeBegin[closing]..<closeEnd[closing] {
            guard emit(into: &store, depth: depth, close: position) else { return false }
        }
        return true
    }

    /// Stores the circuit `path[0...depth]` closed by the arc at `close` in ``closeArc``.
    ///
    /// - Returns: false when the search must stop.
    func emit(into store: inout LoopStore, depth: Int, close: Int) -> Bool {
        if case let .findLongerThan(limit) = goal {
            if depth + 1 > limit { foundLonger = true; return false }
            return true
        }
        if visitor != nil {
            pathArcs[depth] = closeArc[close]
            return visit(depth: depth, reinforcing: parity[depth] ^ closeNegative[close] == 0)
        }
        guard store.count < maxLoops else { stoppedBy = .maxLoops; return false }
        if pathNode[depth] == -2 {
            var made = depth
            while pathNode[made - 1] == -2 { made -= 1 }
            for level in made...depth {
                pathNode[level] = store.addPrefix(parent: pathNode[level - 1], arc: pathArcs[level - 1])
            }
        }
        store.append(prefix: pathNode[depth], closing: closeArc[close], length: depth + 1,
                     reinforcing: parity[depth] ^ closeNegative[close] == 0)
        return true
    }

    /// Stores the self-interaction at `index` of ``LoopNetwork/selfArcs``.
    func emitSelfLoop(_ index: Int) -> Bool {
        if visitor != nil {
            pathArcs[0] = network.selfArcs[index]
            return visit(depth: 0, reinforcing: network.selfReinforcing[index])
        }
        guard store.count < maxLoops else { stoppedBy = .maxLoops; return false }
        store.append(prefix: -1, closing: network.selfArcs[index], length: 1, reinforcing: network.selfReinforcing[index])
        return true
    }

    /// Checks the step budget and the clock; called every 4,096 steps.
    func withinLimits(_ steps: Int) -> Bool {
        if steps >= stepBudget { stoppedBy = .timeLimit; return false }
        if let deadline, ContinuousClock.now >= deadline { stoppedBy = .timeLimit; return false }
        return true
    }
}
