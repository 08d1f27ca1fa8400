import ArgumentParser
import Foundation
import PlaceGraphKit

/// `placegraph convert IN -o OUT`: writes a map in another format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write a map in another format: YAML, JSON, CSV (edge list) or an Excel workbook.",
        discussion: """
            The formats come from the file extensions (\(MapWriters.all.flatMap(\.extensions).map { "." + $0 }.joined(separator: ", "))); \
            --from and --to override them. The input is checked first and nothing is written when it has errors. \
            A CSV edge list keeps only the interactions.
            """
    )

    @Argument(help: "The map to convert: a .yaml, .yml, .json, .csv or .xlsx file.")
    var input: String

    @OptionGroup var output: OutputOption

    @Option(help: ArgumentHelp("Read the input as yaml, json, csv or xlsx, whatever its extension.", valueName: "format"))
    var from: InputFormatArgument?

    @Option(help: ArgumentHelp("Write yaml, json, csv or xlsx, whatever the output's extension.", valueName: "format"))
    var to: String?

    func validate() throws {
        if output.path == nil && to == nil {
            throw ValidationError("name the output with -o FILE, or pass --to FORMAT to write to standard output")
        }
    }

    func run() throws {
        let writer = try chooseWriter()
        if let path = output.path { try OutputFile.checkNotInput(path, inputs: [input]) }
        if output.isStandardOutput, writer.name == "xlsx" {
            throw CLIFailure.usage("a workbook is binary; name the file to write with -o")
        }
        let result = try MapLoader.load(path: input, format: from?.format)
        try MapInput.report(result, for: input)
        guard let graph = result.graph else { throw CLIFailure.badData }
        let data = try writer.data(for: graph.map)
        try OutputFile.write(data, to: output.path, protecting: [input])
        if let losses = writer.losses { Console.standardError.warning(losses) }
        if let path = output.path, !output.isStandardOutput { Console.standardError.write("wrote \(path)\n") }
    }

    /// The writer `--to` names, or the one the output's extension implies.
    private func chooseWriter() throws -> any MapWriter {
        let names = MapWriters.all.map(\.name).joined(separator: ", ")
        if let to {
            guard let writer = MapWriters.named(to) else {
                throw CLIFailure.usage("unknown output format '\(to)'; use one of \(names)")
            }
            return writer
        }
        guard let path = output.path, let writer = MapWriters.forPath(path) else {
            let extensions = MapWriters.all.flatMap(\.extensions).map { "." + $0 }.joined(separator: ", ")
            throw CLIFailure.usage("cannot tell the output format of '\(output.path ?? "-")' from its extension; use \(extensions), or pass --to with one of \(names)")
        }
        return writer
    }
}
