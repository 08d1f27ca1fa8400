extension LoopStore {
    /// The same loops in canonical order: each written from its smallest item, then sorted by
    /// length and by its items read as a sequence.
    ///
    /// Item indices follow id order, so sorting by index sorts by id. Johnson's search starts
    /// at each item in turn and follows arcs in id order, so within each length bucket it
    /// already emits loops in lexicographic order, from their smallest item: nothing is left to
    /// do. Loops found through one item (`rotate`) are rotated and each bucket sorted.
    ///
    /// - Parameters:
    ///   - arcSource: the source item of every arc of the graph.
    ///   - rotate: true when loops may not start at their smallest item.
    /// - Complexity: O(1) without `rotate`; O(*L* + *c* log *c* · *k*) with it, for *c* loops
    ///   of length about *k* and total length *L*. Rotated loops are stored as chains, without
    ///   shared prefixes.
    func canonical(arcSource: [Int32], rotate: Bool) -> LoopStore {
        guard rotate else { return self }
        var sorted = LoopStore()
        for length in buckets.indices where !buckets[length].isReinforcing.isEmpty {
            let count = buckets[length].isReinforcing.count
            var arcs: [Int32] = []
            arcs.reserveCapacity(count * length)
            for loop in 0..<count {
                var loopArcs = self.arcs(length: length, index: loop)
                let smallest = loopArcs.indices.min { arcSource[Int(loopArcs[$0])] < arcSource[Int(loopArcs[$1])] }!
                loopArcs = Array(loopArcs[smallest...] + loopArcs[..<smallest])
                arcs.append(contentsOf: loopArcs)
            }
            let items = arcs.map { arcSource[Int($0)] }
            let order = (0..<count).sorted { a, b in
                for offset in 0..<length where items[a * length + offset] != items[b * length + offset] {
                    return items[a * length + offset] < items[b * length + offset]
                }
                return false
            }
            for loop in order {
                sorted.append(arcs: arcs[(loop * length)..<((loop + 1) * length)],
                              reinforcing: buckets[length].isReinforcing[loop])
            }
        }
        return sorted
    }
}
