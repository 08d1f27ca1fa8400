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
    ///   of length about *k* and total length *L*.
    func canonical(arcSource: [Int32], rotate: Bool) -> LoopStore {
        guard rotate else { return self }
        var store = self
        for length in store.buckets.indices where length > 1 && !store.buckets[length].isReinforcing.isEmpty {
            var arcs = store.buckets[length].arcs
            let count = arcs.count / length
            for loop in 0..<count {
                let start = loop * length, end = start + length
                var smallest = start
                for position in start..<end where arcSource[Int(arcs[position])] < arcSource[Int(arcs[smallest])] {
                    smallest = position
                }
                if smallest != start {
                    let rotated = Array(arcs[smallest..<end] + arcs[start..<smallest])
                    arcs.replaceSubrange(start..<end, with: rotated)
                }
            }
            let items = arcs.map { arcSource[Int($0)] }
            let order = (0..<count).sorted { a, b in
                for offset in 0..<length where items[a * length + offset] != items[b * length + offset] {
                    return items[a * length + offset] < items[b * length + offset]
                }
                return false
            }
            let reinforcing = store.buckets[length].isReinforcing
            store.buckets[length].arcs = order.flatMap { arcs[($0 * length)..<(($0 + 1) * length)] }
            store.buckets[length].isReinforcing = order.map { reinforcing[$0] }
        }
        return store
    }
}
