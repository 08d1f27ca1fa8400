extension CircuitSearch {
    /// Gupta and Suzumura's bounded search from `start` over the marked items.
    func searchBounded(from start: Int, bound: Int) {
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
                    if closeEnd[w] > closeBegin[w] {
                        guard emitAll(into: &store, depth: depth, closing: w) else { return }
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
    func relax(_ item: Int, length: Int, bound: Int) {
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
}
