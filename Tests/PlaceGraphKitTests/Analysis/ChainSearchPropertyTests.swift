import PropertyBased
import Testing
@testable import PlaceGraphKit

/// The hidden-conflict chain search checked against a brute force on random maps, at both
/// levels: every hidden conflict that stands alone, every knock-on and its count, the order
/// each conflict lists its knock-ons in, and the counts the analysis reports.
///
/// The brute force enumerates every simple path of two or three arcs by recursion over ids,
/// with no budget, and applies the rules of ``PlaceGraph/conflicts(_:)`` as written there: the
/// strongest chain per step and ends, ends joined by no interaction either way, stand alone
/// when no pair conflict joins their services and the strength reaches 1.
@Suite("the chain search: properties")
struct ChainSearchPropertyTests {
    static func randomMap(_ seed: UInt64) -> RandomServiceMap {
        var random = SplitMix64(seed: seed)
        return RandomServiceMap(seed: random.next(), services: Int.random(in: 1...6, using: &random),
                                interactions: Int.random(in: 0...45, using: &random))
    }

    /// A chain as the brute force finds it: ids, effects and the confidence weights along it.
    struct BruteChain {
        let ids: [String]
        let effects: [Double]
        let weights: [Double]
        var strength: Double { effects.map(abs).reduce(1, *) / (effects.count == 2 ? 3 : 9) }
        var severity: Double { strength * (weights.min() ?? 0.5) }
        var step: Int { effects.firstIndex { $0 < 0 } ?? 0 }
        var stepPair: Set<String> { [ids[step], ids[step + 1]] }
        var ends: Set<String> { [ids[0], ids[ids.count - 1]] }

        static func key(_ value: Double) -> Double { (value * 1e9).rounded() }

        /// Stronger, then shorter, then by the ids along it, then by the effects.
        func isBetter(than other: BruteChain) -> Bool {
            if Self.key(strength) != Self.key(other.strength) { return Self.key(strength) > Self.key(other.strength) }
            if ids.count != other.ids.count { return ids.count < other.ids.count }
            if ids != other.ids { return ids.lexicographicallyPrecedes(other.ids) }
            return effects.lexicographicallyPrecedes(other.effects)
        }

        func isMoreSevere(than other: BruteChain) -> Bool {
            Self.key(severity) != Self.key(other.severity) ? Self.key(severity) > Self.key(other.severity) : isBetter(than: other)
        }
    }

    /// What the brute force expects of one graph.
    struct Expected {
        var alone: [Set<String>: BruteChain] = [:]
        var knockOns: [Set<String>: [BruteChain]] = [:]
        var belowThreshold = 0
    }

    static func bruteForce(_ graph: PlaceGraph) -> Expected {
        let ids = graph.items.map(\.id)
        let unit = graph.items.map { $0.serviceID ?? $0.id }
        let unitOf = Dictionary(uniqueKeysWithValues: zip(ids, unit))
        let arcs = graph.arcs.map { (from: ids[$0.from], to: ids[$0.to], effect: $0.effect.value, weight: $0.confidence.weight) }
        let pairs = Set(arcs.filter { $0.effect < 0 }.map { Set([$0.from, $0.to]) })
        let adjacent = Set(arcs.map { Set([$0.from, $0.to]) })
        let joinedUnits = Set(pairs.map { Set($0.map { unitOf[$0]! }) })
        func joined(_ chain: BruteChain) -> Bool { joinedUnits.contains(Set(chain.ends.map { unitOf[$0]! })) }

        // The strongest chain per step pair, start and end.
        var best: [String: BruteChain] = [:]
        func extend(_ chain: BruteChain) {
            if chain.effects.count >= 2, chain.effects.filter({ $0 < 0 }).count % 2 == 1, !adjacent.contains(chain.ends) {
                let key = chain.stepPair.sorted().joined(separator: "+") + "|" + chain.ids[0] + ">" + chain.ids.last!
                if best[key].map({ chain.isBetter(than: $0) }) ?? true { best[key] = chain }
            }
            guard chain.effects.count < 3 else { return }
            for arc in arcs where arc.from == chain.ids.last! && arc.effect != 0 && !chain.ids.contains(arc.to) {
                extend(BruteChain(ids: chain.ids + [arc.to], effects: chain.effects + [arc.effect],
                                  weights: chain.weights + [arc.weight]))
            }
        }
        for start in ids { extend(BruteChain(ids: [start], effects: [], weights: [])) }

        var expected = Expected()
        var standing: [Set<String>: BruteChain] = [:]
        for chain in best.values where !joined(chain) {
            if standing[chain.ends].map({ chain.isBetter(than: $0) }) ?? true { standing[chain.ends] = chain }
        }
        expected.alone = standing.filter { $0.value.strength >= 1 - 1e-9 }
        for chain in best.values where expected.alone[chain.ends] == nil && pairs.contains(chain.stepPair) {
            if !joined(chain) { expected.belowThreshold += 1 }
            expected.knockOns[chain.stepPair, default: []].append(chain)
        }
        return expected
    }

    @Test("hidden conflicts, knock-ons, their counts and order match a brute force over every path, at both levels")
    func matchesBruteForce() async throws {
        await propertyCheck(count: 150, input: Gen.uint64()) { seed in
            let random = Self.randomMap(seed)
            for level in [DetailLevel.objectives, .services] {
                let graph = try random.graph().at(level)
                let expected = Self.bruteForce(graph)
                let analysis = graph.conflicts(ConflictOptions(hiddenLimit: 10_000, knockOnLimit: 3))
                #expect(!analysis.hiddenTruncated)
                #expect(analysis.hiddenFound == expected.alone.count, "\(level) \(random)")
                #expect(analysis.belowThreshold == expected.belowThreshold, "\(level) \(random)")
                #expect(analysis.knockOnsFound == expected.knockOns.values.reduce(0) { $0 + $1.count }, "\(level) \(random)")

                let hidden = analysis.conflicts.filter { $0.kind == .hidden }
                #expect(Set(hidden.map { Set([$0.from.id, $0.to.id]) }) == Set(expected.alone.keys), "\(level) \(random)")
                for conflict in hidden {
                    let chain = try #require(expected.alone[[conflict.from.id, conflict.to.id]])
                    #expect(conflict.path.map(\.id) == chain.ids, "\(level) \(random)")
                    #expect(conflict.strength == chain.strength)
                }
                for conflict in analysis.conflicts where conflict.kind != .hidden {
                    let found = expected.knockOns[[conflict.from.id, conflict.to.id]] ?? []
                    #expect(conflict.knockOnCount == found.count, "\(conflict.id) \(level) \(random)")
                    let listed = found.sorted { $0.isMoreSevere(than: $1) }.prefix(3)
                    #expect(conflict.knockOns.map { $0.path.map(\.id) } == listed.map(\.ids), "\(conflict.id) \(level) \(random)")
                    #expect(conflict.knockOns.map(\.strength) == listed.map(\.strength))
                }
            }
        }
    }

    @Test("a search with no budget finds nothing and says it was cut; a large one finds what an unbounded one does")
    func budget() async throws {
        await propertyCheck(count: 40, input: Gen.uint64()) { seed in
            let graph = try Self.randomMap(seed).graph()
            let full = graph.conflicts()
            #expect(!full.hiddenTruncated)
            let none = graph.conflicts(ConflictOptions(searchBudget: 0))
            #expect(none.hiddenFound == 0 && none.knockOnsFound == 0 && none.belowThreshold == 0)
            // The first arc taken is the first step, so only a map with none to take is not cut.
            #expect(none.hiddenTruncated == graph.arcs.contains { $0.from != $0.to && $0.effect.sign != 0 })
            let large = graph.conflicts(ConflictOptions(searchBudget: 100_000))
            #expect(large.conflicts == full.conflicts && large.belowThreshold == full.belowThreshold)
        }
    }
}
