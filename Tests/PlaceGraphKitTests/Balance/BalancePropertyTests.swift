import PropertyBased
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Structural balance checked against a brute force over every split, on random maps of up to
/// 14 items with mutual, one-way, opposite and self interactions and some 0 effects.
@Suite("structural balance: properties against brute force")
struct BalancePropertyTests {
    static func randomGraph(_ seed: UInt64, maxItems: Int = 14) -> RandomSignedGraph {
        var random = SplitMix64(seed: seed)
        return RandomSignedGraph(seed: random.next(), items: Int.random(in: 1...maxItems, using: &random),
                                 density: Double.random(in: 0.15...0.8, using: &random),
                                 selfLoops: 0.08, zeros: 0.08, mutual: 0.3)
    }

    @Test("the frustration index equals the brute-force minimum over all splits, and is proven")
    func exact() async throws {
        await propertyCheck(count: 40, input: Gen.uint64()) { seed in
            let random = Self.randomGraph(seed)
            let report = try random.graph().structuralBalance()
            let brute = BruteForceBalance(random)
            #expect(report.frustrationIndex == brute.minimum(), "\(random)")
            #expect(report.exact)
            #expect(report.lowerBound == report.upperBound)
            #expect(report.upperBound == report.frustrationIndex)
            #expect(report.interactions == brute.interactions.count)
            #expect(report.ignored == random.interactions.filter { $0.effect == 0 }.count)
            Self.checkConsistent(report, random)
        }
    }

    @Test("with no time for the solver, the bounds still bracket the brute-force minimum")
    func bounds() async throws {
        await propertyCheck(count: 40, input: Gen.uint64()) { seed in
            let random = Self.randomGraph(seed)
            let report = try random.graph().structuralBalance(timeLimit: .zero)
            let minimum = BruteForceBalance(random).minimum()
            #expect(report.lowerBound <= minimum)
            #expect(minimum <= report.upperBound)
            #expect(report.exact == (report.lowerBound == report.upperBound))
            #expect(report.frustrationIndex == report.upperBound)
            Self.checkConsistent(report, random)
        }
    }

    @Test("shuffling the rows of the map changes nothing in the output")
    func shuffleInvariance() async throws {
        await propertyCheck(count: 30, input: Gen.uint64()) { seed in
            let random = Self.randomGraph(seed, maxItems: 10)
            let first = try random.graph().structuralBalance()
            let second = try random.shuffled(seed: seed &+ 7).graph().structuralBalance()
            #expect(try first.json() == second.json())
            #expect(first.text().plain == second.text().plain)
        }
    }

    /// The camps cover every item once, and recounting the frustrated interactions from them,
    /// without the library, gives the reported index and list.
    static func checkConsistent(_ report: BalanceAnalysis, _ random: RandomSignedGraph,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(report.groups.count == 2, sourceLocation: sourceLocation)
        let all = report.groups.flatMap { $0 }
        #expect(all.count == Set(all).count, sourceLocation: sourceLocation)
        // The camps hold the items of the counted (signed) interactions; the rest belong to no camp.
        let signed = Set(random.interactions.filter { $0.effect != 0 }.flatMap { [$0.from, $0.to] }.map { random.ids[$0] })
        #expect(Set(all) == signed, sourceLocation: sourceLocation)
        #expect(Set(report.noCamp) == Set(random.usedItems.map { random.ids[$0] }).subtracting(signed), sourceLocation: sourceLocation)
        for interaction in report.frustrated {
            let expected: FrustratedInteraction.Kind = interaction.effect.isUndermining ? .underminingInsideCamp : .reinforcingAcrossCamps
            #expect(interaction.kind == expected, sourceLocation: sourceLocation)
            // Undermining inside a camp joins items of one camp; reinforcing across joins the two.
            let sameCamp = report.groups.contains { $0.contains(interaction.from) && $0.contains(interaction.to) }
            #expect(sameCamp == (interaction.kind == .underminingInsideCamp), sourceLocation: sourceLocation)
        }
        for group in report.groups { #expect(group == group.sorted(), sourceLocation: sourceLocation) }
        if let first = report.groups[0].first, let smallest = all.min() { #expect(first == smallest, sourceLocation: sourceLocation) }
        let second = Set(report.groups[1])
        let sides = random.ids.map { second.contains($0) }
        let frustrated = random.interactions.filter {
            $0.effect != 0 && BruteForceBalance.isFrustrated(.init(from: $0.from, to: $0.to, sign: $0.effect.signum()), sides)
        }
        #expect(frustrated.count == report.upperBound, sourceLocation: sourceLocation)
        let expected = frustrated.map { "\(random.ids[$0.from])>\(random.ids[$0.to])" }.sorted()
        #expect(report.frustrated.map { "\($0.from)>\($0.to)" }.sorted() == expected, sourceLocation: sourceLocation)
        let pairs = report.frustrated.map { [$0.from, $0.to] }
        #expect(pairs == pairs.sorted { $0.lexicographicallyPrecedes($1) }, sourceLocation: sourceLocation)
    }
}
