import ArgumentParser
import Foundation
import PlaceGraphKit

/// `placegraph balance MAP`: the frustration index, the two camps, the interactions to redesign.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Measure structural balance: frustration index, camps, interactions to redesign.",
        discussion: """
            The frustration index is the least number of interactions whose sign must flip for \
            the map to split into two camps, reinforcing inside each and undermining between them. \
            It is solved exactly as the binary linear program of Aref, Mason & Wilson, with COIN-OR \
            CBC. When --time-limit runs out first the answer is marked not exact and bracketed by \
            a proven lower bound and the best split found.
            """
    )

    @OptionGroup var input: MapInput

    @Option(name: .customLong("time-limit"),
            help: ArgumentHelp("Let the solver run for at most SECONDS.", valueName: "SECONDS"))
    var timeLimit: Double = 60

    @Option(help: "The output format: text, markdown or json.")
    var format: ReportFormat = .text

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    func validate() throws {
        _ = try OptionBounds.seconds(timeLimit)
    }

    func run() throws {
        let graph = try input.graph()
        let limit = try OptionBounds.timeLeft(timeLimit)
        let report: BalanceReport
        do {
            report = try graph.structuralBalance(timeLimit: limit)
        } catch {
            throw CLIFailure.internalFailure(error.description)
        }
        let data: Data = switch format {
        case .text: Data(report.text().utf8)
        case .markdown: Data(report.markdown().utf8)
        case .json: report.json()
        }
        try OutputFile.write(data, to: output, protecting: [input.map])
    }
}
