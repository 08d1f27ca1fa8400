import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph diff OLD NEW`: what changed between two versions of a map and what that does.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a map: what changed, and what that does to the findings.",
        discussion: """
            OLD and NEW are map files, or git:REV:PATH for a version kept in git (read with 'git show \
            REV:PATH' in the current directory; PATH from the repository's top, or ./PATH from here). \
            Items are matched by id, interactions by their two ends, conflicts by their item pair. \
            With --fail-on the command still writes its output, then exits 1 when the new version \
            introduces conflicts (or contract contradictions).
            """
    )

    @Argument(help: "The old version: a map file, or git:REV:PATH.")
    var old: String

    @Argument(help: "The new version: a map file, or git:REV:PATH.")
    var new: String

    @Option(name: .customLong("input-format"), help: "Read both versions as yaml, json, csv or xlsx, whatever their extensions.")
    var inputFormat: InputFormatArgument?

    @OptionGroup var comparison: ComparisonOptions

    func validate() throws { try comparison.validate() }

    func run() throws {
        let before = MapSource(argument: old), after = MapSource(argument: new)
        let oldGraph = try before.graph(format: inputFormat?.format)
        let newGraph = try after.graph(format: inputFormat?.format)
        let diff = try oldGraph.diff(to: newGraph, try comparison.analysisOptions())
        try comparison.write(diff, old: old, new: new, protecting: [before.file, after.file].compactMap { $0 })
    }
}

/// The options `diff` and `whatif` share, and how both write and judge their result.
struct ComparisonOptions: ParsableArguments {
    @OptionGroup var format: ResultFormatOption
    @OptionGroup var level: LevelOption
    @OptionGroup var asOf: AsOfOption

    @Option(name: .customLong("time-limit"), help: ArgumentHelp(
        "Seconds the balance solver may run on each version (default 60).", valueName: "seconds"))
    var timeLimit: Double = 60

    @Option(name: .customLong("fail-on"), help: "Exit 1 when the new version has 'new-conflicts' or 'new-contract-conflicts'.")
    var failOn: DiffFailOn?

    @OptionGroup var output: OutputOption

    func validate() throws { _ = try OptionBounds.seconds(timeLimit) }

    /// Every analysis, loops bounded as the workshop pack bounds them.
    func analysisOptions() throws -> AnalysisOptions {
        AnalysisOptions(asOf: try asOf.date(), level: level.level.level, parts: .all,
                        loopSearch: WorkshopPack.loopSearch, balanceTimeLimit: try OptionBounds.seconds(timeLimit))
    }

    /// Writes the diff, then exits 1 when `--fail-on` finds what it looks for.
    func write(_ diff: MapDiff, old: String, new: String, protecting inputs: [String]) throws {
        try ResultOutput(format: format.format, output: output, inputs: inputs).write(text: { diff.text(old: old, new: new) }, markdown: { diff.markdown(old: old, new: new) },
                         json: diff.json)
        guard let failOn else { return }
        let (count, noun) = switch failOn {
        case .newConflicts: (diff.introducedConflicts.count, "new conflict")
        case .newContractConflicts: (diff.introducedContradictions.count, "new contract contradiction")
        }
        guard count > 0 else { return }
        Console.standardError.write("placegraph: \(Words.count(count, noun)) found; failing as --fail-on \(failOn.rawValue) asks\n" as StyledText)
        throw CLIFailure.findings
    }
}

/// `--fail-on` for `diff` and `whatif`.
enum DiffFailOn: String, ExpressibleByArgument, CaseIterable {
    case newConflicts = "new-conflicts"
    case newContractConflicts = "new-contract-conflicts"
}
