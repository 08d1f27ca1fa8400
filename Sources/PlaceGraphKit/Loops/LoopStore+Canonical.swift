extension LoopStore {
    /// The same loops in canonical order: each written from its smallest item, then sorted by
    /// length and by its items read as a sequence.
    ///
    /// Item indices follow id order, so sorting by index sorts by id.
    ///
    /// - Parameters:
    ///   - arcSource: the source item of every arc of the graph.
    ///   - rotate: false when every loop already starts at its smallest item.
    /// - Complexity: O(*L* + *c* log *c*) for *c* loops of total length *L*; O(*L*) when the
    ///   loops of each length already come in order, as Johnson's search gives them.
    func canonical(arcSource: [Int32], rotate: Bool) -> LoopStore {
        var arcs = self.arcs
        if rotate {
            for loop in 0..<count {
                let start = start(of: loop), end = Int(ends[loop])
                var smallest = start
                for position in start..<end where arcSource[Int(arcs[position])] < arcSource[Int(arcs[smallest])] {
                    smallest = position
                }
                arcs[start..<end].rotate(toStartAt: smallest)
            }
        }
        let items = arcs.map { arcSource[Int($0)] }
        // Bucket by length (stable), then sort each bucket's already nearly sorted runs.
        var byLength: [Int: [Int32]] = [:]
        for loop in 0..<count { byLength[length(of: loop), default: []].append(Int32(loop)) }
        var order: [Int32] = []
        order.reserveCapacity(count)
        items.withUnsafeBufferPointer { items in
            ends.withUnsafeBufferPointer { ends in
                for length in byLength.keys.sorted() {
                    var bucket = byLength[length]!
                    bucket.sort { a, b in
                        let first = a == 0 ? 0 : Int(ends[Int(a) - 1]), second = b == 0 ? 0 : Int(ends[Int(b) - 1])
                        for offset in 0..<length where items[first + offset] != items[second + offset] {
                            return items[first + offset] < items[second + offset]
                        }
                        return false
                    }
                    order.append(contentsOf: bucket)
                }
            }
        }
        var sorted = LoopStore()
        sorted.arcs.reserveCapacity(arcs.count)
        sorted.ends.reserveCapacity(count)
        sorted.isReinforcing.reserveCapacity(count)
        for loop in order.lazy.map(Int.init) {
            sorted.append(arcs[start(of: loop)..<Int(ends[loop])], reinforcing: isReinforcing[loop])
        }
        return sorted
    }
}

extension MutableCollection where Self: BidirectionalCollection {
    /// Rotates the elements so that the one at `middle` comes first.
    fileprivate mutating func rotate(toStartAt middle: Index) {
        guard middle != startIndex else { return }
        let head = Array(self[startIndex..<middle]), tail = Array(self[middle...])
        var index = startIndex
        for element in tail + head {
            self[index] = element
            formIndex(after: &index)
        }
    }
}
