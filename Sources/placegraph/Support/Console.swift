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

    /// Writes styled text, in colour when ``usesColor``, as far as the stream takes it: for
    /// messages on standard error.
    func write(_ text: StyledText) { write(Console.rendered(text, color: usesColor)) }

    /// Writes styled text a command owes as its output, in colour when ``usesColor``.
    ///
    /// - Throws: ``CLIFailure`` 74 when the stream refuses it (a closed pipe, a full disk).
    func print(_ text: StyledText) throws { try send(Data(Console.rendered(text, color: usesColor).utf8)) }

    /// `placegraph: error: message` in the style of the diagnostics.
    func error(_ message: String) {
        write("placegraph: \(StyledText("error:", .error)) \(message)\n" as StyledText)
    }

    /// `placegraph: warning: message` in the style of the diagnostics.
    func warning(_ message: String) {
        write("placegraph: \(StyledText("warning:", .warning)) \(message)\n" as StyledText)
    }

    /// Writes text as it is, as far as the stream takes it: for messages on standard error,
    /// whose failure has nowhere to be reported. Documents go through ``send(_:)``.
    func write(_ text: String) {
        _ = try? send(Data(text.utf8))
    }

    /// Writes all of `data`, retrying after interruptions and short writes.
    ///
    /// - Throws: ``CLIFailure`` 74 with the system's reason (a closed pipe, a full disk).
    func send(_ data: Data) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else if written < 0, errno == EAGAIN {
                    // A non-blocking descriptor: wait until it can take more.
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                } else {
                    let reason = written < 0 ? String(cString: strerror(errno)) : "nothing was written"
                    throw CLIFailure.writeFailed("cannot write to \(name): \(reason)")
                }
            }
        }
    }

    /// How messages name the stream.
    private var name: String { descriptor == STDERR_FILENO ? "standard error" : "standard output" }

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
