import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph timeline MAP`: contracts by decide-by date and what each window can fix.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List contracts by decide-by date with the conflicts and synergies each re-procurement could address.",
        discussion: """
            A contract's window is its next contractual date on or after --as-of (today by default): its end, \
            or the end of the extension it runs on; its decide-by date is the window less its lead time. \
            With --within, only contracts whose decision falls due within that span are listed, overdue ones included.
            """
    )

    @OptionGroup var options: DecisionListOptions

    func run() throws {
        try options.write(text: PlaceAnalysis.timelineText, markdown: PlaceAnalysis.timelineMarkdown,
                          json: PlaceAnalysis.timelineJSON)
    }
}
