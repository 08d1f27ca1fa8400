extension CircuitSearch {
    /// Johnson's circuit search from `start` over the marked items.
    func searchJohnson(from start: Int) {
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
    func unblock(_ item: Int) {
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
    func addToB(of w: Int, _ v: Int) {
        let base = inStart[w], count = bCount[w]
        for index in 0..<count where bList[base + index] == v { return }
        bList[base + count] = v
        bCount[w] = count + 1
    }
}
