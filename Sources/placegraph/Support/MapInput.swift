import ArgumentParser
import PlaceGraphKit
import PlaceGraphPresentation

/// The map file every analysing command reads, and how to read it.
struct MapInput: ParsableArguments {
    @Argument(help: "The place map: a .yaml, .yml, .json, .csv or .xlsx file.")
    var map: String

    @Option(name: .customLong("input-format"),
            help: "Read the map as yaml, json, csv or xlsx, whatever its extension.")
    var inputFormat: InputFormatArgument?

    /// Loads the map and prints its diagnostics to standard error.
    ///
    /// - Throws: ``CLIFailure`` with exit code 65 when the map has errors; a ``MapReadError``
    ///   (64) when it cannot be read at all.
    func load() throws -> LoadResult {
        let result = try MapLoader.load(path: map, format: inputFormat?.format)
        try Self.report(result, for: map)
        return result
    }

    /// Prints a load's diagnostics to standard error.
    ///
    /// - Throws: ``CLIFailure`` with exit code 65 when any of them is an error.
    static func report(_ result: LoadResult, for map: String) throws {
        let console = Console.standardError
        for diagnostic in result.diagnostics {
            console.write(diagnostic.styled(source: result.source))
        }
        if result.hasErrors {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            console.write("\(Words.count(errors, "error")) in \(map); nothing was written\n" as StyledText)
            throw CLIFailure.badData
        }
    }

    /// The checked graph.
    func graph() throws -> PlaceGraph {
        guard let graph = try load().graph else { throw CLIFailure.badData }
        return graph
    }
}

/// `--input-format` values.
struct InputFormatArgument: ExpressibleByArgument {
    let format: InputFormat

    init?(argument: String) {
        guard let format = InputFormat(rawValue: argument.lowercased()) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { InputFormat.allCases.map(\.rawValue) }
}
