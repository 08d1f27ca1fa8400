import ArgumentParser
import Foundation
import PlaceGraphKit

/// `-o`/`--output`, declared once for every command that writes.
struct OutputOption: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write to PATH instead of standard output (report --format markdown: a folder).", valueName: "path"))
    var path: String?

    /// True when the output goes to standard output.
    var isStandardOutput: Bool { path == nil || path == "-" }
}

/// `--level`, declared once: every item, or services only.
struct LevelOption: ParsableArguments {
    @Option(help: "Every item (objectives), or services only with interactions rolled up (services).")
    var level = DetailLevelArgument(argument: "objectives")!
}

/// `--level` values.
struct DetailLevelArgument: ExpressibleByArgument {
    let level: DetailLevel

    init?(argument: String) {
        guard let level = DetailLevel(rawValue: argument.lowercased()) else { return nil }
        self.level = level
    }

    static var allValueStrings: [String] { DetailLevel.allCases.map(\.rawValue) }
    var defaultValueDescription: String { level.rawValue }
}

/// `--as-of`, declared once: the date windows and contract status are judged from.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The date to judge contract windows from, YYYY-MM-DD.",
        discussion: "Defaults to today (UTC). Only contract windows, decide-by dates, status and aligned windows depend on it.",
        valueName: "date"))
    var asOf: String?

    /// The `--as-of` date, or today's date in UTC.
    ///
    /// - Throws: ``CLIFailure`` 64 when the date is not a real `YYYY-MM-DD` day.
    func date() throws -> CalendarDate {
        guard let asOf else { return Self.today() }
        guard let date = CalendarDate(iso: asOf) else {
            throw CLIFailure.usage("'\(asOf)' is not a date for --as-of; write it as YYYY-MM-DD, for example '2026-11-28'")
        }
        return date
    }

    /// Today's date on the system clock, in UTC, so the answer does not depend on where the
    /// machine is.
    static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }
}

/// `--within`, declared once: only decisions due within a span of `--as-of`.
struct WithinOption: ParsableArguments {
    @Option(name: .customLong("within"), help: ArgumentHelp(
        "List only contracts whose decision falls due within this span of --as-of, such as 18m, 26w, 90d or 2y.",
        discussion: "Overdue decisions are included: they are the most urgent.", valueName: "duration"))
    var within: String?

    /// The `--within` span, or `nil` when not given.
    ///
    /// - Throws: ``CLIFailure`` 64 when the span cannot be read.
    func span() throws -> CalendarSpan? {
        guard let within else { return nil }
        guard let span = CalendarSpan(parsing: within) else {
            throw CLIFailure.usage("'\(within)' is not a duration for --within; write a number and a unit, for example '18m', '26w', '90d' or '2y'")
        }
        return span
    }
}

/// The formats `analyze`, `timeline`, `agenda`, `loops` and `balance` write their results in.
enum ResultFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

/// `--format` for the commands that write results, declared once.
struct ResultFormatOption: ParsableArguments {
    @Option(help: "Output format: text, markdown or json.")
    var format: ResultFormat = .text
}
