import ArgumentParser
import Foundation
import PlaceGraphKit

/// `placegraph init [FILE]`: writes a commented starter map, or the same map as a workbook.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter map, as YAML or as an Excel workbook to fill in.",
        discussion: """
            Without FILE the YAML map goes to standard output. The format comes from FILE's \
            extension (.xlsx for a workbook) or --format. An existing file is kept unless --force is given.
            """
    )

    /// The formats `init` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml, xlsx
    }

    @Argument(help: "Where to write the starter map, for example map.yaml or map.xlsx.")
    var file: String?

    @Option(help: "yaml, or xlsx for a workbook with drop-downs (default: from FILE's extension, else yaml).")
    var format: Format?

    @Flag(help: "Replace FILE if it exists.")
    var force = false

    func run() throws {
        if let file, !force, FileManager.default.fileExists(atPath: file) {
            throw CLIFailure.usage("'\(file)' exists; pass --force to replace it")
        }
        let chosen = format ?? (file.map { ($0 as NSString).pathExtension.lowercased() == "xlsx" } == true ? .xlsx : .yaml)
        let data: Data
        switch chosen {
        case .yaml:
            data = Data(StarterMap.yaml.utf8)
        case .xlsx:
            guard file != nil, file != "-" else {
                throw CLIFailure.usage("a workbook is binary; name the file to write, for example 'placegraph init map.xlsx'")
            }
            let starter = MapLoader.load(text: StarterMap.yaml, file: "starter.yaml", format: .yaml)
            guard let map = starter.graph?.map else { throw CLIFailure.internalFailure("the starter map does not load") }
            do {
                data = try WorkbookWriter.data(for: map)
            } catch {
                throw CLIFailure.internalFailure(error.description)
            }
        }
        try OutputFile.write(data, to: file, protecting: [])
        if let file, file != "-" {
            Console.standardError.write("wrote \(file); check it with: placegraph validate \(file)\n")
        }
    }
}
