import Foundation
import PlaceGraphPresentation

/// Writes to standard output or standard error, with colour only on a terminal and never when
/// `NO_COLOR` is set (https://no-color.org) or `TERM` is `dumb`.
///
/// Everything is written as ``StyledText``, so user text is escaped on its way to the
/// terminal, and this is the only place styles become ANSI codes.
struct Console: Sendable {
    let descriptor: Int32

    static let standardOutput = Console(descriptor: STDOUT_FILENO)
    static let standardError = Console(descriptor: STDERR_FILENO)

    /// True when ANSI colour codes should be written to this stream.
    var usesColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(descriptor) == 1
    }

    /// Writes styled text, in colour when ``usesColor``.
    func write(_ text: StyledText) { write(Console.rendered(text, color: usesColor)) }

    /// `placegraph: error: message` in the style of the diagnostics.
    func error(_ message: String) {
        write("placegraph: \(StyledText("error:", .error)) \(message)\n" as StyledText)
    }

    /// `placegraph: warning: message` in the style of the diagnostics.
    func warning(_ message: String) {
        write("placegraph: \(StyledText("warning:", .warning)) \(message)\n" as StyledText)
    }

    /// Writes text as it is: documents (JSON, Markdown, SVG) that are not terminal text.
    func write(_ text: String) {
        var data = Data(text.utf8)
        while !data.isEmpty {
            let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            data.removeFirst(written)
        }
    }

    /// `text` with each style turned into an ANSI code when `color` is true, plain otherwise.
    static func rendered(_ text: StyledText, color: Bool) -> String {
        guard color else { return text.plain }
        return text.runs.map { run in
            guard let style = run.style else { return run.text }
            // A style never spans a line break, so a pager or a half-read line is never left coloured.
            return run.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "\u{1B}[\(ansi(style))m\($0)\u{1B}[0m" }
                .joined(separator: "\n")
        }.joined()
    }

    /// The ANSI code of a style; conflict and synergy use Okabe–Ito hues from the 256-colour palette.
    static func ansi(_ style: TextStyle) -> String {
        switch style {
        case .emphasis: "1"
        case .dim: "2"
        case .conflict: "38;5;166"
        case .synergy: "38;5;25"
        case .error: "1;31"
        case .warning: "1;35"
        case .caret: "1;32"
        }
    }
}
