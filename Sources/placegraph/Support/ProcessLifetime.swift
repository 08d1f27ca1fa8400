/// Values the command keeps until the process exits, instead of freeing them when it is done.
///
/// A big map's analysis is a million small objects; freeing them one by one when the command
/// returns took a third of a second at 22,000 items, for memory the system takes back at once
/// when the process ends a moment later. Only the command-line tool does this: the library
/// and the server free what they make.
enum ProcessLifetime {
    /// Only the main thread calls this, once per run, after the output is written.
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keepUntilExit(_ value: Any) {
        kept.append(value)
    }
}
