import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph contracts MAP --from FILE_OR_DIR [--update] [--mapping FILE.csv]`: the map's
/// contracts against published OCDS data or a contract register.
struct ContractsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contracts",
        abstract: "Compare the map's contracts with published contract data; --update writes the published values in.",
        discussion: """
            --from reads OCDS 1.1 release or record packages (.json), contract registers as the Local Government \
            Transparency Code asks councils to publish them (.csv or .xlsx), or a folder of them. A contract is \
            matched by its 'ocid' (an Open Contracting id or a register reference), or by a row of --mapping, a \
            CSV file with the columns contract,ocid. --update writes the published dates, extension, value and \
            supplier into a YAML or JSON map, changing only those lines; awards' contract periods are preferred \
            to the tender's.
            """
    )

    @OptionGroup var input: MapInput

    @Option(help: ArgumentHelp("An OCDS package (.json), a contract register (.csv, .xlsx), or a folder of them.",
                               valueName: "file-or-folder"))
    var from: String

    @Flag(help: "Write the published values into the map (YAML or JSON), changing only their lines.")
    var update = false

    @Option(help: ArgumentHelp("A CSV file with the columns contract,ocid linking the map's contracts to published ones.",
                               valueName: "file"))
    var mapping: String?

    @OptionGroup var format: ResultFormatOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let mapFormat = input.inputFormat?.format ?? InputFormat(pathExtension: (input.map as NSString).pathExtension)
        if update, mapFormat != .yaml, mapFormat != .json {
            throw CLIFailure.usage("--update edits YAML and JSON maps in place; convert '\(input.map)' to YAML first")
        }
        let graph = try input.graph()
        let published = try PublishedContractReader.read(path: from)
        let links = try mapping.map { path throws(MapReadError) in try ContractMapping.read(path: path) }
        var sources = published.sources
        if let mapping, let links { sources[mapping] = links.source }
        let comparison = ContractComparison.compare(graph.map, with: published, mapping: links)
        try Self.report(published.diagnostics + (links?.diagnostics ?? []) + comparison.diagnostics, sources: sources)
        if update, let mapFormat {
            try write(comparison.edits, format: mapFormat)
        }
        try ResultOutput(format: format.format, output: output, map: input.map).write(
            text: { comparison.text(written: update) }, markdown: { comparison.markdown(written: update) },
            json: { try comparison.json(written: update) })
    }

    /// Prints diagnostics from the published files and the mapping, each quoting its own file.
    ///
    /// - Throws: ``CLIFailure`` with exit code 65 when any is an error.
    static func report(_ diagnostics: [Diagnostic], sources: [String: String]) throws {
        let console = Console.standardError
        for diagnostic in diagnostics.sorted() {
            console.write(diagnostic.styled(source: diagnostic.location.flatMap { sources[$0.file] }))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            console.write("\(Words.count(errors, "error")) in the published data or the mapping; nothing was written\n" as StyledText)
            throw CLIFailure.badData
        }
    }

    /// Applies the edits to the map file through the editor and replaces it atomically.
    private func write(_ edits: [MapEdit], format: InputFormat) throws {
        guard !edits.isEmpty else { return }
        guard let data = FileManager.default.contents(atPath: input.map) else {
            throw CLIFailure.usage("cannot read '\(input.map)' to update it")
        }
        do {
            let edited = try MapEditor.apply(edits, to: String(decoding: data, as: UTF8.self), format: format, file: input.map)
            try OutputFile.write(Data(edited.text.utf8), to: input.map, protecting: [])
        } catch let error as MapEditError {
            guard case let .invalid(diagnostics) = error.reason else {
                Console.standardError.error("cannot update the map: \(error.description); nothing was written")
                throw CLIFailure.badData
            }
            for diagnostic in diagnostics { Console.standardError.write(diagnostic.styled(source: error.editedText)) }
            Console.standardError.error("the published values would make the map invalid (the lines above are as they would be); nothing was written")
            throw CLIFailure.badData
        }
    }
}
