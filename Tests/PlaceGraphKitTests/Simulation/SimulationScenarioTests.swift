import Foundation
import Testing
@testable import PlaceGraphKit

/// Scenarios: the clamped steady state minus the baseline's, ranked, and the checks on what a
/// scenario may ask for.
@Suite("Simulation scenarios")
struct SimulationScenarioTests {
    static var graph: PlaceGraph {
        get throws {
            let services = ["x", "y", "z", "w"].map { "  - {id: \($0), name: \($0.uppercased())}" }.joined(separator: "\n")
            let interactions = "  - {from: x, to: y, effect: 2}\n  - {from: x, to: z, effect: -3}\n  - {from: w, to: w, effect: 1}"
            return try TestSupport.graph(TestSupport.map(services: services, interactions: interactions))
        }
    }

    @Test("clamping x at 1 under Kosko and tanh: y gains tanh(2/3), z loses tanh(1), w is unchanged; ranked gain first")
    func ranked() throws {
        let options = SimulationOptions(rule: .kosko, function: .tanh, clamps: [ItemSetting(id: "x", value: 1)])
        let simulation = try Self.graph.simulation(options)
        // From 0 everywhere the baseline stays at 0; with x held at 1, y = tanh(2/3) and z = tanh(−1).
        #expect(simulation.baseline.outcome == [0, 0, 0, 0])
        #expect(simulation.changes.map(\.item.id) == ["y", "w", "z"])
        let change = Dictionary(uniqueKeysWithValues: simulation.changes.map { ($0.item.id, $0.change) })
        #expect(abs((change["y"] ?? 0) - tanh(2.0 / 3)) < 1e-12)
        #expect(abs((change["z"] ?? 0) + tanh(1)) < 1e-12)
        #expect(change["w"] == 0)
        #expect(simulation.gains.map(\.item.id) == ["y"] && simulation.losses.map(\.item.id) == ["z"])
        #expect(simulation.unchangedCount == 1 && simulation.comparesSteadyStates)
    }

    @Test("a push fades where the map has one fixed point, and is marked on its item")
    func pushFades() throws {
        let options = SimulationOptions(rule: .kosko, function: .sigmoid(lambda: 1), pushes: [ItemSetting(id: "x", value: 1)])
        let simulation = try Self.graph.simulation(options)
        #expect(simulation.changes.allSatisfy { abs($0.change) <= 0.001 })
        #expect(simulation.changes.first { $0.item.id == "x" }?.pushed == true)
    }

    @Test("without clamps or pushes only the baseline runs")
    func baselineOnly() throws {
        let simulation = try Self.graph.simulation(SimulationOptions())
        #expect(simulation.scenario == nil && simulation.changes.isEmpty)
        #expect(simulation.baseline.states[0] == [0.5, 0.5, 0.5, 0.5])
    }

    @Test("bad scenarios and numbers are errors with their own message", arguments: [
        (SimulationOptions(clamps: [ItemSetting(id: "yy", value: 1)]), "unknown id 'yy'; did you mean 'y'?"),
        (SimulationOptions(clamps: [ItemSetting(id: "x", value: 1)], pushes: [ItemSetting(id: "x", value: 0)]),
         "'x' is set twice; give each item one value"),
        (SimulationOptions(clamps: [ItemSetting(id: "x", value: 1.5)]),
         "the value 1.5 for 'x' is not a value sigmoid can take; use a number from 0 to 1"),
        (SimulationOptions(function: .bivalent, pushes: [ItemSetting(id: "x", value: 0.5)]),
         "the value 0.5 for 'x' is not a value bivalent can take; use 0 or 1"),
        (SimulationOptions(function: .trivalent, clamps: [ItemSetting(id: "x", value: -2)]),
         "the value -2 for 'x' is not a value trivalent can take; use -1, 0 or 1"),
        (SimulationOptions(function: .tanh, initial: .nan), "the start value nan is not a value tanh can take; use a number from -1 to 1"),
        (SimulationOptions(threshold: -1), "'threshold' must be a finite number, 0 or more, not '-1'"),
        (SimulationOptions(threshold: .infinity), "'threshold' must be a finite number, 0 or more, not 'inf'"),
        (SimulationOptions(maxSteps: 0), "'maxSteps' must be from 1 to 10000, not '0'"),
        (SimulationOptions(maxSteps: 10_001), "'maxSteps' must be from 1 to 10000, not '10001'"),
        (SimulationOptions(function: .sigmoid(lambda: 0)), "'lambda' must be above 0 and at most 1000, not '0'"),
        (SimulationOptions(function: .sigmoid(lambda: .nan)), "'lambda' must be above 0 and at most 1000, not 'nan'"),
    ])
    func errors(options: SimulationOptions, message: String) throws {
        let graph = try Self.graph
        do {
            _ = try graph.simulation(options)
            Issue.record("accepted: \(message)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("a run whose trajectory would pass 25 million values is refused before it starts, naming the steps that fit")
    func tooLarge() throws {
        let services = (1...2_500).map { "  - {id: s\($0), name: S\($0)}" }.joined(separator: "\n")
        let graph = try TestSupport.graph(TestSupport.map(services: services))
        do {
            _ = try graph.simulation(SimulationOptions(maxSteps: 10_000))
            Issue.record("a 25-million-value trajectory was accepted")
        } catch {
            #expect(error.description == "2500 items over 10000 steps would keep more than 25000000 values; allow at most 9999 steps")
        }
        #expect(try graph.simulation(SimulationOptions(maxSteps: 9_999)).baseline.convergence == .fixedPoint)
    }

    @Test("at service level a contract or objective id names the service that stands for it")
    func serviceLevel() throws {
        let graph = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph).at(.services)
        do {
            _ = try graph.simulation(SimulationOptions(clamps: [ItemSetting(id: "fortnightly-cut", value: 0)]))
            Issue.record("an objective was accepted at service level")
        } catch {
            #expect(error == .notAtServiceLevel("fortnightly-cut", service: "green-spaces"))
        }
        let simulation = try graph.simulation(SimulationOptions(clamps: [ItemSetting(id: "green-spaces", value: 0)]))
        #expect(simulation.changes.count == graph.count - 1)
    }
}
