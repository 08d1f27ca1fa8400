import Foundation
import Testing
@testable import PlaceGraphKit

/// Ctrl-C and SIGTERM stop any command at once and leave nothing behind; time limits hold;
/// out-of-range numbers are bad usage, never a trap.
@Suite("placegraph: signals, limits and numeric options")
struct InterruptAndLimitTests {
    /// A dense random signed map as CSV: `items` items, each pair joined with chance
    /// `density`, signs at random. Structural balance on it takes CBC minutes.
    static func denseMap(items: Int = 200, density: Double = 0.4, seed: UInt64 = 11) -> String {
        var random = SplitMix64(seed: seed)
        var lines = ["from,to,effect"]
        for i in 0..<items {
            for j in 0..<items where i != j && Double.random(in: 0..<1, using: &random) < density / 2 {
                lines.append("f\(i),f\(j),\(Bool.random(using: &random) ? 1 : -1)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Starts the CLI in `folder` with pipes nobody reads (so output blocks once they fill).
    private func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        return process
    }

    /// Sends `signal` after `delay` and returns how long the process took to end.
    private func stop(_ process: Process, with signal: Int32, after delay: Duration = .milliseconds(1500)) throws -> Duration {
        Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        #expect(process.isRunning, "the command ended before the signal; the test proves nothing")
        let clock = ContinuousClock()
        let start = clock.now
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return clock.now - start
    }

    @Test("Ctrl-C during balance ends it within a second, by SIGINT, with no output and no temporary file")
    func interruptBalance() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.denseMap().write(to: folder.appendingPathComponent("dense.csv"), atomically: true, encoding: .utf8)
        let process = try start(["balance", "dense.csv", "--time-limit", "600", "-o", "out.json"], in: folder)
        let elapsed = try stop(process, with: SIGINT)
        #expect(elapsed < .seconds(1))
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["dense.csv"])
    }

    @Test("SIGTERM while blocked writing to a full pipe ends the command within a second")
    func terminateBlockedWrite() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.denseMap().write(to: folder.appendingPathComponent("dense.csv"), atomically: true, encoding: .utf8)
        let process = try start(["render", "dense.csv", "--format", "dot"], in: folder)
        let elapsed = try stop(process, with: SIGTERM, after: .seconds(3))
        #expect(elapsed < .seconds(1))
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGTERM)
    }

    @Test("balance --time-limit 1 on a dense map stops and brackets the index")
    func balanceLimit() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.denseMap().write(to: folder.appendingPathComponent("dense.csv"), atomically: true, encoding: .utf8)
        let clock = ContinuousClock()
        let start = clock.now
        let run = try TestSupport.run(["balance", "dense.csv", "--time-limit", "1", "--format", "json"], in: folder)
        // A guard against the old minutes-long overrun; scripts/bench-limits measures the real figure.
        #expect(clock.now - start < .seconds(15))
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let lower = try #require(json["lowerBound"] as? Int), upper = try #require(json["upperBound"] as? Int)
        #expect(json["exact"] as? Bool == false)
        #expect(lower > 0 && lower < upper)
        #expect(json["frustrationIndex"] as? Int == upper)
    }

    @Test("out-of-range numbers are bad usage, 64, with a message and no trap", arguments: [
        ["balance", "--time-limit", "1e19"], ["loops", "--time-limit", "1e300"], ["balance", "--time-limit", "nan"],
        ["balance", "--time-limit", "inf"], ["loops", "--time-limit=-1"], ["loops", "--max-length=-1"],
        ["loops", "--max-loops=-5"], ["loops", "--max-loops", "99999999999999999999"],
        ["render", "--focus", "green-spaces", "--depth=-1"], ["render", "--repeat", "0"],
    ])
    func badNumbers(arguments: [String]) throws {
        let run = try TestSupport.run([arguments[0], TestSupport.example("map.yaml")] + arguments.dropFirst())
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.isEmpty)
    }

    @Test("a time limit's message says what is allowed")
    func timeLimitMessage() throws {
        let run = try TestSupport.run(["balance", TestSupport.example("map.yaml"), "--time-limit", "1e19"])
        #expect(run.stderr.contains("--time-limit must be a number of seconds from 0 to 1000000, not '1e+19'"))
    }

    @Test("render --depth beyond the number of items draws every connected item, at once")
    func hugeDepth() throws {
        func nodes(_ depth: String) throws -> Int {
            let run = try TestSupport.run(["render", TestSupport.example("map.yaml"), "--focus", "active-residents",
                                           "--depth", depth, "--format", "dot"])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").filter { $0.range(of: #"^\s+n\d+ \["#, options: .regularExpression) != nil }.count
        }
        let everything = try nodes("99999999999")
        #expect(everything == (try nodes("1000")))
        #expect(everything > (try nodes("1")))
    }
}
