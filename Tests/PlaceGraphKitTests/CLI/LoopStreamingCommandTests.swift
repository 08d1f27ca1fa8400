import Foundation
import Testing

/// `placegraph loops` writes loops as it finds them: on a complete map, where the loops are
/// past counting, memory stays flat and output starts long before the end.
@Suite("placegraph loops streams")
struct LoopStreamingCommandTests {
    /// A map where every one of `count` services affects every other: K25 has about 1.7 × 10²⁴
    /// elementary circuits, more than any search lists.
    static func completeMap(_ count: Int) throws -> String {
        let ids = (0..<count).map(id)
        var interactions: [String] = []
        for from in 0..<count {
            for to in 0..<count where to != from {
                interactions.append("  - {from: \(ids[from]), to: \(ids[to]), effect: \(sign(from, to))}")
            }
        }
        let file = try TestSupport.temporaryFolder().appendingPathComponent("complete.yaml")
        try TestSupport.map(services: ids.map { "  - {id: \($0), name: \($0)}" }.joined(separator: "\n"),
                            interactions: interactions.joined(separator: "\n"))
            .write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static func id(_ index: Int) -> String { index < 10 ? "s0\(index)" : "s\(index)" }

    /// The sign of the interaction `from` → `to` on the complete maps.
    static func sign(_ from: Int, _ to: Int) -> Int { (from + to) % 3 == 0 ? -1 : 1 }

    /// The chain s00 → s01 → … → s(k−1) → s00 as a line of text output, with its polarity.
    static func chain(_ length: Int) -> String {
        let product = (0..<length).reduce(1) { $0 * sign($1, ($1 + 1) % length) }
        return ((0..<length).map(id) + [id(0)]).joined(separator: " → ") + "  " + (product > 0 ? "reinforcing" : "balancing")
    }

    @Test("--max-loops 0 on a complete 25-item map: flat memory, output from the start, counts at the end",
          arguments: ["text", "json"])
    func flatMemory(format: String) throws {
        let map = try Self.completeMap(25)
        let run = try WatchedRun.run(["loops", map, "--max-length", "0", "--max-loops", "0", "--time-limit", "4",
                                      "--format", format])
        #expect(run.status == 0, "\(run.stderr)")
        // Before streaming this run grew past 7 GB; what stays is the map, the buffers and the runtime.
        #expect(run.peakKiB > 0 && run.peakKiB < 100 * 1024, "peak \(run.peakKiB) KiB")
        #expect(run.bytes > 1_000_000)
        let first = try #require(run.firstOutput)
        #expect(first < run.ended - 2, "first output at \(first) s of \(run.ended) s")
        if format == "json" {
            #expect(run.head.hasPrefix("{\n  \"longerLoopsLeftOut\" : false,\n  \"loops\" : [\n"))
            #expect(run.tail.contains("\"truncated\" : true,\n  \"truncatedBy\" : [\"timeLimit\"]\n}\n"))
        } else {
            #expect(run.head.hasPrefix("Feedback loops, in the order found: by smallest id, then by ids\nThe search stops at the time limit\n"
                                       + Self.chain(2) + "\n" + Self.chain(3) + "\n"))
            #expect(run.tail.hasSuffix("cut: the search ran out of time; more loops exist than are listed\n"))
        }
    }

    @Test("the default length bound is 8, and the first lines say it cut the list")
    func defaultBound() throws {
        let map = try Self.completeMap(10)
        let run = try TestSupport.run(["loops", map, "--max-loops", "5"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.prefix(3) == ["Feedback loops of at most 8 interactions, in the order found: by smallest id, then by ids",
                                    "Longer loops exist than the length limit of 8 and are left out",
                                    "At most 5 loops will be listed"])
        // The search order: from s00, each loop before the longer ones that continue it.
        #expect(Array(lines.dropFirst(3).prefix(5)) == (2...6).map(Self.chain))
        #expect(lines.last == "cut: longer loops exist than the length limit of 8; the search stopped at the limit of 5 loops; "
                + "more loops exist than are listed")
        let all = try TestSupport.run(["loops", map, "--max-length", "0", "--max-loops", "5"])
        #expect(!all.stdout.contains("Longer loops"))
    }

    @Test("a refused run leaves no -o file")
    func refused() throws {
        let map = try Self.completeMap(12)
        let folder = try TestSupport.temporaryFolder()
        let target = folder.appendingPathComponent("loops.txt")
        let run = try TestSupport.run(["loops", map, "--through", "nowhere", "-o", target.path])
        #expect(run.status == 64)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
