import ArgumentParser
import Foundation
import PlaceGraphKit

/// `placegraph report MAP -o report.html`: the workshop pack.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the workshop pack: one self-contained HTML file, or Markdown with SVG figures.",
        discussion: """
            The HTML report holds the summary, the map, conflict cards, synergies, feedback loops, \
            structural balance, the influence chart, the cross-impact matrix, the contract timeline \
            and data-quality notes. It makes no external requests and prints on A4 or A3. \
            With --format markdown, -o names a folder (or a .md file) and the SVG figures are \
            written beside report.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown
    }

    @OptionGroup var input: MapInput

    @Option(help: "Output format: html or markdown.")
    var format: Format = .html

    @Option(help: "Analyse and draw every item (objectives) or services only (services).")
    var level = DetailLevelArgument(argument: "objectives")!

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The date for the timeline's today line and contract status, YYYY-MM-DD (default: today, UTC).",
        valueName: "date"))
    var asOf: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Where to write: report.html, or with --format markdown a folder or .md file.", valueName: "path"))
    var output: String?

    func run() throws {
        let date = try AnalysisArguments.date(asOf)
        let graph = try input.graph()
        let report: WorkshopReport
        do {
            report = try WorkshopReport.build(graph: graph, options: WorkshopReportOptions(asOf: date, level: level.level))
        } catch {
            throw CLIFailure.internalFailure("could not build the report: \(error)")
        }
        switch format {
        case .html:
            try OutputFile.write(Data(report.html().utf8), to: output, protecting: [input.map])
            if let output { Console.standardError.write("wrote \(output)\n") }
        case .markdown:
            try writeMarkdown(report.markdown())
        }
    }

    /// Writes `report.md` and its figures into the folder `-o` names (or beside the `.md` file).
    private func writeMarkdown(_ pack: WorkshopReport.MarkdownPack) throws {
        guard let output else {
            try Console.standardOutput.send(Data(pack.text.utf8))
            Console.standardError.warning("figures are not written without -o; pass -o FOLDER to write report.md and its SVGs")
            return
        }
        let isFile = output.lowercased().hasSuffix(".md")
        let folder = isFile ? (output as NSString).deletingLastPathComponent : output
        let main = isFile ? (output as NSString).lastPathComponent : "report.md"
        let files = pack.files.sorted { $0.key < $1.key }.map { (name: $0.key, data: Data($0.value.utf8)) }
        try OutputFolder.write(files + [(main, Data(pack.text.utf8))], into: folder.isEmpty ? "." : folder,
                               protecting: [input.map])
        Console.standardError.write("wrote \((folder as NSString).appendingPathComponent(main)) and \(pack.files.count) figures\n")
    }
}
