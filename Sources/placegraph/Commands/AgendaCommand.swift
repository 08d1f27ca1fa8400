import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph agenda MAP`: the decisions by contract window, in decide-by order.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "List the decisions by contract window, in decide-by order, with what each could fix, join and change.",
        discussion: """
            One entry per contract window: the contract, its owner and supplier, its window and decide-by \\
            date seen from --as-of (today by default), the conflicts it is party to with their knock-ons, \\
            the synergies a joint re-commissioning would capture, the windows that align, and what the team \\
            could change. Contracts with nothing to act on are listed at the end. With --within, only \\
            decisions due within that span are listed, overdue ones included.
            """
    )

    @OptionGroup var input: MapInput
    @OptionGroup var format: ResultFormatOption
    @OptionGroup var level: LevelOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var within: WithinOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let date = try asOf.date(), span = try within.span()
        let analysis = try input.graph().analysis(AnalysisOptions(asOf: date, level: level.level.level, within: span))
        try ResultOutput(format: format.format, output: output, map: input.map)
            .write(text: analysis.agendaText, markdown: analysis.agendaMarkdown, json: analysis.agendaJSON)
    }
}
