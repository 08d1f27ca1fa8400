import Foundation
import PropertyBased
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// The streamed loop search checked against the brute force of ``BruteForceLoops``: the same
/// loops as the collected search, in the documented order of the search.
@Suite("feedback loops: the streamed search")
struct LoopStreamTests {
    /// The brute force's loops in the stream's documented order: self-interactions first, then
    /// by the item sequence read from `from` (the smallest item, or the `through` item).
    static func searchOrder(_ loops: [BruteForceLoops.Loop], from through: String? = nil) -> [[String]] {
        func key(_ items: [String]) -> [String] {
            guard let through, let start = items.firstIndex(of: through) else { return items }
            return Array(items[start...] + items[..<start])
        }
        return loops.map(\.items).sorted { a, b in
            if (a.count == 1) != (b.count == 1) { return a.count == 1 }
            return key(a).lexicographicallyPrecedes(key(b))
        }
    }

    static func streamed(_ graph: PlaceGraph, _ options: LoopSearchOptions) throws -> (loops: [FeedbackLoop], summary: LoopStreamSummary) {
        var loops: [FeedbackLoop] = []
        let summary = try graph.feedbackLoopStream(options).run { loops.append($0); return true }
        return (loops, summary)
    }

    @Test("every loop comes once, in the search order, with its polarity and the counts")
    func order() async throws {
        await propertyCheck(count: 150, input: Gen.uint64()) { seed in
            let random = LoopPropertyTests.randomGraph(seed)
            let bound = seed % 2 == 0 ? Int(seed % 5) + 1 : nil
            let (loops, summary) = try Self.streamed(try random.graph(), LoopSearchOptions(maxLength: bound))
            let all = BruteForceLoops(random).loops
            let kept = all.filter { $0.items.count <= bound ?? .max }
            #expect(loops.map(\.items) == Self.searchOrder(kept), "bound \(String(describing: bound))\n\(random)")
            let polarity = Dictionary(kept.map { ($0.items, $0.polarity) }, uniquingKeysWith: { a, _ in a })
            #expect(loops.allSatisfy { polarity[$0.items] == $0.polarity })
            #expect(summary.count == kept.count)
            #expect(summary.reinforcing == kept.filter { $0.polarity == .reinforcing }.count)
            #expect(summary.truncatedBy == (kept.count < all.count ? [.maxLength] : []))
            #expect(!summary.stopped)
        }
    }

    @Test("--through streams the loops through one item, each written from its smallest id")
    func through() async throws {
        await propertyCheck(count: 100, input: Gen.uint64()) { seed in
            let random = LoopPropertyTests.randomGraph(seed)
            let used = random.usedItems
            guard !used.isEmpty else { return }
            let item = random.ids[used[Int(seed % UInt64(used.count))]]
            let (loops, _) = try Self.streamed(try random.graph(), LoopSearchOptions(through: item))
            let kept = BruteForceLoops(random).loops.filter { $0.items.contains(item) }
            #expect(loops.map(\.items) == Self.searchOrder(kept, from: item), "through \(item)\n\(random)")
            #expect(loops.allSatisfy { $0.items.first == $0.items.min() })
        }
    }

    @Test("--max-loops hands over the first N loops of the order, and a visitor can stop the search")
    func limits() async throws {
        await propertyCheck(count: 100, input: Gen.uint64()) { seed in
            let random = LoopPropertyTests.randomGraph(seed)
            let expected = Self.searchOrder(BruteForceLoops(random).loops)
            let limit = Int(seed % UInt64(expected.count + 2))
            let (loops, summary) = try Self.streamed(try random.graph(), LoopSearchOptions(maxLoops: limit))
            #expect(loops.map(\.items) == Array(expected.prefix(limit)))
            #expect(summary.truncatedBy == (expected.count > limit ? [.maxLoops] : []))
            var seen = 0
            let stopped = try random.graph().feedbackLoopStream().run { _ in seen += 1; return seen < 2 }
            #expect(stopped.stopped == (expected.count >= 2))
            #expect(seen == min(expected.count, 2))
        }
    }

    @Test("the stream lists exactly the collected search's loops, so --sorted and streaming agree")
    func sameAsCollected() async throws {
        await propertyCheck(count: 60, input: Gen.uint64()) { seed in
            let graph = try LoopPropertyTests.randomGraph(seed).graph()
            let collected = try graph.feedbackLoops(maxLength: 4)
            let (loops, summary) = try Self.streamed(graph, LoopSearchOptions(maxLength: 4))
            #expect(Set(loops) == Set(collected.loops))
            #expect(summary.truncatedBy == collected.truncatedBy)
        }
    }

    @Test("streamed JSON parses to the same loops and counts, bounds first and counts last")
    func json() throws {
        let graph = try TestSupport.graph(TestSupport.map(
            services: "  - {id: \"a\\u202Eb\", name: A}\n  - {id: c, name: C}\n  - {id: d, name: D}",
            interactions: "  - {from: \"a\\u202Eb\", to: c, effect: 2, mutual: true}\n  - {from: c, to: d, effect: -1.5, mutual: true}"))
        let stream = try graph.feedbackLoopStream(LoopSearchOptions(maxLength: 2, maxLoops: 1))
        let listing = LoopListing(stream, format: .json)
        var text = listing.opening()
        var number = 0
        let summary = stream.run { number += 1; text += listing.loop($0, number: number); return true }
        text += listing.closing(summary)
        #expect(!text.unicodeScalars.contains("\u{202E}"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["count"] as? Int == 1)
        #expect(object["truncatedBy"] as? [String] == ["maxLoops"])
        #expect(object["longerLoopsLeftOut"] as? Bool == false)
        let loops = try #require(object["loops"] as? [[String: Any]])
        #expect(loops.first?["items"] as? [String] == ["a\u{202E}b", "c"])
        #expect(loops.first?["effects"] as? [Double] == [2, 2])
        let keys = ["maxLength", "maxLoops", "longerLoopsLeftOut", "loops", "count", "reinforcing", "balancing", "truncated", "truncatedBy"]
        let positions = keys.compactMap { text.range(of: "\"\($0)\" :")?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    /// The listing of `csv`'s loops in `format`, put together as the CLI writes it.
    static func listing(_ csv: String, _ options: LoopSearchOptions, _ format: LoopListing.Format) throws -> String {
        let stream = try TestSupport.graph("from,to,effect,mutual\n" + csv, format: .csv).feedbackLoopStream(options)
        let listing = LoopListing(stream, format: format)
        var text = listing.opening(), number = 0
        let summary = stream.run { number += 1; text += listing.loop($0, number: number); return true }
        return text + listing.closing(summary)
    }

    @Test("streamed text and Markdown are exact: what will cut first, the counts and what did cut last")
    func exactListing() throws {
        let csv = "a,b,2,false\nb,a,-1,false\nb,c,1,true\nc,a,-3,false\na,a,1,false\n"
        #expect(try Self.listing(csv, LoopSearchOptions(maxLength: 2, maxLoops: 2), .text) == """
            Feedback loops of at most 2 interactions, in the order found: by smallest id, then by ids
            Longer loops exist than the length limit of 2 and are left out
            At most 2 loops will be listed
            a → a  reinforcing
            a → b → a  balancing
            2 feedback loops of length at most 2 (1 reinforcing, 1 balancing)
            cut: longer loops exist than the length limit of 2; the search stopped at the limit of 2 loops; \
            more loops exist than are listed

            """)
        #expect(try Self.listing(csv, LoopSearchOptions(through: "c", timeLimit: .seconds(60)), .markdown) == """
            ## Feedback loops

            Feedback loops through 'c', in the order found: by smallest id, then by ids.

            The search stops at the time limit.

            | # | loop | length | polarity |
            | ---: | --- | ---: | --- |
            | 1 | a → b → c → a | 3 | balancing |
            | 2 | b → c → b | 2 | reinforcing |

            2 feedback loops through 'c' (1 reinforcing, 1 balancing).

            """)
        #expect(try Self.listing("a,b,1,false\n", LoopSearchOptions(), .markdown) == """
            ## Feedback loops

            Feedback loops, in the order found: by smallest id, then by ids.

            0 feedback loops (0 reinforcing, 0 balancing).

            """)
    }
}
