import Foundation
import PlaceGraphKit

extension SimulationAnalysis {
    /// The scenario as JSON: the setup (`rule`, `function`, `lambda`, `initial`, `threshold`,
    /// `maxSteps`, `holdSources`, `clamps`, `pushes`), each run's `convergence`, `steps`,
    /// `period`, `lastChange` and `outcome` (id → settled value), `steadyStates`, the counts
    /// `gains`, `losses` and `unchanged`, every unclamped item's change in `changes` (ranked,
    /// largest gain first), and `mixedPairs`. Keys are sorted; numbers follow the one policy.
    ///
    /// - Throws: `EncodingError` when a number cannot be written.
    public func json() throws -> Data {
        var lambda: JSONNumber?
        if case .sigmoid(let value) = options.function { lambda = JSONNumber(value) }
        let body = JSONBody(
            level: level.rawValue, items: map.count, rule: options.rule.rawValue, function: options.function.name,
            lambda: lambda, initial: JSONNumber(options.startValue), threshold: JSONNumber(options.threshold),
            maxSteps: options.maxSteps, holdSources: options.holdsSources,
            clamps: options.clamps.map(JSONSetting.init), pushes: options.pushes.map(JSONSetting.init),
            baseline: JSONRun(baseline, items: map.items), scenario: scenario.map { JSONRun($0, items: map.items) },
            steadyStates: comparesSteadyStates,
            gains: gains.count, losses: losses.count, unchanged: unchangedCount,
            changes: changes.map(JSONChange.init),
            mixedPairs: map.mixedPairs.map(JSONMixedPair.init))
        return try JSONDocument.encode(body)
    }

    /// The trajectory as JSON: `items` (the ids, in column order), then `baseline` and
    /// `scenario` (absent without one), each with `convergence`, `steps` and `states`, one array
    /// of values per step from step 0.
    ///
    /// - Throws: `EncodingError` when a number cannot be written.
    public func trajectoryJSON() throws -> Data {
        struct Trajectory: Encodable {
            let items: [String]
            let baseline: JSONStates
            let scenario: JSONStates?
        }
        struct JSONStates: Encodable {
            let convergence: String
            let steps: Int
            let period: Int?
            let states: [[JSONNumber]]
            init(_ run: SimulationRun) {
                (convergence, period) = JSONRun.convergence(run)
                steps = run.steps
                states = run.states.map { $0.map(JSONNumber.init) }
            }
        }
        return try JSONDocument.encode(Trajectory(items: map.items.map(\.id), baseline: JSONStates(baseline),
                                                  scenario: scenario.map(JSONStates.init)))
    }

    private struct JSONBody: Encodable {
        let level: String
        let items: Int
        let rule, function: String
        let lambda: JSONNumber?
        let initial, threshold: JSONNumber
        let maxSteps: Int
        let holdSources: Bool
        let clamps, pushes: [JSONSetting]
        let baseline: JSONRun
        let scenario: JSONRun?
        let steadyStates: Bool
        let gains, losses, unchanged: Int
        let changes: [JSONChange]
        let mixedPairs: [JSONMixedPair]
    }

    private struct JSONSetting: Encodable {
        let item: String
        let value: JSONNumber
        init(_ setting: ItemSetting) { (item, value) = (setting.id, JSONNumber(setting.value)) }
    }

    private struct JSONRun: Encodable {
        let convergence: String
        let period: Int?
        let steps: Int
        let lastChange: JSONNumber
        let outcome: [String: JSONNumber]

        init(_ run: SimulationRun, items: [Item]) {
            (convergence, period) = Self.convergence(run)
            steps = run.steps
            lastChange = JSONNumber(run.lastChange)
            let values = run.outcome
            outcome = Dictionary(uniqueKeysWithValues: items.indices.map { (items[$0].id, JSONNumber(values[$0])) })
        }

        /// `fixed-point`, `limit-cycle` with its period, or `not-settled`.
        static func convergence(_ run: SimulationRun) -> (String, Int?) {
            switch run.convergence {
            case .fixedPoint: ("fixed-point", nil)
            case .limitCycle(let period): ("limit-cycle", period)
            case .notSettled: ("not-settled", nil)
            }
        }
    }

    private struct JSONChange: Encodable {
        let item, name, kind: String
        let baseline, scenario, change: JSONNumber
        let pushed: Bool
        init(_ change: ItemChange) {
            (item, name, kind) = (change.item.id, change.item.name, change.item.kind.rawValue)
            (baseline, scenario) = (JSONNumber(change.baseline), JSONNumber(change.scenario))
            self.change = JSONNumber(change.change)
            pushed = change.pushed
        }
    }

    private struct JSONMixedPair: Encodable {
        let from, to: String
        let reinforcing, undermining: Int
        let weight: JSONNumber
        init(_ pair: FuzzyCognitiveMap.MixedPair) {
            (from, to, reinforcing, undermining) = (pair.from, pair.to, pair.reinforcing, pair.undermining)
            weight = JSONNumber(pair.weight)
        }
    }
}
