import Foundation

/// Writes to standard output or standard error, with colour only on a terminal and never when
/// `NO_COLOR` is set (https://no-color.org) or `TERM` is `dumb`.
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

    func write(_ text: String) {
        var data = Data(text.utf8)
        while !data.isEmpty {
            let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            data.removeFirst(written)
        }
    }

    /// `error: message` in the style of the diagnostics.
    func error(_ message: String) {
        let label = usesColor ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        write("placegraph: \(label) \(message)\n")
    }

    /// `warning: message` in the style of the diagnostics.
    func warning(_ message: String) {
        let label = usesColor ? "\u{1B}[1;35mwarning:\u{1B}[0m" : "warning:"
        write("placegraph: \(label) \(message)\n")
    }

    /// A bold heading when colour is on, plain text otherwise.
    func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
