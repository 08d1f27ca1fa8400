extension CircuitSearch {
    /// Marks the items on some circuit through `start` (of length at most `bound`): those
    /// reachable from `start` and reaching it back, within `start`'s component and, when
    /// `laterOnly`, after it in id order. Records each one's distance back to `start`.
    ///
    /// - Returns: false when no circuit of length 2 or more can pass through `start`.
    func prepare(start: Int, laterOnly: Bool, bound: Int?) -> Bool {
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
        var fill = 0, closeFill = 0
        for index in 0..<memberCount {
            let v = members[index]
            bCount[v] = 0
            onPath[v] = false
            subBegin[v] = fill
            closeBegin[v] = closeFill
            for position in outStart[v]..<outStart[v + 1] where mark[outTarget[position]] == stamp {
                if outTarget[position] == start {
                    closeArc[closeFill] = outArc[position]
                    closeNegative[closeFill] = outNegative[position]
                    closeFill += 1
                    continue
                }
                subTarget[fill] = outTarget[position]
                subArc[fill] = outArc[position]
                subNegative[fill] = outNegative[position]
                fill += 1
            }
            subEnd[v] = fill
            closeEnd[v] = closeFill
        }
        return true
    }
}
