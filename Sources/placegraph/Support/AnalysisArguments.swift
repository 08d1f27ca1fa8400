import ArgumentParser
import Foundation
import PlaceGraphKit

/// `--level`: every item, or services only.
struct DetailLevelArgument: ExpressibleByArgument {
    let level: DetailLevel

    init?(argument: String) {
        guard let level = DetailLevel(rawValue: argument.lowercased()) else { return nil }
        self.level = level
    }

    static var allValueStrings: [String] { DetailLevel.allCases.map(\.rawValue) }
    var defaultValueDescription: String { level.rawValue }
}

/// `--fail-on`: which findings make `analyze` exit 1.
enum FailOnArgument: String, ExpressibleByArgument, CaseIterable {
    case conflicts
    case contractConflicts = "contract-conflicts"
}

/// The options `analyze` and `timeline` share.
struct AnalysisArguments: ParsableArguments {
    @Option(help: "Output format: text, markdown or json.")
    var format: ReportFormat = .text

    @Option(help: "Analyse every item (objectives) or roll up to services (services).")
    var level = DetailLevelArgument(argument: "objectives")!

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The date to judge contract windows from, YYYY-MM-DD.",
        discussion: "Defaults to today (UTC). Only contract status, next windows and aligned windows depend on it.",
        valueName: "date"))
    var asOf: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file"))
    var output: String?

    /// Checks the `--as-of` date, then loads the map and analyses it at `--level` as of that date.
    ///
    /// - Throws: ``CLIFailure`` 64 for a bad date (before the map is read), or the failures of
    ///   ``MapInput/graph()``.
    func analysis(of input: MapInput) throws -> AnalysisReport {
        let asOf = try date()
        let graph = try input.graph()
        return graph.analysis(AnalysisOptions(asOf: asOf, level: level.level))
    }

    /// Writes the output `--format` asks for to `-o`, or to standard output.
    ///
    /// - Parameters:
    ///   - text: the text output, given whether to colour it (only on a terminal, never in a file).
    ///   - markdown: the Markdown output.
    ///   - json: the JSON output.
    ///   - map: the input map's path, which `-o` may not overwrite.
    func write(text: (Bool) -> String, markdown: () -> String, json: () -> Data, protecting map: String) throws {
        let data: Data
        switch format {
        case .text: data = Data(text(output == nil && Console.standardOutput.usesColor).utf8)
        case .markdown: data = Data(markdown().utf8)
        case .json: data = json()
        }
        try OutputFile.write(data, to: output, protecting: [map])
    }

    /// The `--as-of` date, or today's date in UTC.
    ///
    /// - Throws: ``CLIFailure`` 64 when the date is not a real `YYYY-MM-DD` day.
    func date() throws -> CalendarDate { try Self.date(asOf) }

    /// `text` as an `--as-of` date, or today's date in UTC when it is `nil`.
    ///
    /// - Throws: ``CLIFailure`` 64 when the date is not a real `YYYY-MM-DD` day.
    static func date(_ asOf: String?) throws -> CalendarDate {
        guard let asOf else { return today() }
        guard let date = CalendarDate(iso: asOf) else {
            throw CLIFailure.usage("'\(asOf)' is not a date for --as-of; write it as YYYY-MM-DD, for example '2026-11-28'")
        }
        return date
    }

    /// Today's date on the system clock, in UTC, so the answer does not depend on where the
    /// machine is.
    static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
