import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Exact outputs for a small map, kept as files. Re-record on purpose only, by running the
/// tests with `PLACEGRAPH_RECORD_GOLDENS=1` and reviewing the diff.
@Suite("Analysis output goldens")
struct GoldenTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/PlaceGraphKitTests/Fixtures/analysis")

    static func report(level: DetailLevel = .objectives) throws -> PlaceAnalysis {
        try TestSupport.graph(ConflictTests.kinds).analysis(AnalysisOptions(asOf: CalendarDate(iso: "2026-11-28")!, level: level))
    }

    static func check(_ actual: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PLACEGRAPH_RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden", sourceLocation: sourceLocation)
    }

    @Test("analyze: JSON, Markdown and plain text", arguments: [DetailLevel.objectives, .services])
    func analysis(level: DetailLevel) throws {
        let report = try Self.report(level: level)
        try Self.check(String(decoding: try report.json(), as: UTF8.self), against: "kinds-\(level.rawValue).json")
        try Self.check(report.markdown(), against: "kinds-\(level.rawValue).md")
        try Self.check(report.text().plain, against: "kinds-\(level.rawValue).txt")
    }

    @Test("timeline: JSON, Markdown and plain text")
    func timeline() throws {
        let report = try Self.report()
        try Self.check(String(decoding: report.timelineJSON(), as: UTF8.self), against: "kinds-timeline.json")
        try Self.check(report.timelineMarkdown(), against: "kinds-timeline.md")
        try Self.check(report.timelineText().plain, against: "kinds-timeline.txt")
    }

    @Test("terminal text carries styles, not colour codes")
    func styles() throws {
        let report = try Self.report()
        #expect(!report.text().plain.contains("\u{1B}"))
        #expect(report.text().runs.contains { $0.text == "CONFLICTS" && $0.style == .emphasis })
        #expect(report.text().runs.contains { $0.style == .conflict })
        #expect(report.timelineText().runs.contains { $0.style == .emphasis })
    }
}
