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

    /// Writes `text` as far as the stream takes it; for messages on standard error, whose
    /// failure has nowhere to be reported.
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
