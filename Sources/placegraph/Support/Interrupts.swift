import Foundation

/// Ctrl-C and termination for the whole process, and the temporary files they must not leave
/// behind.
///
/// ``install()`` runs first in `main`, before any other thread exists. It blocks SIGINT,
/// SIGTERM and SIGHUP in the main thread, so every thread started later inherits the block and
/// no library's handler (CBC installs one for SIGINT) can catch them, and starts one thread
/// that waits for them with `sigwait`. When one arrives, that thread removes every temporary
/// file and folder still registered and ends the process by the same signal, as a shell
/// expects (`$?` is 130 after Ctrl-C, 143 after SIGTERM). Writers ``register(_:isFolder:)`` a
/// temporary before creating it and move their output into place inside ``commit(_:)``,
/// which the signal thread waits for, so an interrupted run leaves either nothing or the
/// whole output. SIGPIPE is ignored, so a closed pipe is a write error with a message.
enum Interrupts {
    /// The signals that stop placegraph after cleaning up.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// A registered temporary, to ``forget(_:)`` once it has been moved into place.
    struct Token: Hashable, Sendable {
        fileprivate let number: Int
    }

    /// Blocks the signals and starts the thread that waits for them. Call once, first.
    static func install() {
        var set = signalSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
        signal(SIGPIPE, SIG_IGN)
        let waiter = Thread { waitForSignal() }
        waiter.name = "placegraph signals"
        waiter.start()
    }

    /// Registers a temporary file (or a folder, removed when empty) to remove on a signal.
    static func register(_ path: String, isFolder: Bool = false) -> Token {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        registry.next += 1
        registry.paths.append((registry.next, path, isFolder))
        return Token(number: registry.next)
    }

    /// Stops tracking a temporary: it has been renamed into place or removed.
    static func forget(_ token: Token) {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        registry.paths.removeAll { $0.number == token.number }
    }

    /// Runs `body`, the renames that publish an output, with signals held off until it ends.
    static func commit<T>(_ body: () throws -> T) rethrows -> T {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return try body()
    }

    // MARK: - The signal thread

    /// Hands the next signal to `handler` instead of ending the process: for a command that
    /// stops in its own way (the server's graceful shutdown), then calls ``end(by:)``. A
    /// second signal ends the process at once, whatever the handler is doing.
    static func onNextSignal(_ handler: @escaping @Sendable (Int32) -> Void) {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        registry.handler = handler
    }

    private final class Registry: @unchecked Sendable {
        // Recursive, so that `forget` works inside `commit`.
        let lock = NSRecursiveLock()
        var next = 0
        var paths: [(number: Int, path: String, isFolder: Bool)] = []
        var handler: (@Sendable (Int32) -> Void)?
    }

    private static let registry = Registry()

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        return set
    }

    private static func waitForSignal() {
        var set = signalSet()
        var received: Int32 = 0
        while sigwait(&set, &received) != 0 {}
        registry.lock.lock()
        let handler = registry.handler
        registry.handler = nil
        registry.lock.unlock()
        if let handler {
            handler(received)
            while sigwait(&set, &received) != 0 {}
        }
        // Holding the lock for good: a commit under way finishes first, and none starts after.
        registry.lock.lock()
        for entry in registry.paths.reversed() {
            _ = entry.isFolder ? rmdir(entry.path) : unlink(entry.path)
        }
        end(by: received)
    }

    /// Ends the process by `number` with its default action, or exits 128 + `number`.
    static func end(by number: Int32) -> Never {
        signal(number, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, number)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(number)
        _exit(128 + number)
    }
}
