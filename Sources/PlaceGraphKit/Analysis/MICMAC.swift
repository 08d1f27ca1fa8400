/// MICMAC indirect influence and dependence (Duperrin & Godet 1973), computed on row and
/// column sums only, so a power of the matrix is never formed.
///
/// The row sums of Mᵏ are Mᵏ·1 = M·(Mᵏ⁻¹·1), and the column sums are (Mᵀ)ᵏ·1, so each power
/// costs one pass over the arcs. The method is described at ``InfluenceAnalysis``.
struct MICMAC {
    /// Magnitudes of the arcs, self-interactions left out.
    let arcs: [(from: Int, to: Int, weight: Double)]
    let count: Int
    /// Item ids, for breaking ranking ties.
    let ids: [String]

    /// - Complexity: O(*n* · (*m* + *n* log *n*)) at worst for *n* items and *m* arcs; far fewer
    ///   powers in practice.
    func run() -> (influence: [Double], dependence: [Double], iterations: Int, stable: Bool) {
        var rows = [Double](repeating: 1, count: count), columns = rows
        var influence = [Double](repeating: 0, count: count), dependence = influence
        var iterations = 0, stable = false
        let idOrder = idPlaces()
        var influenceRanking = Ranking(idOrder: idOrder), dependenceRanking = influenceRanking
        var nextRows = [Double](repeating: 0, count: count), nextColumns = nextRows
        precondition(arcs.allSatisfy { (0..<count).contains($0.from) && (0..<count).contains($0.to) })
        while iterations < count {
            power(rows, columns, into: &nextRows, &nextColumns)
            let total = nextRows.reduce(0, +)
            guard total > 0 else { stable = true; break }  // no chain this long: the sums are final
            // Scale so the power's entries sum to n: no overflow, and every power weighs the same.
            let scale = Double(count) / total
            for index in 0..<count {
                rows[index] = nextRows[index] * scale
                columns[index] = nextColumns[index] * scale
                influence[index] += rows[index]
                dependence[index] += columns[index]
            }
            iterations += 1
            // Both rankings are brought up to date every power, so neither check may be skipped.
            let influenceMoved = influenceRanking.update(influence)
            let dependenceMoved = dependenceRanking.update(dependence)
            if iterations > 1, !influenceMoved, !dependenceMoved { stable = true; break }
        }
        let sum = influence.reduce(0, +)
        if sum > 0 {
            let scale = Double(count) / sum
            influence = influence.map { $0 * scale }
            dependence = dependence.map { $0 * scale }
        }
        return (influence, dependence, iterations, stable)
    }

    /// One more power: the row sums `M·rows` and the column sums `Mᵀ·columns`, added up over
    /// the arcs in their order. ``run()`` checks the arcs' ends once, and every vector has
    /// ``count`` entries, so the loop reads and writes without a check per arc: it runs once
    /// per power, thousands of times on a big map.
    private func power(_ rows: [Double], _ columns: [Double], into nextRows: inout [Double],
                       _ nextColumns: inout [Double]) {
        rows.withUnsafeBufferPointer { rows in
            columns.withUnsafeBufferPointer { columns in
                arcs.withUnsafeBufferPointer { arcs in
                    nextRows.withUnsafeMutableBufferPointer { nextRows in
                        nextColumns.withUnsafeMutableBufferPointer { nextColumns in
                            nextRows.update(repeating: 0)
                            nextColumns.update(repeating: 0)
                            for arc in arcs {
                                nextRows[arc.from] += arc.weight * rows[arc.to]
                                nextColumns[arc.to] += arc.weight * columns[arc.from]
                            }
                        }
                    }
                }
            }
        }
    }

    /// Item indices from the highest value to the lowest, ties by id; values are compared
    /// at 1e-9 so rounding noise never counts as a change of rank.
    ///
    /// The order is total (ids are unique), so sorting the previous power's ranking gives the
    /// same result as sorting from scratch, and much faster: the standard library's sort finds
    /// the runs already in order, and from one power to the next few items move. The ranking
    /// is unchanged exactly when the previous one is still in order, which is checked first.
    /// Each entry carries its key and its id's place in id order, so a comparison reads one
    /// entry rather than looking up keys and comparing id strings.
    private struct Ranking {
        struct Entry {
            var key: Double
            let place: Int32, index: Int32
        }
        private(set) var entries: [Entry]

        init(idOrder: [Int]) {
            entries = idOrder.indices.map { Entry(key: 0, place: Int32(idOrder[$0]), index: Int32($0)) }
        }

        /// Ranks by `values`; true when the ranking changed.
        mutating func update(_ values: [Double]) -> Bool {
            for position in entries.indices { entries[position].key = MICMAC.key(values[Int(entries[position].index)]) }
            func before(_ a: Entry, _ b: Entry) -> Bool { a.key != b.key ? a.key > b.key : a.place < b.place }
            var inOrder = true
            for position in entries.indices.dropFirst() where !before(entries[position - 1], entries[position]) {
                inOrder = false
                break
            }
            if inOrder { return false }
            entries.sort(by: before)
            return true
        }
    }

    /// `(value × 1e9).rounded()`, halves away from zero, without a branch that depends on the
    /// value's last digits: taking `rounded()`'s library call, or branching on the fraction,
    /// made this most of a ranking's time.
    ///
    /// For 0.5 ≤ *x* < 2⁵², 0.5 is a multiple of *x*'s spacing, so *x* + 0.5 is exact unless it
    /// reaches the next power of two, where truncating gives that same power; so truncating
    /// *x* + 0.5 rounds *x* half away from zero. Other values (below 0.5, negative, huge, NaN)
    /// take `rounded()`.
    static func key(_ value: Double) -> Double {
        let scaled = value * 1e9
        guard scaled >= 0.5, scaled < 4e15 else { return scaled.rounded() }
        return Double(Int64(scaled + 0.5))
    }

    /// Each item's place when the ids are sorted.
    private func idPlaces() -> [Int] {
        var order = [Int](repeating: 0, count: count)
        for (place, index) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { order[index] = place }
        return order
    }
}
