import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph simulate MAP`: a fuzzy-cognitive-map scenario, who gains and who loses.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run a fuzzy-cognitive-map scenario: who gains and who loses.",
        discussion: """
            The map becomes a fuzzy cognitive map with weights effect / 3. The scenario (--clamp, \
            --push) runs beside a baseline from the same start with neither, and each item's change \
            is where it settles in the scenario minus where it settles in the baseline, as Mental \
            Modeler reports it. Rules: kosko (Kosko 1986), modified-kosko (Stylios & Groumpos 2004), \
            rescaled (Papageorgiou 2011; Papageorgiou & Salmeron 2013).
            """
    )

    @OptionGroup var input: MapInput
    @OptionGroup var level: LevelOption

    @Option(parsing: .singleValue, help: ArgumentHelp(
        "Hold an item at a value at every step (repeatable).", valueName: "id=value"))
    var clamp: [String] = []

    @Option(parsing: .singleValue, help: ArgumentHelp(
        "Set an item to a value at step 0 only (repeatable).", valueName: "id=value"))
    var push: [String] = []

    @Option(help: "The update rule: kosko, modified-kosko or rescaled.")
    var rule = RenderChoice(UpdateRule.modifiedKosko)

    @Option(help: "The activation function: sigmoid, tanh, bivalent or trivalent.")
    var function: FunctionArgument = .sigmoid

    @Option(name: .customLong("lambda"), parsing: .unconditional, help: ArgumentHelp("The sigmoid's steepness λ, above 0 and at most 1000 (default 1).", valueName: "λ"))
    var lambda: Double?

    // Unconditional, so that a negative value ('--initial -0.5') is read as the value.
    @Option(parsing: .unconditional, help: ArgumentHelp("Every item's value at step 0.",
                               discussion: "Defaults to 0.5 for sigmoid and 0 for tanh, bivalent and trivalent.",
                               valueName: "value"))
    var initial: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Stop once no item changes by more than this in a step.", valueName: "value"))
    var threshold = 0.001

    @Option(name: .customLong("max-steps"), parsing: .unconditional, help: ArgumentHelp(
        "Stop after N steps, 1 to \(SimulationOptions.maxStepsLimit).", valueName: "N"))
    var maxSteps = 100

    @Flag(name: .customLong("hold-sources"), help: "Hold the items nothing affects at their start value, as FCMpy does.")
    var holdSources = false

    @Option(parsing: .unconditional, help: ArgumentHelp("List at most N gains and N losses in text and Markdown; 0 for all.", valueName: "N"))
    var top = 10

    @Option(help: ArgumentHelp("Output format: text, markdown, json, or csv (the trajectory).", valueName: "format"))
    var format: SimulateFormat = .text

    @Option(help: ArgumentHelp("Also write every step of both runs to PATH, as .csv or .json.", valueName: "path"))
    var trajectory: String?

    @OptionGroup var output: OutputOption

    /// For scripts/bench-simulate: print the simulation time only.
    @Flag(help: .hidden)
    var benchmark = false

    func validate() throws {
        guard threshold.isFinite, threshold >= 0 else {
            throw ValidationError("--threshold must be a finite number, 0 or more, not '\(threshold)'")
        }
        guard (1...SimulationOptions.maxStepsLimit).contains(maxSteps) else {
            throw ValidationError("--max-steps must be from 1 to \(SimulationOptions.maxStepsLimit), not '\(maxSteps)'")
        }
        if let lambda {
            guard function == .sigmoid else { throw ValidationError("--lambda applies only to --function sigmoid") }
            guard lambda > 0, lambda <= SimulationOptions.lambdaLimit else {
                throw ValidationError("--lambda must be above 0 and at most \(Int(SimulationOptions.lambdaLimit)), not '\(lambda)'")
            }
        }
        guard top >= 0 else { throw ValidationError("--top must be 0 or more, not '\(top)'") }
        if let trajectory, Self.trajectoryFormat(trajectory) == nil {
            throw ValidationError("--trajectory must name a .csv or .json file, not '\(trajectory)'")
        }
        _ = try settings(clamp, "--clamp")
        _ = try settings(push, "--push")
    }

    func run() throws {
        let graph = try input.graph().at(level.level.level)
        let options = SimulationOptions(
            rule: rule.value, function: function.function(lambda: lambda ?? 1), initial: initial,
            clamps: try settings(clamp, "--clamp"), pushes: try settings(push, "--push"),
            threshold: threshold, maxSteps: maxSteps, holdsSources: holdSources)
        let simulation = try graph.simulation(options)
        if benchmark {
            let clock = ContinuousClock()
            let elapsed = try (0..<3).map { _ in try clock.measure { _ = try graph.simulation(options) } }.min() ?? .zero
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            Console.standardOutput.write("{\"items\": \(graph.count), \"steps\": \(simulation.baseline.steps), \"seconds\": \(seconds)}\n")
            return
        }
        if let trajectory {
            if let path = output.path, URL(fileURLWithPath: path).standardizedFileURL == URL(fileURLWithPath: trajectory).standardizedFileURL {
                throw CLIFailure.usage("--trajectory and -o name the same file '\(trajectory)'; name two files")
            }
            let data = Self.trajectoryFormat(trajectory) == .csv
                ? Data(simulation.trajectoryCSV().utf8) : try simulation.trajectoryJSON()
            try OutputFile.write(data, to: trajectory, protecting: [input.map])
        }
        let listed = top == 0 ? nil : top
        switch format {
        case .csv:
            try OutputFile.write(Data(simulation.trajectoryCSV().utf8), to: output.path, protecting: [input.map])
        case .text, .markdown, .json:
            let resultFormat = ResultFormat(rawValue: format.rawValue) ?? .text
            try ResultOutput(format: resultFormat, output: output, map: input.map)
                .write(text: { simulation.text(top: listed) }, markdown: { simulation.markdown(top: listed) },
                       json: simulation.json)
        }
    }

    /// Reads `ID=VALUE` settings; the value is a plain decimal number.
    private func settings(_ arguments: [String], _ flag: String) throws -> [ItemSetting] {
        try arguments.map { argument in
            guard let equals = argument.lastIndex(of: "="), equals != argument.startIndex else {
                throw ValidationError("\(flag) takes ID=VALUE, such as 'pollinator-corridor=1', not '\(argument)'")
            }
            let id = String(argument[..<equals]), text = argument[argument.index(after: equals)...]
            guard let value = Double(text.replacingOccurrences(of: "−", with: "-")), value.isFinite,
                  !text.lowercased().contains("n") else {
                throw ValidationError("\(flag) \(id)=… needs a number, not '\(text)'")
            }
            return ItemSetting(id: id, value: value)
        }
    }

    private static func trajectoryFormat(_ path: String) -> SimulateFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": .csv
        case "json": .json
        default: nil
        }
    }
}

/// `--format` for `simulate`: the result formats, and the trajectory as CSV.
enum SimulateFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv
}

/// `--function` values.
enum FunctionArgument: String, ExpressibleByArgument, CaseIterable {
    case sigmoid, tanh, bivalent, trivalent

    func function(lambda: Double) -> ActivationFunction {
        switch self {
        case .sigmoid: .sigmoid(lambda: lambda)
        case .tanh: .tanh
        case .bivalent: .bivalent
        case .trivalent: .trivalent
        }
    }
}
