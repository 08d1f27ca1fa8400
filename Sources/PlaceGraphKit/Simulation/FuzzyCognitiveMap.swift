/// A place map read as a fuzzy cognitive map (Kosko 1986): one concept per item and one causal
/// weight per ordered pair of items, the effect divided by 3, so weights run from −1 to +1.
///
/// The weights are kept as effects on the −3…+3 scale and each weighted sum is divided by 3
/// once, at the end: effects that cancel on the scale (+1 +1 +1 −3) then cancel exactly, and a
/// bivalent or trivalent function never sees float noise such as 1e-17 where the sum is 0.
///
/// Get one from ``PlaceGraph/fuzzyCognitiveMap()``.
public struct FuzzyCognitiveMap: Sendable {
    /// The concepts: the graph's items, sorted by id.
    public let items: [Item]
    /// The incoming weights of item `j` are `effects[incomingStart[j]..<incomingStart[j + 1]]`,
    /// from the items `sources[…]`, sorted by source.
    let incomingStart: [Int]
    let sources: [Int]
    let effects: [Double]
    /// Service pairs whose interactions both reinforce and undermine, netted into one weight.
    public let mixedPairs: [MixedPair]

    /// The divisor that takes an effect on the −3…+3 scale to a weight on −1…+1.
    public static let scale = 3.0

    /// The number of concepts.
    public var count: Int { items.count }

    /// The weight of `from`'s effect on `to`, −1…+1, or 0 when there is none.
    public func weight(from: Int, to: Int) -> Double {
        for position in incomingStart[to]..<incomingStart[to + 1] where sources[position] == from {
            return effects[position] / Self.scale
        }
        return 0
    }

    /// True when some other item or the item itself has a nonzero weight on the item at `index`.
    public func isAffected(_ index: Int) -> Bool {
        effects[incomingStart[index]..<incomingStart[index + 1]].contains { $0 != 0 }
    }

    /// Every nonzero weight as `(from, to, weight)`, by target then source.
    public var weights: [(from: Int, to: Int, weight: Double)] {
        items.indices.flatMap { target in
            (incomingStart[target]..<incomingStart[target + 1]).map {
                (from: sources[$0], to: target, weight: effects[$0] / Self.scale)
            }
        }
    }

    /// A pair of services joined by both reinforcing and undermining interactions.
    public struct MixedPair: Sendable, Hashable {
        public let from: String
        public let to: String
        /// How many of the original interactions reinforce, and how many undermine.
        public let reinforcing: Int
        public let undermining: Int
        /// The one weight the simulation uses for the pair, −1…+1.
        public let weight: Double
    }
}

extension PlaceGraph {
    /// The graph as a fuzzy cognitive map, at the graph's own level.
    ///
    /// Each arc gives its target a weight of effect / 3 from its source. A fuzzy cognitive map
    /// has one weight per ordered pair, so arcs between the same two items add up, clamped to
    /// −3…+3 before the division. At service level the weight is the sum of the effects of
    /// every interaction between the two services' items (the roll-up keeps each sign's
    /// strongest effect apart for the findings; a simulation needs the whole flow), so a pair
    /// of services whose interactions both reinforce and undermine is one net weight, listed in
    /// ``FuzzyCognitiveMap/mixedPairs`` so the netting stays visible. A service's self-arc
    /// (its own objectives working against each other) is not an effect of the service on
    /// itself and carries no weight; simulate at objective level to see it.
    ///
    /// - Complexity: O(*n* + *m* log *m*) for *n* items and *m* arcs.
    public func fuzzyCognitiveMap() -> FuzzyCognitiveMap {
        struct Pair: Hashable { let from: Int, to: Int }
        var totals: [Pair: (effect: Double, members: [Double])] = [:]
        for arc in arcs {
            let rolledUp = level == .services && arc.interaction < rolledUpFrom.count
            if rolledUp && arc.from == arc.to { continue }
            let members = rolledUp ? rolledUpFrom[arc.interaction].map(\.effect.value) : [arc.effect.value]
            totals[Pair(from: arc.from, to: arc.to), default: (0, [])].effect += members.reduce(0, +)
            totals[Pair(from: arc.from, to: arc.to)]?.members += members
        }
        let ordered = totals.sorted { ($0.key.to, $0.key.from) < ($1.key.to, $1.key.from) }
        var incomingStart = Array(repeating: 0, count: items.count + 1)
        var sources: [Int] = [], effects: [Double] = [], mixed: [FuzzyCognitiveMap.MixedPair] = []
        sources.reserveCapacity(ordered.count)
        effects.reserveCapacity(ordered.count)
        for (pair, total) in ordered {
            let effect = min(3, max(-3, total.effect))
            incomingStart[pair.to + 1] += 1
            sources.append(pair.from)
            effects.append(effect)
            let up = total.members.filter { $0 > 0 }.count, down = total.members.filter { $0 < 0 }.count
            if up > 0 && down > 0 {
                mixed.append(.init(from: items[pair.from].id, to: items[pair.to].id, reinforcing: up,
                                   undermining: down, weight: effect / FuzzyCognitiveMap.scale))
            }
        }
        for index in items.indices { incomingStart[index + 1] += incomingStart[index] }
        mixed.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        return FuzzyCognitiveMap(items: items, incomingStart: incomingStart, sources: sources,
                                 effects: effects, mixedPairs: mixed)
    }
}
