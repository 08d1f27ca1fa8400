import PropertyBased
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// The service roll-up checked against the map as written, on random maps with services,
/// contracts and objectives: conflicts and contract contradictions survive it, and every
/// analysis stays right on a graph with two arcs of opposite sign between two services.
@Suite("rolling up to services: properties")
struct RollUpPropertyTests {
    static func randomMap(_ seed: UInt64) -> RandomServiceMap {
        var random = SplitMix64(seed: seed)
        return RandomServiceMap(seed: random.next(), services: Int.random(in: 1...5, using: &random),
                              interactions: Int.random(in: 0...30, using: &random))
    }

    @Test("service pairs with an undermining interaction as written are exactly the service-level pair conflicts")
    func conflictsSurvive() async throws {
        await propertyCheck(count: 120, input: Gen.uint64()) { seed in
            let random = Self.randomMap(seed)
            let graph = try random.graph()
            // From the map as written: each undermining arc joins its two items' services.
            let expected = Set(random.arcs.filter { $0.effect < 0 }.map {
                Set([random.items[$0.from].service, random.items[$0.to].service])
            })
            let services = graph.at(.services).conflicts()
            let found = Set(services.conflicts.filter { $0.kind != .hidden }.map { Set([$0.from.id, $0.to.id]) })
            #expect(found == expected, "\(random)")
            // One conflict per pair of services.
            #expect(found.count == services.conflicts.filter { $0.kind != .hidden }.count)
            // --fail-on gives the same verdict at both levels.
            let objectives = graph.conflicts()
            #expect(objectives.conflicts.isEmpty == services.conflicts.isEmpty)
            #expect((objectives.count(of: .contractContradiction) == 0) == (services.count(of: .contractContradiction) == 0))
        }
    }

    @Test("contract contradictions name the same contract pairs at both levels")
    func contractPairs() async throws {
        await propertyCheck(count: 120, input: Gen.uint64()) { seed in
            let random = Self.randomMap(seed)
            let graph = try random.graph()
            // From the map as written: undermining arcs from an item of one contract to another's.
            let expected = Set(random.arcs.compactMap { arc -> [String]? in
                guard arc.effect < 0, let from = random.items[arc.from].contract, let to = random.items[arc.to].contract,
                      from != to else { return nil }
                return [from, to]
            })
            for level in DetailLevel.allCases {
                let contradictions = graph.at(level).conflicts().conflicts.filter { $0.kind == .contractContradiction }
                #expect(Set(contradictions.flatMap(\.contractPairs)) == expected, "\(level)\n\(random)")
                // Each names exactly the contracts of its pairs' ends.
                for conflict in contradictions {
                    #expect(Set(conflict.contractPairs.flatMap { $0 }).isSubset(of: Set(conflict.contracts.map(\.id))))
                }
            }
        }
    }

    @Test("each rolled-up arc carries the strongest effect of its sign, and inside a service only undermining")
    func strongestPerSign() async throws {
        await propertyCheck(count: 120, input: Gen.uint64()) { seed in
            let random = Self.randomMap(seed)
            let services = try random.graph().at(.services)
            var expected: [String: Int] = [:]  // "from>to sign" → strongest |effect|
            for arc in random.arcs {
                let from = random.items[arc.from].service, to = random.items[arc.to].service
                guard from != to || arc.effect < 0 else { continue }
                let key = "\(from)>\(to) \(arc.effect.signum())"
                expected[key] = max(expected[key] ?? 0, abs(arc.effect))
            }
            // A 0 interaction shows only where nothing signed runs the same way.
            for key in expected.keys where key.hasSuffix(" 0") {
                let pair = key.dropLast(2)
                if expected["\(pair) 1"] != nil || expected["\(pair) -1"] != nil { expected[key] = nil }
            }
            var found: [String: Int] = [:]
            for arc in services.arcs {
                let key = "\(services.items[arc.from].id)>\(services.items[arc.to].id) \(arc.effect.sign)"
                #expect(found[key] == nil, "two arcs of one sign for \(key)")
                found[key] = Int(arc.effect.magnitude)
            }
            #expect(found == expected, "\(random)")
        }
    }

    @Test("loops on the service graph: every signed arc is its own route, polarity the product of the arcs taken")
    func loops() async throws {
        await propertyCheck(count: 80, input: Gen.uint64()) { seed in
            let random = Self.randomMap(seed)
            let services = try random.graph().at(.services)
            let arcs = services.arcs.map { (from: $0.from, to: $0.to, sign: $0.effect.sign) }
            let expected = BruteForceLoops(ids: services.items.map(\.id), arcs: arcs).loops
            let report = try services.feedbackLoops()
            func summary(_ items: [String], _ polarity: LoopPolarity) -> String { items.joined(separator: ">") + " " + polarity.rawValue }
            #expect(report.loops.map { summary($0.items, $0.polarity) }.sorted()
                    == expected.map { summary($0.items, $0.polarity) }.sorted(), "\(random)")
            for loop in report.loops {
                #expect(loop.polarity == (loop.arcs.reduce(1) { $0 * $1.effect.sign } > 0 ? .reinforcing : .balancing))
            }
        }
    }

    @Test("balance on the service graph counts each arc, so a mixed pair always leaves one frustrated")
    func balance() async throws {
        await propertyCheck(count: 60, input: Gen.uint64()) { seed in
            let random = Self.randomMap(seed)
            let services = try random.graph().at(.services)
            let counted = services.arcs.filter { !$0.isMutualReverse }
                .map { BruteForceBalance.Interaction(from: $0.from, to: $0.to, sign: $0.effect.sign) }
            let brute = BruteForceBalance(itemCount: services.count, interactions: counted)
            let report = try services.structuralBalance()
            #expect(report.frustrationIndex == brute.minimum(), "\(random)")
            #expect(report.interactions == brute.interactions.count)
            // Every pair with an arc of each sign between the same two services costs at least one.
            let mixed = Set(services.arcs.filter { $0.effect.sign != 0 && $0.from != $0.to }.map { [min($0.from, $0.to), max($0.from, $0.to)] })
                .filter { pair in
                    let signs = Set(services.arcs.filter { Set([$0.from, $0.to]) == Set(pair) }.map(\.effect.sign)).subtracting([0])
                    return signs.count == 2
                }
            #expect(report.frustrationIndex >= mixed.count)
        }
    }
}
