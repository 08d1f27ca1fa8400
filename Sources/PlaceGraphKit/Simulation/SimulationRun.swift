/// One run of a fuzzy cognitive map from a start state: every state it passed through, and how
/// it ended.
public struct SimulationRun: Sendable, Hashable {
    /// The state at each step, indexed like ``FuzzyCognitiveMap/items``; `states[0]` is the start.
    public let states: [[Double]]
    /// How the run ended: at a fixed point, in a limit cycle, or not settled.
    public let convergence: Convergence
    /// The largest change of any item in the last step.
    public let lastChange: Double

    /// The number of steps taken.
    public var steps: Int { states.count - 1 }

    /// What the run settles to, for comparing runs: the fixed point; the mean over one period
    /// of a limit cycle; the last state when the run did not settle.
    public let outcome: [Double]

    init(states: [[Double]], convergence: Convergence, lastChange: Double) {
        self.states = states
        self.convergence = convergence
        self.lastChange = lastChange
        guard case .limitCycle(let period) = convergence, let last = states.last else {
            outcome = states.last ?? []
            return
        }
        var mean = Array(repeating: 0.0, count: last.count)
        for state in states.suffix(period) {
            for index in mean.indices { mean[index] += state[index] }
        }
        outcome = mean.map { $0 / Double(period) }
    }
}

/// How a run of a fuzzy cognitive map ended.
public enum Convergence: Sendable, Hashable {
    /// No item changed by more than the threshold in the last step.
    case fixedPoint
    /// The last `period` states repeat the `period` before them, each item within the threshold.
    case limitCycle(period: Int)
    /// Neither, within the step limit: the run may be chaotic, or need more steps.
    case notSettled

    /// The smallest period p ≥ 2 for which each of the last p states is within `tolerance` of
    /// the state p steps before it, or `nil`.
    ///
    /// - Complexity: O(*T*² · *n*) in the worst case for *T* states of *n* items; a comparison
    ///   stops at the first item that differs, so it is nearer O(*T*²) in practice.
    static func period(of states: [[Double]], tolerance: Double) -> Int? {
        let last = states.count - 1
        guard last >= 3 else { return nil }
        periods: for period in 2...(last + 1) / 2 {
            for back in 0..<period {
                let now = states[last - back], before = states[last - back - period]
                for index in now.indices where abs(now[index] - before[index]) > tolerance { continue periods }
            }
            return period
        }
        return nil
    }
}

extension FuzzyCognitiveMap {
    /// Runs the map from `start`, holding the `clamped` items at their values after every step.
    ///
    /// Each step computes every item's weighted sum from the previous state (a synchronous
    /// update), applies `rule` and `function`, puts the held items back, and stops once no
    /// item changed by more than `threshold` or after `maxSteps` steps. A run that did not
    /// reach a fixed point is searched for a limit cycle, within the same threshold.
    ///
    /// - Parameters:
    ///   - start: every item's value at step 0, clamps and pushes included.
    ///   - clamped: the indices of the items held at their start value.
    ///   - rule: how each next state follows from the present one.
    ///   - function: the activation function; `start` should hold values it can produce.
    ///   - threshold: the largest change of any item in a step that counts as settled.
    ///   - maxSteps: the most steps to take.
    ///   - holdsSources: also hold the items that nothing affects (FCMpy's convention).
    /// - Complexity: O(*s* · (*n* + *m*)) for *s* steps, *n* items and *m* weights, plus the
    ///   cycle search when the run does not settle.
    public func run(from start: [Double], clamped: Set<Int> = [], rule: UpdateRule, function: ActivationFunction,
                    threshold: Double, maxSteps: Int, holdsSources: Bool = false) -> SimulationRun {
        precondition(start.count == count, "a start state has one value per item")
        var held = clamped
        if holdsSources { held.formUnion(items.indices.filter { !isAffected($0) }) }
        let heldIndices = held.sorted()
        var states = [start]
        states.reserveCapacity(min(maxSteps, 1_000) + 1)
        var current = start, input = start.map(rule.input), lastChange = 0.0
        var next = current
        for _ in 0..<maxSteps {
            for target in 0..<count {
                var sum = 0.0
                for position in incomingStart[target]..<incomingStart[target + 1] {
                    sum += effects[position] * input[sources[position]]
                }
                next[target] = function(rule.argument(own: input[target], sum: sum / Self.scale))
            }
            for index in heldIndices { next[index] = start[index] }
            lastChange = 0
            for index in 0..<count {
                lastChange = max(lastChange, abs(next[index] - current[index]))
                input[index] = rule.input(next[index])
            }
            swap(&current, &next)
            states.append(current)
            if lastChange <= threshold { break }
        }
        let convergence: Convergence = if lastChange <= threshold { .fixedPoint }
            else if let period = Convergence.period(of: states, tolerance: threshold) { .limitCycle(period: period) }
            else { .notSettled }
        return SimulationRun(states: states, convergence: convergence, lastChange: lastChange)
    }
}
