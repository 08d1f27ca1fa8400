import Foundation
import Testing
@testable import PlaceGraphKit

/// Small maps whose runs are worked out by hand from the published equations: Kosko (1986)
/// A(t+1) = f(Wᵀ·A(t)); modified Kosko (Stylios & Groumpos 2004) f(A(t) + Wᵀ·A(t)); rescaled
/// (Papageorgiou & Salmeron 2013) f((2A(t) − 1) + Wᵀ·(2A(t) − 1)).
@Suite("Fuzzy cognitive map runs, worked by hand")
struct SimulationKnownAnswerTests {
    static func sigmoid(_ x: Double, _ lambda: Double = 1) -> Double { 1 / (1 + exp(-lambda * x)) }

    /// Services `a`, `b`, … and the interactions given as `from to effect` lines.
    static func graph(_ ids: [String], _ interactions: [(String, String, Double)]) throws -> PlaceGraph {
        let services = ids.map { "  - {id: \($0), name: \($0.uppercased())}" }.joined(separator: "\n")
        let lines = interactions.map { "  - {from: \($0.0), to: \($0.1), effect: \($0.2)}" }.joined(separator: "\n")
        return try TestSupport.graph(TestSupport.map(services: services, interactions: lines))
    }

    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-12 }
    }

    @Test("a +3 effect is a weight of 1: under Kosko b follows f(a), and a, affected by nothing, becomes f(0)")
    func kosko() throws {
        let map = try Self.graph(["a", "b"], [("a", "b", 3)]).fuzzyCognitiveMap()
        #expect(map.weight(from: 0, to: 1) == 1)
        let run = map.run(from: [1, 0], rule: .kosko, function: .sigmoid(lambda: 1), threshold: 0.001, maxSteps: 10)
        #expect(Self.close(run.states[1], [0.5, Self.sigmoid(1)]))
        #expect(Self.close(run.states[2], [0.5, Self.sigmoid(0.5)]))
        #expect(run.steps == 3 && run.convergence == .fixedPoint)
    }

    @Test("modified Kosko adds each item's own value; λ sets the sigmoid's steepness")
    func modifiedKosko() throws {
        let map = try Self.graph(["a", "b"], [("a", "b", -1.5)]).fuzzyCognitiveMap()
        let run = map.run(from: [0.8, 0.4], rule: .modifiedKosko, function: .sigmoid(lambda: 2), threshold: 0, maxSteps: 2)
        let a1 = Self.sigmoid(0.8, 2), b1 = Self.sigmoid(0.4 - 0.5 * 0.8, 2)
        #expect(Self.close(run.states[1], [a1, b1]))
        #expect(Self.close(run.states[2], [Self.sigmoid(a1, 2), Self.sigmoid(b1 - 0.5 * a1, 2)]))
    }

    @Test("the rescaled rule maps 0.5 to 0, so a sigmoid map started at 0.5 is at its fixed point from step 1")
    func rescaled() throws {
        let map = try Self.graph(["a", "b", "c"], [("a", "b", 2), ("b", "c", -3), ("c", "a", 1)]).fuzzyCognitiveMap()
        let run = map.run(from: [0.5, 0.5, 0.5], rule: .rescaled, function: .sigmoid(lambda: 1), threshold: 0, maxSteps: 10)
        #expect(run.steps == 1 && run.states[1] == [0.5, 0.5, 0.5] && run.convergence == .fixedPoint)
        let moved = map.run(from: [1, 0, 0.5], rule: .rescaled, function: .tanh, threshold: 0, maxSteps: 1)
        // a: (2·1−1) + (1/3)(2·0.5−1) = 1; b: −1 + (2/3)·1; c: 0 + (−1)·(−1).
        #expect(Self.close(moved.states[1], [tanh(1), tanh(-1.0 / 3), tanh(1)]))
    }

    @Test("effects that cancel on the scale cancel exactly, so the bivalent function sees 0, not float noise")
    func exactCancelling() throws {
        let map = try Self.graph(["a", "b", "c", "d", "t"], [("a", "t", 1), ("b", "t", 1), ("c", "t", 1), ("d", "t", -3)])
            .fuzzyCognitiveMap()
        let run = map.run(from: [1, 1, 1, 1, 1], rule: .kosko, function: .bivalent, threshold: 0, maxSteps: 1)
        #expect(run.states[1][4] == 0)
        let tri = map.run(from: [1, 1, 1, 1, 1], rule: .kosko, function: .trivalent, threshold: 0, maxSteps: 1)
        #expect(tri.states[1][4] == 0)
    }

    @Test("a negative two-item loop under the trivalent Kosko rule cycles with period 4, and the outcome is the cycle's mean")
    func limitCycle() throws {
        let map = try Self.graph(["a", "b"], [("a", "b", 3), ("b", "a", -3)]).fuzzyCognitiveMap()
        let run = map.run(from: [1, 0], rule: .kosko, function: .trivalent, threshold: 0.001, maxSteps: 20)
        #expect(Array(run.states.prefix(5)) == [[1, 0], [0, 1], [-1, 0], [0, -1], [1, 0]])
        #expect(run.convergence == .limitCycle(period: 4))
        #expect(run.steps == 20)
        #expect(run.outcome == [0, 0])
    }

    @Test("a run cut short before it settles or repeats is reported as not settled, with its last state")
    func notSettled() throws {
        let map = try Self.graph(["a", "b"], [("a", "b", 3), ("b", "a", 2)]).fuzzyCognitiveMap()
        let run = map.run(from: [0, 0], rule: .modifiedKosko, function: .sigmoid(lambda: 1), threshold: 0.001, maxSteps: 2)
        #expect(run.convergence == .notSettled)
        #expect(run.outcome == run.states[2])
        #expect(run.lastChange > 0.001)
    }

    @Test("a clamp holds its item every step; a push sets it at step 0 only; holding sources keeps unaffected items")
    func clampPushHold() throws {
        let map = try Self.graph(["a", "b"], [("a", "b", 3)]).fuzzyCognitiveMap()
        let clamped = map.run(from: [1, 0.5], clamped: [0], rule: .kosko, function: .sigmoid(lambda: 1), threshold: 0, maxSteps: 3)
        #expect(clamped.states.allSatisfy { $0[0] == 1 })
        #expect(clamped.states[1][1] == Self.sigmoid(1) && clamped.states.last?[1] == Self.sigmoid(1))
        #expect(clamped.steps == 2 && clamped.convergence == .fixedPoint)
        let pushed = map.run(from: [1, 0.5], rule: .kosko, function: .sigmoid(lambda: 1), threshold: 0, maxSteps: 3)
        #expect(pushed.states[1][0] == 0.5 && pushed.states[2][1] == Self.sigmoid(0.5))
        let held = map.run(from: [0.9, 0.5], rule: .kosko, function: .sigmoid(lambda: 1), threshold: 0, maxSteps: 3,
                           holdsSources: true)
        #expect(held.states.allSatisfy { $0[0] == 0.9 })
        #expect(held.states.last?[1] == Self.sigmoid(0.9))
    }
}
