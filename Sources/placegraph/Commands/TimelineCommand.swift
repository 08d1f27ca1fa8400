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
        let asOf = try options.date()
        let graph = try input.graph()
        let report = graph.analysis(AnalysisOptions(asOf: asOf, level: options.level.level))
        let data: Data
        switch options.format {
        case .text: data = Data(report.timelineText(color: options.output == nil && Console.standardOutput.usesColor).utf8)
        case .markdown: data = Data(report.timelineMarkdown().utf8)
        case .json: data = report.timelineJSON()
        }
        try OutputFile.write(data, to: options.output, protecting: [input.map])
    }
}
