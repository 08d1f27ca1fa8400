import Foundation
import Testing

/// Exact outputs of the example map through the command line, kept as files, so that moving
/// code between files and targets is proven to change no byte. Re-record on purpose only, by
/// running the tests with `PLACEGRAPH_RECORD_GOLDENS=1` and reviewing the diff.
@Suite("Example output goldens")
struct OutputGoldenTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/PlaceGraphKitTests/Fixtures/camden")
    static let asOf = "2026-11-28"
    static var recording: Bool { ProcessInfo.processInfo.environment["PLACEGRAPH_RECORD_GOLDENS"] == "1" }

    static func check(_ actual: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden", sourceLocation: sourceLocation)
    }

    /// The example map, named relative to the package root, so outputs that quote its path
    /// read the same in any checkout.
    static let map = "examples/camden-estate/map.yaml"

    /// The standard output of a run in the package root that must succeed.
    static func output(_ arguments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let run = try TestSupport.run(arguments, in: TestSupport.packageRoot)
        #expect(run.status == 0, "\(run.stderr)", sourceLocation: sourceLocation)
        return run.stdout
    }

    @Test("loops and balance: text, Markdown and JSON", arguments: ["loops", "balance"], ["text", "markdown", "json"])
    func loopsAndBalance(command: String, format: String) throws {
        let text = try Self.output([command, Self.map, "--format", format])
        let suffix = ["text": "txt", "markdown": "md", "json": "json"][format] ?? format
        try Self.check(text, against: "\(command).\(suffix)")
    }

    @Test("analyze, timeline and agenda: text, Markdown and JSON", arguments: ["analyze", "timeline", "agenda"],
          ["text", "markdown", "json"])
    func analysis(command: String, format: String) throws {
        let text = try Self.output([command, Self.map, "--format", format, "--as-of", Self.asOf])
        let suffix = ["text": "txt", "markdown": "md", "json": "json"][format] ?? format
        try Self.check(text, against: "\(command).\(suffix)")
    }

    @Test("analyze at service level as JSON")
    func serviceLevelAnalysis() throws {
        let text = try Self.output(["analyze", Self.map, "--format", "json", "--level", "services", "--as-of", Self.asOf])
        try Self.check(text, against: "analyze-services.json")
    }

    @Test("the workshop pack as HTML")
    func packHTML() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["report", TestSupport.example("map.yaml"), "-o", "report.html", "--as-of", Self.asOf],
                                      in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        try Self.check(String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8), against: "report.html")
    }

    @Test("the workshop pack as Markdown, with every figure file")
    func packMarkdown() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["report", TestSupport.example("map.yaml"), "--format", "markdown", "-o", "pack",
                                       "--as-of", Self.asOf], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let pack = folder.appendingPathComponent("pack")
        // The hidden manifest lists the pack's own files for the next run to replace; its
        // contents are pinned by the Markdown pack tests, not here.
        let files = try FileManager.default.contentsOfDirectory(atPath: pack.path).filter { !$0.hasPrefix(".") }.sorted()
        try Self.check(files.joined(separator: "\n") + "\n", against: "pack/files.txt")
        for file in files {
            try Self.check(String(contentsOf: pack.appendingPathComponent(file), encoding: .utf8), against: "pack/\(file)")
        }
    }
}
