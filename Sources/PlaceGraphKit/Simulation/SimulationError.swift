import Foundation

/// Why a simulation could not start. Each case carries its own short message.
public enum SimulationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A scenario names an id the map does not have; `suggestion` is the closest id, if one is close.
    case unknownItem(String, suggestion: String?)
    /// At service level, a scenario names a contract or objective, which is folded into `service`.
    case notAtServiceLevel(String, service: String)
    /// A scenario sets the same item twice.
    case repeatedItem(String)
    /// A value the activation function cannot produce; `id` is `nil` for the start value.
    case outOfRange(id: String?, value: Double, function: ActivationFunction)
    /// A threshold, step limit or λ out of its range.
    case invalidNumber(name: String, value: Double)
    /// A run of `items` items over `maxSteps` steps would keep more values than
    /// ``SimulationOptions/trajectoryLimit``.
    case tooLarge(items: Int, maxSteps: Int)

    public var description: String {
        switch self {
        case let .unknownItem(id, suggestion):
            return "unknown id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case let .notAtServiceLevel(id, service):
            return "'\(id)' is part of the service '\(service)', which stands for it at service level; "
                + "name '\(service)', or simulate every item"
        case let .repeatedItem(id):
            return "'\(id)' is set twice; give each item one value"
        case let .outOfRange(id, value, function):
            let subject = id.map { "the value \(Self.number(value)) for '\($0)'" } ?? "the start value \(Self.number(value))"
            return "\(subject) is not a value \(function.name) can take; use \(Self.values(function))"
        case let .tooLarge(items, maxSteps):
            let most = SimulationOptions.trajectoryLimit / max(1, items) - 1
            return "\(items) items over \(maxSteps) steps would keep more than \(SimulationOptions.trajectoryLimit) values; "
                + "allow at most \(max(most, 0)) steps"
        case let .invalidNumber(name, value):
            return "'\(name)' must be \(Self.bounds[name] ?? "a finite number"), not '\(Self.number(value))'"
        }
    }

    private static let bounds = [
        "threshold": "a finite number, 0 or more",
        "maxSteps": "from 1 to \(SimulationOptions.maxStepsLimit)",
        "lambda": "above 0 and at most \(Int(SimulationOptions.lambdaLimit))",
    ]

    /// The values a function takes, in words.
    private static func values(_ function: ActivationFunction) -> String {
        switch function {
        case .sigmoid: "a number from 0 to 1"
        case .tanh: "a number from -1 to 1"
        case .bivalent: "0 or 1"
        case .trivalent: "-1, 0 or 1"
        }
    }

    private static func number(_ value: Double) -> String {
        value.isFinite ? formatNumber(value, decimals: 6) : String(describing: value)
    }
}
