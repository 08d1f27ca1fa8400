import PropertyBased
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Loop searches checked against a brute force on random maps of up to 8 items, with mutual,
/// one-way, opposite and self interactions and some 0 effects.
@Suite("feedback loops: properties against brute force")
struct LoopPropertyTests {
    /// A random map drawn from `seed`: 1 to 8 items, of random density.
    static func randomGraph(_ seed: UInt64) -> RandomSignedGraph {
        var random = SplitMix64(seed: seed)
        return RandomSignedGraph(seed: random.next(), items: Int.random(in: 1...8, using: &random),
                                 density: Double.random(in: 0.2...0.9, using: &random),
                                 selfLoops: 0.15, zeros: 0.1)
    }

    @Test("every elementary circuit is found once, in canonical order, with its polarity")
    func allLoops() async throws {
        await propertyCheck(count: 150, input: Gen.uint64()) { seed in
            let random = Self.randomGraph(seed)
            let report = try graph(random).feedbackLoops()
            let expected = BruteForceLoops(random).loops
            #expect(report.loops.map(\.items) == expected.map(\.items), "\(random)")
            #expect(report.loops.map(\.polarity) == expected.map(\.polarity))
            #expect(report.count == expected.count)
            #expect(report.reinforcing == expected.filter { $0.polarity == .reinforcing }.count)
            #expect(report.balancing + report.reinforcing == report.count)
            #expect(!report.truncated)
        }
    }

    @Test("a length bound keeps exactly the short loops, and says whether longer ones exist")
    func maxLength() async throws {
        await propertyCheck(count: 150, input: Gen.uint64()) { seed in
            let random = Self.randomGraph(seed)
            let bound = Int(seed % 6) + 1
            let report = try graph(random).feedbackLoops(maxLength: bound)
            let all = BruteForceLoops(random).loops
            #expect(report.loops.map(\.items) == all.filter { $0.items.count <= bound }.map(\.items), "bound \(bound)\n\(random)")
            #expect(report.truncated == all.contains { $0.items.count > bound })
            #expect(report.truncatedBy == (report.truncated ? [.maxLength] : []))
        }
    }

    @Test("--through keeps exactly the loops through one item, rotated to their smallest id")
    func through() async throws {
        await propertyCheck(count: 150, input: Gen.uint64()) { seed in
            let random = Self.randomGraph(seed)
            let used = random.usedItems
            guard !used.isEmpty else { return }
            let item = random.ids[used[Int(seed % UInt64(used.count))]]
            let bound = seed % 3 == 0 ? Int(seed % 5) + 1 : nil
            let report = try graph(random).feedbackLoops(maxLength: bound, through: item)
            let all = BruteForceLoops(random).loops.filter { $0.items.contains(item) }
            let kept = all.filter { $0.items.count <= bound ?? .max }
            #expect(report.loops.map(\.items) == kept.map(\.items), "through \(item), bound \(String(describing: bound))\n\(random)")
            #expect(report.loops.map(\.polarity) == kept.map(\.polarity))
            #expect(report.truncated == (kept.count < all.count))
        }
    }

    @Test("--max-loops keeps the first loops met and says when it cut")
    func maxLoops() async throws {
        await propertyCheck(count: 100, input: Gen.uint64()) { seed in
            let random = Self.randomGraph(seed)
            let all = BruteForceLoops(random).loops
            let limit = Int(seed % UInt64(all.count + 2))
            let report = try graph(random).feedbackLoops(maxLoops: limit)
            #expect(report.count == min(limit, all.count))
            #expect(report.truncated == (all.count > limit))
            let everything = Set(all.map(\.items))
            #expect(report.loops.allSatisfy { everything.contains($0.items) })
        }
    }

    @Test("every loop is a real circuit whose polarity is the product of its signs")
    func realCircuits() async throws {
        await propertyCheck(count: 100, input: Gen.uint64()) { seed in
            let random = Self.randomGraph(seed)
            let graph = try graph(random)
            for loop in try graph.feedbackLoops().loops {
                #expect(Set(loop.items).count == loop.length)
                #expect(loop.items[0] == loop.items.min())
                #expect(loop.arcs.count == loop.length)
                for (position, arc) in loop.arcs.enumerated() {
                    #expect(graph.items[arc.from].id == loop.items[position])
                    #expect(graph.items[arc.to].id == loop.items[(position + 1) % loop.length])
                    #expect(graph.arcs.contains(arc))
                    #expect(arc.effect.sign != 0)
                }
                let product = loop.arcs.reduce(1) { $0 * $1.effect.sign }
                #expect(loop.polarity == (product > 0 ? .reinforcing : .balancing))
            }
        }
    }

    @Test("shuffling the rows of the map changes nothing in any output")
    func shuffleInvariance() async throws {
        await propertyCheck(count: 60, input: Gen.uint64()) { seed in
            let random = Self.randomGraph(seed)
            let first = try graph(random).feedbackLoops(maxLength: 5)
            let second = try graph(random.shuffled(seed: seed &+ 1)).feedbackLoops(maxLength: 5)
            #expect(try first.json() == second.json())
            #expect(first.text().plain == second.text().plain)
            #expect(first.markdown() == second.markdown())
        }
    }

    private func graph(_ random: RandomSignedGraph) throws -> PlaceGraph {
        try random.graph()
    }
}

/// Every elementary circuit by plain depth-first search over simple paths, with no blocking:
/// slow, obviously right, and independent of the library.
struct BruteForceLoops {
    struct Loop {
        let items: [String]
        let polarity: LoopPolarity
    }

    let loops: [Loop]

    init(_ random: RandomSignedGraph) {
        self.init(ids: random.ids, arcs: random.arcs)
    }

    /// - Parameters:
    ///   - ids: item names by position.
    ///   - arcs: directed arcs between positions, with the sign of their effect.
    init(ids: [String], arcs: [(from: Int, to: Int, sign: Int)]) {
        var out: [Int: [(to: Int, sign: Int)]] = [:]
        for arc in arcs where arc.sign != 0 { out[arc.from, default: []].append((arc.to, arc.sign)) }
        let used = Array(Set(arcs.flatMap { [$0.from, $0.to] })).sorted()
        var found: [Loop] = []
        // A circuit is counted from its smallest id, through items with larger ids only.
        for start in used {
            var path = [start]
            func extend(_ sign: Int) {
                for (next, arcSign) in out[path.last!] ?? [] {
                    if next == start {
                        found.append(Loop(items: path.map { ids[$0] }, polarity: sign * arcSign > 0 ? .reinforcing : .balancing))
                    } else if ids[next] > ids[start], !path.contains(next) {
                        path.append(next)
                        extend(sign * arcSign)
                        path.removeLast()
                    }
                }
            }
            extend(1)
        }
        loops = found.sorted { a, b in
            a.items.count != b.items.count ? a.items.count < b.items.count : a.items.lexicographicallyPrecedes(b.items)
        }
    }
}
