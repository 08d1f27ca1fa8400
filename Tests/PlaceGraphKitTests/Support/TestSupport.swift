import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `data/`, the published datasets copied into the repository with their source notes.
    static let publishedData = packageRoot.appendingPathComponent("data")

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("examples/camden-estate/\(name)").path
    }

    /// Loads a map from text; `#require`s nothing so tests can look at diagnostics.
    static func load(_ text: String, format: InputFormat = .yaml, file: String = "map.yaml") -> LoadResult {
        MapLoader.load(text: text, file: file, format: format)
    }

    /// Loads a map that must be valid and returns its graph.
    static func graph(_ text: String, format: InputFormat = .yaml,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> PlaceGraph {
        let result = load(text, format: format, file: format == .csv ? "map.csv" : "map.\(format.rawValue)")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { $0.styled(source: result.source).plain })", sourceLocation: sourceLocation)
        return try #require(result.graph, sourceLocation: sourceLocation)
    }

    /// A minimal valid map with the given services and interactions YAML appended.
    static func map(services: String = "", interactions: String = "") -> String {
        """
        placegraph: 1
        place:
          name: Test
        services:
        \(services)
        interactions:
        \(interactions)
        """
    }

    /// The built `placegraph` executable, beside the test bundle.
    static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("placegraph")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates[0].appendingPathComponent("placegraph")
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the CLI with `arguments` in `directory`, with colour off.
    static func run(_ arguments: [String], in directory: URL? = nil,
                    environment extra: [String: String] = [:]) throws -> Run {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
        return try runProgram(executable, arguments, in: directory, environment: environment)
    }

    /// Runs any program (the CLI, a peer in a venv) and collects what it writes; `environment`
    /// `nil` keeps the test's own.
    static func runProgram(_ program: URL, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("placegraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
