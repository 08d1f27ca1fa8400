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
    /// The bound that stopped the search, if one did.
    private(set) var stoppedBy: LoopSearchBound?
    /// For ``Goal/findLongerThan(_:)``: whether such a circuit was found.
    private(set) var foundLonger = false

    private let maxLoops: Int
    private let deadline: ContinuousClock.Instant?
    private let stepBudget: Int
    private let goal: Goal
    private var steps = 0

    private let n: Int
    private let outStart: UnsafeMutableBufferPointer<Int>
    private let outTarget: UnsafeMutableBufferPointer<Int>
    private let outNegative: UnsafeMutableBufferPointer<Int>
    private let outArc: UnsafeMutableBufferPointer<Int32>
    /// The arcs among the current start's marked items only, so the inner loop never skips:
    /// `subTarget[subBegin[v] ..< subEnd[v]]`, with their graph arcs and signs.
    private let subBegin: UnsafeMutableBufferPointer<Int>
    private let subEnd: UnsafeMutableBufferPointer<Int>
    private let subTarget: UnsafeMutableBufferPointer<Int>
    private let subArc: UnsafeMutableBufferPointer<Int32>
    private let subNegative: UnsafeMutableBufferPointer<Int>
    /// The arc from each marked item back to the start (−1 when none) and its sign: kept out
    /// of the lists above, so a circuit closes the moment its last item is entered.
    private let closeArc: UnsafeMutableBufferPointer<Int32>
    private let closeNegative: UnsafeMutableBufferPointer<Int>
    /// The graph arc leaving `path[d]` on the path.
    private let pathArcs: UnsafeMutableBufferPointer<Int32>
    /// The ``LoopStore`` prefix node of `path[0...d]`, made only when a circuit needs it:
    /// −1 for the start alone, −2 while not made.
    private let pathNode: UnsafeMutableBufferPointer<Int32>
    private let inStart: UnsafeMutableBufferPointer<Int>
    private let inSource: UnsafeMutableBufferPointer<Int>
    /// `mark[v] == stamp`: `v` takes part in the current search.
    private let mark: UnsafeMutableBufferPointer<Int>
    private let reached: UnsafeMutableBufferPointer<Int>
    private var stamp = 0
    private let distanceFrom: UnsafeMutableBufferPointer<Int>
    private let distanceTo: UnsafeMutableBufferPointer<Int>
    /// Johnson: 1 when blocked. Gupta–Suzumura: the lock, the path length below which the item
    /// may be entered.
    private let blocked: UnsafeMutableBufferPointer<Int>
    private let onPath: UnsafeMutableBufferPointer<Bool>
    /// Johnson's B lists, each within the capacity of its item's in-degree.
    private let bCount: UnsafeMutableBufferPointer<Int>
    private let bList: UnsafeMutableBufferPointer<Int>
    private let path: UnsafeMutableBufferPointer<Int>
    private let parity: UnsafeMutableBufferPointer<Int>
    private let cursor: UnsafeMutableBufferPointer<Int>
    /// Johnson: 1 when a circuit was closed below this depth. Gupta–Suzumura: the blocking length.
    private let flag: UnsafeMutableBufferPointer<Int>
    private let members: UnsafeMutableBufferPointer<Int>
    private var memberCount = 0
    private let work: UnsafeMutableBufferPointer<Int>
    /// Gupta–Suzumura's relaxation stack; each item is on it at most once.
    private let relaxStack: UnsafeMutableBufferPointer<Int>
    private let onRelaxStack: UnsafeMutableBufferPointer<Bool>

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
        closeArc = .allocate(capacity: max(n, 1))
        closeArc.initialize(repeating: -1)
        closeNegative = buffer(n)
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
                       subBegin, subEnd, subTarget, subNegative, relaxStack, closeNegative] {
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
            if stoppedBy != nil || foundLonger { return }
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

    private func search(from start: Int, laterOnly: Bool, bound: Int?) {
        guard prepare(start: start, laterOnly: laterOnly, bound: bound) else { return }
        if case let .findLongerThan(limit) = goal, memberCount <= limit { return }
        if let bound { searchBounded(from: start, bound: bound) } else { searchJohnson(from: start) }
    }

    // MARK: - One start

    /// Marks the items on some circuit through `start` (of length at most `bound`): those
    /// reachable from `start` and reaching it back, within `start`'s component and, when
    /// `laterOnly`, after it in id order. Records each one's distance back to `start`.
    ///
    /// - Returns: false when no circuit of length 2 or more can pass through `start`.
    private func prepare(start: Int, laterOnly: Bool, bound: Int?) -> Bool {
        stamp += 1
        let stamp = self.stamp
        let component = network.component[start]
        let limit = (bound ?? n) - 1
        func eligible(_ v: Int) -> Bool {
            (!laterOnly || v > start) && network.component[v] == component
        }
        // Forward from the start, then backward through what was reached.
        var head = 0, tail = 1
        work[0] = start
        reached[start] = stamp
        distanceFrom[start] = 0
        while head < tail {
            let v = work[head]; head += 1
            let d = distanceFrom[v] + 1
            guard d <= limit else { continue }
            for position in outStart[v]..<outStart[v + 1] {
                let w = outTarget[position]
                if reached[w] != stamp, eligible(w) {
                    reached[w] = stamp
                    distanceFrom[w] = d
                    work[tail] = w; tail += 1
                }
            }
        }
        memberCount = 0
        head = 0; tail = 1
        work[0] = start
        mark[start] = stamp
        distanceTo[start] = 0
        while head < tail {
            let v = work[head]; head += 1
            let d = distanceTo[v] + 1
            for position in inStart[v]..<inStart[v + 1] {
                let w = inSource[position]
                guard w != start, reached[w] == stamp, mark[w] != stamp,
                      distanceFrom[w] + d <= limit + 1 else { continue }
                mark[w] = stamp
                distanceTo[w] = d
                members[memberCount] = w; memberCount += 1
                work[tail] = w; tail += 1
            }
        }
        guard memberCount > 0 else { return false }
        members[memberCount] = start; memberCount += 1
        var fill = 0
        for index in 0..<memberCount {
            let v = members[index]
            bCount[v] = 0
            onPath[v] = false
            subBegin[v] = fill
            closeArc[v] = -1
            for position in outStart[v]..<outStart[v + 1] where mark[outTarget[position]] == stamp {
                if outTarget[position] == start {
                    closeArc[v] = outArc[position]
                    closeNegative[v] = outNegative[position]
                    continue
                }
                subTarget[fill] = outTarget[position]
                subArc[fill] = outArc[position]
                subNegative[fill] = outNegative[position]
                fill += 1
            }
            subEnd[v] = fill
        }
        return true
    }

    /// Johnson's circuit search from `start` over the marked items.
    private func searchJohnson(from start: Int) {
        // Hot state lives in locals: stored `var`s of a class pay an exclusivity check per access.
        var steps = self.steps
        var store = self.store
        self.store = LoopStore()
        defer {
            self.steps = steps
            self.store = store
        }
        for index in 0..<memberCount { blocked[members[index]] = 0 }
        let subTarget = self.subTarget, subBegin = self.subBegin, subEnd = self.subEnd
        let blocked = self.blocked, path = self.path, cursor = self.cursor, flag = self.flag, parity = self.parity
        var depth = 0
        pathNode[0] = -1
        path[0] = start; parity[0] = 0; cursor[0] = subBegin[start]; flag[0] = 0
        blocked[start] = 1
        while true {
            let v = path[depth]
            var position = cursor[depth]
            let end = subEnd[v]
            var pushed = false
            while position < end {
                let w = subTarget[position]
                if blocked[w] == 0 {
                    cursor[depth] = position &+ 1
                    pathArcs[depth] = subArc[position]
                    parity[depth &+ 1] = parity[depth] ^ subNegative[position]
                    depth &+= 1
                    pathNode[depth] = -2
                    path[depth] = w
                    cursor[depth] = subBegin[w]
                    flag[depth] = 0
                    blocked[w] = 1
                    pushed = true
                    if closeArc[w] >= 0 {
                        guard emit(into: &store, depth: depth, closing: w) else { return }
                        flag[depth] = 1
                    }
                    break
                }
                position &+= 1
            }
            if pushed {
                steps &+= 1
                if steps & 0xFFF == 0, !withinLimits(steps) { return }
                continue
            }
            if flag[depth] != 0 {
                unblock(v)
                if depth > 0 { flag[depth &- 1] = 1 }
            } else {
                for position in subBegin[v]..<end {
                    addToB(of: subTarget[position], v)
                }
            }
            if depth == 0 { return }
            depth &-= 1
        }
    }

    /// Unblocks `item` and, through the B lists, everything waiting on it.
    private func unblock(_ item: Int) {
        var top = 1
        work[0] = item
        while top > 0 {
            top -= 1
            let u = work[top]
            guard blocked[u] != 0 else { continue }
            blocked[u] = 0
            let base = inStart[u]
            for index in 0..<bCount[u] {
                work[top] = bList[base + index]; top += 1
            }
            bCount[u] = 0
        }
    }

    @inline(__always)
    private func addToB(of w: Int, _ v: Int) {
        let base = inStart[w], count = bCount[w]
        for index in 0..<count where bList[base + index] == v { return }
        bList[base + count] = v
        bCount[w] = count + 1
    }

    /// Gupta and Suzumura's bounded search from `start` over the marked items.
    private func searchBounded(from start: Int, bound: Int) {
        var steps = self.steps
        var store = self.store
        self.store = LoopStore()
        defer {
            self.steps = steps
            self.store = store
        }
        for index in 0..<memberCount { blocked[members[index]] = bound }
        let subTarget = self.subTarget, subBegin = self.subBegin, subEnd = self.subEnd, distanceTo = self.distanceTo
        let blocked = self.blocked, path = self.path, cursor = self.cursor, flag = self.flag, parity = self.parity
        blocked[start] = 0
        onPath[start] = true
        var depth = 0
        pathNode[0] = -1
        path[0] = start; parity[0] = 0; cursor[0] = subBegin[start]; flag[0] = bound
        while true {
            let v = path[depth]
            var position = cursor[depth]
            let end = subEnd[v]
            var pushed = false
            while position < end {
                let w = subTarget[position]
                if depth &+ 1 < blocked[w], depth &+ 1 &+ distanceTo[w] <= bound {
                    cursor[depth] = position &+ 1
                    pathArcs[depth] = subArc[position]
                    parity[depth &+ 1] = parity[depth] ^ subNegative[position]
                    depth &+= 1
                    pathNode[depth] = -2
                    path[depth] = w
                    cursor[depth] = subBegin[w]
                    flag[depth] = bound
                    blocked[w] = depth &+ 1
                    onPath[w] = true
                    pushed = true
                    if closeArc[w] >= 0 {
                        guard emit(into: &store, depth: depth, closing: w) else { return }
                        flag[depth] = 1
                    }
                    break
                }
                position &+= 1
            }
            if pushed {
                steps &+= 1
                if steps & 0xFFF == 0, !withinLimits(steps) { return }
                continue
            }
            onPath[v] = false
            let length = flag[depth]
            // The parent inherits the child's length, not one more: a closing anywhere below
            // unlocks the whole path above it, as in networkx's implementation of the method.
            // Adding one per level, as a distance would, locks too tightly and misses circuits
            // that a locked sibling could still close.
            if depth > 0 { flag[depth &- 1] = min(flag[depth &- 1], length) }
            if length < bound {
                relax(v, length: length, bound: bound)
            } else {
                for position in subBegin[v]..<end {
                    addToB(of: subTarget[position], v)
                }
            }
            if depth == 0 { return }
            depth &-= 1
        }
    }

    /// Raises the locks of `item` and of what waits on it, now that `item` is known to reach
    /// the start in `length` arcs.
    private func relax(_ item: Int, length: Int, bound: Int) {
        guard blocked[item] < bound - length + 1 else { return }
        blocked[item] = bound - length + 1
        var top = 1
        relaxStack[0] = item
        onRelaxStack[item] = true
        while top > 0 {
            top -= 1
            let u = relaxStack[top]
            onRelaxStack[u] = false
            // u reaches the start in bound + 1 − lock arcs, so what waits on it in one more.
            let lock = blocked[u] - 1
            let base = inStart[u]
            for index in 0..<bCount[u] {
                let w = bList[base + index]
                guard !onPath[w], blocked[w] < lock else { continue }
                blocked[w] = lock
                if !onRelaxStack[w] {
                    onRelaxStack[w] = true
                    relaxStack[top] = w
                    top += 1
                }
            }
        }
    }

    // MARK: - Output and limits

    /// Stores the circuit `path[0...depth]` closed by the arc from `closing` (= `path[depth]`)
    /// back to the start.
    ///
    /// - Returns: false when the search must stop.
    private func emit(into store: inout LoopStore, depth: Int, closing: Int) -> Bool {
        if case let .findLongerThan(limit) = goal {
            if depth + 1 > limit { foundLonger = true; return false }
            return true
        }
        guard store.count < maxLoops else { stoppedBy = .maxLoops; return false }
        if pathNode[depth] == -2 {
            var made = depth
            while pathNode[made - 1] == -2 { made -= 1 }
            for level in made...depth {
                pathNode[level] = store.addPrefix(parent: pathNode[level - 1], arc: pathArcs[level - 1])
            }
        }
        store.append(prefix: pathNode[depth], closing: closeArc[closing], length: depth + 1,
                     reinforcing: parity[depth] ^ closeNegative[closing] == 0)
        return true
    }

    /// Stores the self-interaction at `index` of ``LoopNetwork/selfArcs``.
    private func emitSelfLoop(_ index: Int) -> Bool {
        guard store.count < maxLoops else { stoppedBy = .maxLoops; return false }
        store.append(prefix: -1, closing: network.selfArcs[index], length: 1, reinforcing: network.selfReinforcing[index])
        return true
    }

    /// Checks the step budget and the clock; called every 4,096 steps.
    private func withinLimits(_ steps: Int) -> Bool {
        if steps >= stepBudget { stoppedBy = .timeLimit; return false }
        if let deadline, ContinuousClock.now >= deadline { stoppedBy = .timeLimit; return false }
        return true
    }
}
