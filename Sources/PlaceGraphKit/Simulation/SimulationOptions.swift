/// What a fuzzy-cognitive-map simulation runs with; see ``PlaceGraph/simulation(_:)``.
///
/// The defaults are the modified Kosko rule with a sigmoid of λ = 1, every item starting at
/// the middle of the function's range, a threshold of 0.001 and at most 100 steps.
public struct SimulationOptions: Sendable, Hashable {
    /// How each next state follows from the present one.
    public var rule: UpdateRule
    /// The function that squashes weighted sums into each item's range.
    public var function: ActivationFunction
    /// Every item's value at step 0; `nil` for the function's ``ActivationFunction/neutral`` value.
    public var initial: Double?
    /// Items held at a value at step 0 and after every step: the scenario.
    public var clamps: [ItemSetting]
    /// Items set to a value at step 0 only, then left to the map.
    public var pushes: [ItemSetting]
    /// A run has reached a fixed point once no item changes by more than this in one step.
    public var threshold: Double
    /// The most steps a run takes, 1…``maxStepsLimit``.
    public var maxSteps: Int
    /// Items nothing affects keep their step-0 value, as FCMpy does, instead of following the rule.
    public var holdsSources: Bool

    /// The largest ``maxSteps`` accepted, which bounds the memory a trajectory takes.
    public static let maxStepsLimit = 10_000
    /// The most values one run may keep, (steps + 1) × items: 200 MB of trajectory.
    public static let trajectoryLimit = 25_000_000
    /// The largest sigmoid λ accepted.
    public static let lambdaLimit = 1_000.0

    public init(rule: UpdateRule = .modifiedKosko, function: ActivationFunction = .sigmoid(lambda: 1),
                initial: Double? = nil, clamps: [ItemSetting] = [], pushes: [ItemSetting] = [],
                threshold: Double = 0.001, maxSteps: Int = 100, holdsSources: Bool = false) {
        self.rule = rule
        self.function = function
        self.initial = initial
        self.clamps = clamps
        self.pushes = pushes
        self.threshold = threshold
        self.maxSteps = maxSteps
        self.holdsSources = holdsSources
    }

    /// Every item's value at step 0.
    public var startValue: Double { initial ?? function.neutral }

    /// True when there is a scenario to compare with the baseline.
    public var hasScenario: Bool { !clamps.isEmpty || !pushes.isEmpty }

    /// Checks the numbers that do not depend on the map.
    ///
    /// - Throws: ``SimulationError`` for a threshold, step limit, λ or start value out of range.
    func check() throws(SimulationError) {
        guard threshold.isFinite, threshold >= 0 else { throw .invalidNumber(name: "threshold", value: threshold) }
        guard (1...Self.maxStepsLimit).contains(maxSteps) else {
            throw .invalidNumber(name: "maxSteps", value: Double(maxSteps))
        }
        if case .sigmoid(let lambda) = function, !(lambda > 0 && lambda <= Self.lambdaLimit) {
            throw .invalidNumber(name: "lambda", value: lambda)
        }
        if let initial, !function.allows(initial) {
            throw .outOfRange(id: nil, value: initial, function: function)
        }
    }
}

/// An item and the value a scenario gives it.
public struct ItemSetting: Sendable, Hashable {
    public let id: String
    public let value: Double

    public init(id: String, value: Double) {
        self.id = id
        self.value = value
    }
}
