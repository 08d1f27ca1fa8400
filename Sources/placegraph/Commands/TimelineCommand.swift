import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph timeline MAP`: contracts by end date and what each window can fix.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List contracts by end date with the conflicts and synergies each re-procurement could address.",
        discussion: "Status (running, on extension, ended) and next windows are judged from --as-of, today by default."
    )

    @OptionGroup var input: MapInput
    @OptionGroup var format: ResultFormatOption
    @OptionGroup var level: LevelOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let date = try asOf.date()
        let analysis = try input.graph().analysis(AnalysisOptions(asOf: date, level: level.level.level))
        try ResultOutput(format: format.format, output: output, map: input.map)
            .write(text: analysis.timelineText, markdown: analysis.timelineMarkdown, json: analysis.timelineJSON)
    }
}
