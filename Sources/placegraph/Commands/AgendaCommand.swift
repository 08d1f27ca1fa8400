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

    @OptionGroup var options: DecisionListOptions

    func run() throws {
        try options.write(text: PlaceAnalysis.agendaText, markdown: PlaceAnalysis.agendaMarkdown,
                          json: PlaceAnalysis.agendaJSON)
    }
}
