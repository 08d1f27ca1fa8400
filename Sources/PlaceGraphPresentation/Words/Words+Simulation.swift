import PlaceGraphKit

extension Words {
    /// A simulated value with 4 decimals and no trailing zeros: `0.6225`, `1`.
    public static func state(_ value: Double) -> String { formatNumber(value, decimals: 4) }

    /// A simulated value with exactly 4 decimals, for columns that line up: `0.6225`, `1.0000`.
    public static func fixed(_ value: Double) -> String {
        let text = String(format: "%.4f", value)
        return text == "-0.0000" ? "0.0000" : text
    }

    /// A change with its sign and 4 decimals, a true minus for losses: `+0.2310`, `−0.0120`,
    /// `+<0.0001` for a change too small to show.
    public static func change(_ value: Double) -> String {
        guard value != 0 else { return "0.0000" }
        let sign = value > 0 ? "+" : "−"
        return abs(value) < 0.00005 ? sign + "<0.0001" : sign + fixed(abs(value))
    }

    /// "modified Kosko", "rescaled".
    public static func rule(_ rule: UpdateRule) -> String {
        switch rule {
        case .kosko: "Kosko"
        case .modifiedKosko: "modified Kosko"
        case .rescaled: "rescaled"
        }
    }

    /// "sigmoid (λ = 1)", "tanh", "bivalent".
    public static func function(_ function: ActivationFunction) -> String {
        if case .sigmoid(let lambda) = function { return "sigmoid (λ = \(formatNumber(lambda, decimals: 4)))" }
        return function.name
    }

    /// "modified Kosko rule, sigmoid (λ = 1), every item starting at 0.5, threshold 0.001, at
    /// most 100 steps", with the convention for items nothing affects when it is on.
    public static func setup(_ options: SimulationOptions) -> String {
        "\(rule(options.rule)) rule, \(function(options.function)), every item starting at \(state(options.startValue)), "
            + "threshold \(formatNumber(options.threshold, decimals: 6)), at most \(grouped(options.maxSteps)) steps"
            + (options.holdsSources ? ", items nothing affects held at their start" : "")
    }

    /// "clamps 'a' at 1 and 'b' at 0; pushes 'c' to 0.9", or "no clamps or pushes".
    public static func scenario(_ options: SimulationOptions) -> String {
        func list(_ settings: [ItemSetting], _ word: String) -> String? {
            guard !settings.isEmpty else { return nil }
            let parts = settings.map { "'\($0.id)' \(word) \(state($0.value))" }
            return parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
        }
        let parts = [list(options.clamps, "at").map { "clamps " + $0 }, list(options.pushes, "to").map { "pushes " + $0 }]
            .compactMap { $0 }
        return parts.isEmpty ? "no clamps or pushes" : parts.joined(separator: "; ")
    }

    /// "reached a fixed point after 14 steps", "settled into a cycle of period 2 (100 steps)",
    /// "did not settle within 100 steps (last change 0.0123)".
    public static func convergence(_ run: SimulationRun) -> String {
        switch run.convergence {
        case .fixedPoint:
            "reached a fixed point after \(count(run.steps, "step"))"
        case .limitCycle(let period):
            "settled into a cycle of period \(period) (\(count(run.steps, "step")); its mean over one period is used)"
        case .notSettled:
            "did not settle within \(count(run.steps, "step")) (last change \(formatNumber(run.lastChange, decimals: 4)); "
                + "its last state is used)"
        }
    }

    /// "12 items gain, 5 lose, 30 unchanged (within the threshold)".
    public static func headline(_ simulation: SimulationAnalysis) -> String {
        let gains = simulation.gains.count, losses = simulation.losses.count
        return "\(count(gains, "item")) \(gains == 1 ? "gains" : "gain"), \(losses) \(losses == 1 ? "loses" : "lose"), "
            + "\(simulation.unchangedCount) unchanged (within the threshold)"
    }

    /// Why the changes are not a comparison of steady states, or `nil` when they are.
    public static func caution(_ simulation: SimulationAnalysis) -> String? {
        guard !simulation.comparesSteadyStates else { return nil }
        return "a run did not reach a fixed point, so the changes compare cycle means or last states, not steady states"
    }

    /// "'a' → 'b': 2 reinforcing and 1 undermining interaction netted to one weight of −0.3333".
    public static func mixedPair(_ pair: FuzzyCognitiveMap.MixedPair) -> String {
        "'\(pair.from)' → '\(pair.to)': \(pair.reinforcing) reinforcing and \(count(pair.undermining, "undermining interaction")) "
            + "netted to one weight of \(change(pair.weight))"
    }
}
