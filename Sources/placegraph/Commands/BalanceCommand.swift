import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

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

    @OptionGroup var format: ResultFormatOption
    @OptionGroup var output: OutputOption

    func validate() throws {
        _ = try OptionBounds.seconds(timeLimit)
    }

    func run() throws {
        let graph = try input.graph()
        let balance = try graph.structuralBalance(timeLimit: try OptionBounds.timeLeft(timeLimit))
        try ResultOutput(format: format.format, output: output, map: input.map)
            .write(text: balance.text, markdown: balance.markdown, json: balance.json)
    }
}
