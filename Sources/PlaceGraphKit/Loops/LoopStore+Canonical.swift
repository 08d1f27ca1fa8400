extension LoopStore {
    /// The same loops in canonical order: each written from its smallest item, then sorted by
    /// length and by its items read as a sequence.
    ///
    /// Item indices follow id order, so sorting by index sorts by id. Johnson's search starts
    /// at each item in turn and follows arcs in id order, so among loops of one length it
    /// already emits them in lexicographic order, from their smallest item: a stable counting
    /// sort by length is all that is left to do. Loops found through one item (`rotate`) are
    /// rotated and sorted in full, and stored as chains, without shared prefixes.
    ///
    /// - Parameters:
    ///   - arcSource: the source item of every arc of the graph.
    ///   - rotate: true when loops may not start at their smallest item.
    /// - Complexity: O(*c*) for *c* loops; O(*L* + *c* log *c* · *k*) with `rotate`, for
    ///   loops of length about *k* and total length *L*.
    func canonical(arcSource: [Int32], rotate: Bool) -> LoopStore {
        var longest = 0
        for record in records { longest = max(longest, Int(record.length)) }
        var first = [Int](repeating: 0, count: longest + 2)
        for record in records { first[Int(record.length) + 1] += 1 }
        for length in 0...longest { first[length + 1] += first[length] }
        var order = [Int](repeating: 0, count: count)
        var fill = first
        for (position, record) in records.enumerated() {
            order[fill[Int(record.length)]] = position
            fill[Int(record.length)] += 1
        }
        guard rotate else {
            var sorted = self
            sorted.records = order.map { records[$0] }
            return sorted
        }
        var sorted = LoopStore()
        for length in stride(from: 1, through: longest, by: 1) where first[length + 1] > first[length] {
            let loops = order[first[length]..<first[length + 1]]
            var arcs: [Int32] = []
            arcs.reserveCapacity(loops.count * length)
            for loop in loops {
                let loopArcs = self.arcs(of: loop)
                let smallest = loopArcs.indices.min { arcSource[Int(loopArcs[$0])] < arcSource[Int(loopArcs[$1])] }!
                arcs.append(contentsOf: loopArcs[smallest...])
                arcs.append(contentsOf: loopArcs[..<smallest])
            }
            let items = arcs.map { arcSource[Int($0)] }
            let ranked = loops.indices.sorted { a, b in
                let x = (a - loops.startIndex) * length, y = (b - loops.startIndex) * length
                for offset in 0..<length where items[x + offset] != items[y + offset] {
                    return items[x + offset] < items[y + offset]
                }
                // The same items by other arcs (a service-level pair of each sign): by arc order.
                for offset in 0..<length where arcs[x + offset] != arcs[y + offset] {
                    return arcs[x + offset] < arcs[y + offset]
                }
                return false
            }
            for index in ranked {
                let start = (index - loops.startIndex) * length
                sorted.append(arcs: arcs[start..<(start + length)], reinforcing: records[loops[index]].isReinforcing)
            }
        }
        return sorted
    }
}
