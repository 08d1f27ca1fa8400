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
        var previous: ([Int], [Int])?
        var iterations = 0, stable = false
        while iterations < count {
            var nextRows = [Double](repeating: 0, count: count), nextColumns = nextRows
            for arc in arcs {
                nextRows[arc.from] += arc.weight * rows[arc.to]
                nextColumns[arc.to] += arc.weight * columns[arc.from]
            }
            let total = nextRows.reduce(0, +)
            guard total > 0 else { stable = true; break }  // no chain this long: the sums are final
            // Scale so the power's entries sum to n: no overflow, and every power weighs the same.
            let scale = Double(count) / total
            rows = nextRows.map { $0 * scale }
            columns = nextColumns.map { $0 * scale }
            for index in 0..<count {
                influence[index] += rows[index]
                dependence[index] += columns[index]
            }
            iterations += 1
            let ranking = (rank(influence, from: previous?.0), rank(dependence, from: previous?.1))
            if let previous, previous == ranking { stable = true; break }
            previous = ranking
        }
        let sum = influence.reduce(0, +)
        if sum > 0 {
            let scale = Double(count) / sum
            influence = influence.map { $0 * scale }
            dependence = dependence.map { $0 * scale }
        }
        return (influence, dependence, iterations, stable)
    }

    /// Item indices from the highest value to the lowest, ties by id; values are compared
    /// at 1e-9 so rounding noise never counts as a change of rank.
    ///
    /// The order is total (ids are unique), so sorting the previous power's ranking gives the
    /// same result as sorting from scratch, and much faster: the standard library's sort finds
    /// the runs already in order, and from one power to the next few items move.
    private func rank(_ values: [Double], from previous: [Int]?) -> [Int] {
        let keys = values.map { ($0 * 1e9).rounded() }
        return (previous ?? Array(0..<count)).sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : ids[$0] < ids[$1] }
    }
}
