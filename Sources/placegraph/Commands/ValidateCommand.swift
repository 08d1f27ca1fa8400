import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph validate MAP`: reports every problem in a map, compiler style.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a place map and print every problem in it.",
        discussion: """
            Problems are printed as file:line:column, the line, a caret and a hint. \
            Exits 65 when the map has errors; warnings alone do not fail.
            """
    )

    @OptionGroup var input: MapInput

    func run() throws {
        let result = try input.load()
        guard let graph = result.graph else { throw CLIFailure.badData }
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        let note = warnings == 0 ? "" : "; " + Words.count(warnings, "warning")
        try Console.standardOutput.print("\(input.map): ok: \(Words.summary(graph.summary))\(note)\n" as StyledText)
    }
}
