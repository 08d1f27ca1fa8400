import ArgumentParser
import Foundation
import PlaceGraphKit

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
    @OptionGroup var options: AnalysisArguments

    @Option(name: .customLong("fail-on"), help: "Exit 1 when any 'conflicts' or any 'contract-conflicts' are found.")
    var failOn: FailOnArgument?

    func run() throws {
        let report = try options.analysis(of: input)
        try options.write(text: { report.text(color: $0) }, markdown: report.markdown, json: report.json,
                          protecting: input.map)
        try failIfAsked(report)
    }

    /// Exits 1, after the output is written, when `--fail-on` finds what it looks for.
    private func failIfAsked(_ report: AnalysisReport) throws {
        guard let failOn else { return }
        let found: Int, noun: String
        switch failOn {
        case .conflicts:
            found = report.conflicts.conflicts.count
            noun = found == 1 ? "conflict" : "conflicts"
        case .contractConflicts:
            found = report.conflicts.count(of: .contractContradiction)
            noun = found == 1 ? "contract contradiction" : "contract contradictions"
        }
        guard found > 0 else { return }
        Console.standardError.write("placegraph: \(found) \(noun) found; failing as --fail-on \(failOn.rawValue) asks\n")
        throw CLIFailure.findings
    }
}
