import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph report MAP -o report.html`: the workshop pack.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the workshop pack: one self-contained HTML file, or Markdown with SVG figures.",
        discussion: """
            The HTML pack holds the summary and the limits reached, conflict cards, the map \
            (printed by domain when one page cannot hold it), synergies, feedback loops, \
            structural balance, the influence chart, the cross-impact matrix, the contract \
            timeline, data-quality notes and an appendix of full tables. It makes no external \
            requests and prints compactly on A4 or A3. \
            With --format markdown, -o names a folder (or a .md file) and the SVG figures are \
            written beside report.md.
            """
    )

    /// What the pack is written as.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown
    }

    @OptionGroup var input: MapInput

    @Option(help: "Output format: html or markdown.")
    var format: Format = .html

    @OptionGroup var level: LevelOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let date = try asOf.date()
        let graph = try input.graph()
        let pack = try WorkshopPack.build(graph: graph, options: WorkshopPackOptions(asOf: date, level: level.level.level))
        switch format {
        case .html:
            try OutputFile.write(Data(pack.html().markup.utf8), to: output.path, protecting: [input.map])
            if let path = output.path { Console.standardError.write("wrote \(path)\n" as StyledText) }
        case .markdown:
            try writeMarkdown(pack.markdown())
        }
    }

    /// Writes `report.md` and its figures into the folder `-o` names (or beside the `.md` file).
    private func writeMarkdown(_ pack: WorkshopPack.MarkdownPack) throws {
        guard let path = output.path, !output.isStandardOutput else {
            try Console.standardOutput.send(Data(pack.text.utf8))
            Console.standardError.warning("figures are not written without -o; pass -o FOLDER to write report.md and its SVGs")
            return
        }
        let isFile = path.lowercased().hasSuffix(".md")
        let folder = isFile ? (path as NSString).deletingLastPathComponent : path
        let main = isFile ? (path as NSString).lastPathComponent : "report.md"
        let files = pack.files.map { (name: $0.key.fileName, data: Data($0.value.utf8)) }.sorted { $0.name < $1.name }
        try OutputFolder.write(files + [(main, Data(pack.text.utf8))], into: folder.isEmpty ? "." : folder,
                               protecting: [input.map])
        Console.standardError.write("wrote \((folder as NSString).appendingPathComponent(main)) and \(pack.files.count) figures\n" as StyledText)
    }
}
