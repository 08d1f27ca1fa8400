import ArgumentParser
import Foundation
import PlaceGraphKit

/// `placegraph timeline MAP`: contracts by end date and what each window can fix.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List contracts by end date with the conflicts and synergies each re-procurement could address.",
        discussion: "Status (running, on extension, ended) and next windows are judged from --as-of, today by default."
    )

    @OptionGroup var input: MapInput
    @OptionGroup var options: AnalysisArguments

    func run() throws {
        let report = try options.analysis(of: input)
        try options.write(text: { report.timelineText(color: $0) }, markdown: report.timelineMarkdown,
                          json: report.timelineJSON, protecting: input.map)
    }
}
