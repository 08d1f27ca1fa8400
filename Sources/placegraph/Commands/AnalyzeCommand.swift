import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph analyze MAP`: conflicts, synergies and influence.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find conflicts, synergies and influence in a place map.",
        discussion: """
            Conflicts are ranked by severity (|effect| x confidence weight: low 0.5, medium 0.75, \
            high 1). With --fail-on the command still writes its output, then exits 1 when any \
            conflicts (or any contract contradictions) were found.
            """
    )

    @OptionGroup var input: MapInput
    @OptionGroup var format: ResultFormatOption
    @OptionGroup var level: LevelOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: OutputOption

    @Option(name: .customLong("fail-on"), help: "Exit 1 when any 'conflicts' or any 'contract-conflicts' are found.")
    var failOn: FailOnArgument?

    /// For scripts/bench-analyze: print the time of each step only.
    @Flag(help: .hidden)
    var benchmark = false

    func run() throws {
        if benchmark { return try printTiming() }
        let date = try asOf.date()
        let analysis = try input.graph().analysis(AnalysisOptions(asOf: date, level: level.level.level))
        try ResultOutput(format: format.format, output: output, map: input.map)
            .write(text: analysis.text, markdown: analysis.markdown, json: analysis.json)
        ProcessLifetime.keepUntilExit(analysis)
        try failIfAsked(analysis)
    }

    /// Exits 1, after the output is written, when `--fail-on` finds what it looks for.
    private func failIfAsked(_ analysis: PlaceAnalysis) throws {
        guard let failOn else { return }
        let count: Int, noun: String
        switch failOn {
        case .conflicts: (count, noun) = (analysis.conflicts.conflicts.count, "conflict")
        case .contractConflicts: (count, noun) = (analysis.conflicts.count(of: .contractContradiction), "contract contradiction")
        }
        guard count > 0 else { return }
        Console.standardError.write("placegraph: \(Words.count(count, noun)) found; failing as --fail-on \(failOn.rawValue) asks\n" as StyledText)
        throw CLIFailure.findings
    }
}

/// `--fail-on`: which findings make `analyze` exit 1.
enum FailOnArgument: String, ExpressibleByArgument, CaseIterable {
    case conflicts
    case contractConflicts = "contract-conflicts"
}
