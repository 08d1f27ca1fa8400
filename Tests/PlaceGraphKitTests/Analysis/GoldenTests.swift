import Foundation
import Testing
@testable import PlaceGraphKit

/// Exact outputs for a small map, kept as files. Re-record on purpose only, by running the
/// tests with `PLACEGRAPH_RECORD_GOLDENS=1` and reviewing the diff.
@Suite("Analysis output goldens")
struct GoldenTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/PlaceGraphKitTests/Fixtures/analysis")

    static func report(level: DetailLevel = .objectives) throws -> AnalysisReport {
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
        try Self.check(String(decoding: report.json(), as: UTF8.self), against: "kinds-\(level.rawValue).json")
        try Self.check(report.markdown(), against: "kinds-\(level.rawValue).md")
        try Self.check(report.text(), against: "kinds-\(level.rawValue).txt")
    }

    @Test("timeline: JSON, Markdown and plain text")
    func timeline() throws {
        let report = try Self.report()
        try Self.check(String(decoding: report.timelineJSON(), as: UTF8.self), against: "kinds-timeline.json")
        try Self.check(report.timelineMarkdown(), against: "kinds-timeline.md")
        try Self.check(report.timelineText(), against: "kinds-timeline.txt")
    }

    @Test("colour appears only when asked for")
    func colour() throws {
        let report = try Self.report()
        #expect(!report.text().contains("\u{1B}["))
        #expect(report.text(color: true).contains("\u{1B}[1mCONFLICTS\u{1B}[0m"))
        #expect(report.timelineText(color: true).contains("\u{1B}["))
    }
}
