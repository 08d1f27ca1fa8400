import Foundation
import Testing
@testable import PlaceGraphKit

/// Set by the child's SIGINT handler in ``SolverProcessTests/politeStop()``.
nonisolated(unsafe) private var stopRequested: sig_atomic_t = 0

/// The child process that runs CBC: it reports, stops when asked, or is killed.
@Suite("structural balance: the solver's child process")
struct SolverProcessTests {
    private static let clock = ContinuousClock()

    @Test("a child that finishes reports its values")
    func finishes() {
        let outcome = SolverProcess.run(count: 3, deadline: Self.clock.now + .seconds(30), grace: .milliseconds(500)) { buffer in
            for index in buffer.indices { buffer[index] = Double(index) * 1.5 }
        }
        guard case .finished(let values) = outcome else { Issue.record("expected the values, got \(outcome)"); return }
        #expect(values == [0, 1.5, 3])
    }

    @Test("a child that stops on SIGINT, as CBC does, reports what it has at the deadline")
    func politeStop() {
        let start = Self.clock.now
        let outcome = SolverProcess.run(count: 1, deadline: start + .milliseconds(300), grace: .seconds(5)) { buffer in
            signal(SIGINT) { _ in stopRequested = 1 }
            while stopRequested == 0 { usleep(1_000) }
            buffer[0] = 42
        }
        guard case .finished(let values) = outcome else { Issue.record("expected the values, got \(outcome)"); return }
        #expect(values == [42])
        #expect(Self.clock.now - start < .seconds(4), "answered the first SIGINT, long before the grace ran out")
    }

    @Test("a child that ignores SIGINT is killed when the grace period ends")
    func killed() {
        let start = Self.clock.now
        let outcome = SolverProcess.run(count: 1, deadline: start + .milliseconds(200), grace: .milliseconds(300)) { buffer in
            signal(SIGINT, SIG_IGN)
            while true { usleep(1_000) }
        }
        guard case .stopped = outcome else { Issue.record("expected a stopped child, got \(outcome)"); return }
        #expect(Self.clock.now - start < .seconds(3))
    }

    @Test("CBC stopped by the deadline answers without a proof, not with an error")
    func cbcStopped() throws {
        // Structural balance of a dense random map: CBC's first LP alone takes many seconds.
        let graph = try TestSupport.graph(InterruptAndLimitTests.denseMap(items: 120, density: 0.5), format: .csv)
        let start = Self.clock.now
        let report = try graph.structuralBalance(timeLimit: .milliseconds(500))
        #expect(Self.clock.now - start < .seconds(15))
        #expect(!report.exact)
        #expect(report.lowerBound <= report.upperBound)
        #expect(report.frustrationIndex == report.upperBound)
    }
}
