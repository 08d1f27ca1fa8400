/// A fuzzy-cognitive-map scenario, reported as Mental Modeler does: where the map settles with
/// the scenario's clamps and pushes, minus where it settles without them, item by item, so a
/// team sees who gains and who loses.
///
/// Both runs start from the same state; the baseline has no clamps and no pushes. Without a
/// scenario only the baseline is run.
public struct SimulationAnalysis: Sendable {
    /// The options the runs used.
    public let options: SimulationOptions
    /// The map simulated, at the level it was asked for.
    public let map: FuzzyCognitiveMap
    public let level: DetailLevel
    /// The run with no clamps and no pushes.
    public let baseline: SimulationRun
    /// The run with the clamps and pushes; `nil` when there are none.
    public let scenario: SimulationRun?
    /// Every item that is not clamped, ranked by change, largest gain first and largest loss
    /// last, ties by id; empty without a scenario.
    public let changes: [ItemChange]

    /// What this analysis does, for reports and docs.
    public static let info = AnalysisInfo(
        id: "simulate",
        title: "Scenario simulation",
        summary: "Runs the map as a fuzzy cognitive map with some items held or pushed, and ranks every other item by how far its settled value moves from the run without them.",
        citation: "B. Kosko, \"Fuzzy cognitive maps\", International Journal of Man-Machine Studies 24(1):65–75, 1986; C. D. Stylios and P. P. Groumpos, \"Modeling complex systems using fuzzy cognitive maps\", IEEE Transactions on Systems, Man, and Cybernetics, Part A 34(1):155–162, 2004; E. I. Papageorgiou and J. L. Salmeron, \"A review of fuzzy cognitive maps research during the last decade\", IEEE Transactions on Fuzzy Systems 21(1):66–79, 2013; scenarios as in S. A. Gray et al., \"Mental Modeler: a fuzzy-logic cognitive mapping modeling tool for adaptive environmental management\", HICSS 46, 2013."
    )

    /// The items that gain by more than the threshold, largest gain first.
    public var gains: [ItemChange] { changes.filter { $0.change > options.threshold } }
    /// The items that lose by more than the threshold, largest loss first.
    public var losses: [ItemChange] { changes.filter { $0.change < -options.threshold }.reversed() }
    /// The number of items whose change is within the threshold: a run stops once no item moves
    /// by more than the threshold, so a smaller change is within the runs' accuracy.
    public var unchangedCount: Int { changes.count { abs($0.change) <= options.threshold } }

    /// True when both runs reached a fixed point, so that the changes compare steady states.
    public var comparesSteadyStates: Bool {
        baseline.convergence == .fixedPoint && (scenario?.convergence ?? .fixedPoint) == .fixedPoint
    }
}

/// How one item's settled value moves under a scenario.
public struct ItemChange: Sendable, Hashable {
    public let item: Item
    /// The item's settled value without the scenario, and with it.
    public let baseline: Double
    public let scenario: Double
    /// True when the scenario set the item at step 0 (a push).
    public let pushed: Bool

    /// `scenario − baseline`: positive for a gain, negative for a loss.
    public var change: Double { scenario - baseline }
}

extension PlaceGraph {
    /// Runs the map as a fuzzy cognitive map, at the graph's own level, with and without the
    /// scenario in `options`; see ``fuzzyCognitiveMap()`` for the weights and
    /// ``SimulationAnalysis`` for the comparison.
    ///
    /// - Throws: ``SimulationError`` for an unknown id, an item set twice, a value the function
    ///   cannot take, a threshold, step limit or λ out of range, or a trajectory too large to keep.
    /// - Complexity: two runs of ``FuzzyCognitiveMap/run(from:clamped:rule:function:threshold:maxSteps:holdsSources:)``.
    public func simulation(_ options: SimulationOptions) throws(SimulationError) -> SimulationAnalysis {
        try options.check()
        let (values, overflow) = (options.maxSteps + 1).multipliedReportingOverflow(by: count)
        guard !overflow, values <= SimulationOptions.trajectoryLimit else {
            throw .tooLarge(items: count, maxSteps: options.maxSteps)
        }
        var seen: Set<String> = []
        var start = Array(repeating: options.startValue, count: count)
        var clamped: Set<Int> = [], pushed: Set<Int> = []
        for (setting, isClamp) in options.clamps.map({ ($0, true) }) + options.pushes.map({ ($0, false) }) {
            let index = try scenarioIndex(of: setting.id)
            guard seen.insert(setting.id).inserted else { throw .repeatedItem(setting.id) }
            guard options.function.allows(setting.value) else {
                throw .outOfRange(id: setting.id, value: setting.value, function: options.function)
            }
            start[index] = setting.value
            if isClamp { clamped.insert(index) } else { pushed.insert(index) }
        }
        let map = fuzzyCognitiveMap()
        func run(_ from: [Double], _ held: Set<Int>) -> SimulationRun {
            map.run(from: from, clamped: held, rule: options.rule, function: options.function,
                    threshold: options.threshold, maxSteps: options.maxSteps, holdsSources: options.holdsSources)
        }
        let baseline = run(Array(repeating: options.startValue, count: count), [])
        guard options.hasScenario else {
            return SimulationAnalysis(options: options, map: map, level: level, baseline: baseline, scenario: nil, changes: [])
        }
        let scenario = run(start, clamped)
        let before = baseline.outcome, after = scenario.outcome
        let changes = items.indices.filter { !clamped.contains($0) }
            .map { ItemChange(item: items[$0], baseline: before[$0], scenario: after[$0], pushed: pushed.contains($0)) }
            .sorted { ($1.change, $0.item.id) < ($0.change, $1.item.id) }
        return SimulationAnalysis(options: options, map: map, level: level, baseline: baseline, scenario: scenario,
                                  changes: changes)
    }

    /// The index of the item a scenario names.
    private func scenarioIndex(of id: String) throws(SimulationError) -> Int {
        if let index = index(of: id) { return index }
        if level == .services, let service = map.services.first(where: { $0.containsItem(id) }) {
            throw .notAtServiceLevel(id, service: service.id)
        }
        throw .unknownItem(id, suggestion: Suggestion.closest(to: id, in: items.lazy.map(\.id)))
    }
}

extension Service {
    /// True when `id` names one of the service's objectives, contracts or contract objectives.
    fileprivate func containsItem(_ id: String) -> Bool {
        objectives.contains { $0.id == id }
            || contracts.contains { $0.id == id || $0.objectives.contains { $0.id == id } }
    }
}
