extension PlaceGraph {
    /// Influence of every item: out-, in- and net strength, second-order influence, and the
    /// MICMAC quadrant. The formulas are at ``InfluenceAnalysis``.
    ///
    /// - Complexity: O(*m* + *k* · (*m* + *n* log *n*)) for *n* items, *m* arcs and *k* ≤ *n*
    ///   MICMAC powers.
    public func influence() -> InfluenceAnalysis {
        let n = count
        var outPositive = [Double](repeating: 0, count: n), outNegative = outPositive
        var inPositive = outPositive, inNegative = outPositive
        for arc in arcs {
            let value = arc.effect.value
            if value > 0 {
                outPositive[arc.from] += value
                inPositive[arc.to] += value
            } else {
                outNegative[arc.from] += value
                inNegative[arc.to] += value
            }
        }
        // A two-step chain i → j → k reinforces when both effects have the same sign.
        var secondPositive = [Double](repeating: 0, count: n), secondNegative = secondPositive
        for arc in arcs {
            let value = arc.effect.value
            let same = value > 0 ? outPositive[arc.to] : outNegative[arc.to]
            let opposite = value > 0 ? outNegative[arc.to] : outPositive[arc.to]
            secondPositive[arc.from] += value * same
            secondNegative[arc.from] += value * opposite
        }
        let micmac = MICMAC(arcs: arcs.filter { $0.from != $0.to }.map { ($0.from, $0.to, $0.effect.magnitude) },
                            count: n, ids: items.map(\.id)).run()
        let thresholds = (mean(micmac.influence), mean(micmac.dependence))
        let context = FindingContext(self)
        let entries = (0..<n).map { index in
            let out = outPositive[index] + outNegative[index], into = inPositive[index] + inNegative[index]
            return ItemInfluence(
                item: context.references[index],
                out: out, outPositive: outPositive[index], outNegative: outNegative[index],
                in: into, inPositive: inPositive[index], inNegative: inNegative[index], net: out - into,
                secondOrder: secondPositive[index] + secondNegative[index],
                secondOrderPositive: secondPositive[index], secondOrderNegative: secondNegative[index],
                influence: micmac.influence[index], dependence: micmac.dependence[index],
                quadrant: .of(influence: micmac.influence[index], dependence: micmac.dependence[index],
                              thresholds: thresholds))
        }
        return InfluenceAnalysis(items: entries, influenceThreshold: thresholds.0, dependenceThreshold: thresholds.1,
                                 iterations: micmac.iterations, stable: micmac.stable)
    }

    private func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
