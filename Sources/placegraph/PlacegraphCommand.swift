import ArgumentParser
import Foundation
import PlaceGraphKit

/// The `placegraph` command line: parses, calls the library, prints, exits.
///
/// Only this target knows about standard output, colour, signals and exit codes (SPEC §3):
/// 0 success, 1 findings asked for with `--fail-on`, 64 bad usage, 65 bad input data,
/// 70 internal failure, 73 an output that cannot be created, 74 a write that failed.
@main
struct PlacegraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placegraph",
        abstract: "Map how a place's services, contracts and objectives reinforce or undermine each other.",
        discussion: """
            A place map is a YAML, JSON, CSV or Excel (.xlsx) file. Start one with 'placegraph init', check it \
            with 'placegraph validate'. Exit codes: 0 success, 1 findings asked for with --fail-on, \
            64 bad usage, 65 bad input data, 70 internal failure, 73 the output cannot be created \
            (a folder, device, FIFO or socket in the way, a missing or read-only folder), 74 writing \
            failed (a full disk, a closed pipe). Ctrl-C stops any command at once and leaves no \
            partial output.
            """,
        version: PlaceGraphKit.version,
        subcommands: [
            ValidateCommand.self,
            InitCommand.self,
            ConvertCommand.self,
            ReportCommand.self,
            RenderCommand.self,
            AnalyzeCommand.self,
            TimelineCommand.self,
            ContractsCommand.self,
            AgendaCommand.self,
            LoopsCommand.self,
            BalanceCommand.self,
            SimulateCommand.self,
            DiffCommand.self,
            WhatifCommand.self,
            ServeCommand.self,
        ]
    )

    static func main() {
        _ = OptionBounds.started
        Interrupts.install()
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)  // --help, --version and usage errors (64)
        }
        do {
            var command = command
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch where String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
            exit(withError: error)  // help requested from a subcommand, validation errors (64)
        } catch {
            let failure = CLIFailure(error)
            if let message = failure.message { Console.standardError.error(message) }
            Foundation.exit(failure.code)
        }
    }
}
