import Foundation

/// Runs a solver in a child process of its own, where it can be stopped at a deadline
/// whatever it is doing.
///
/// CBC checks its time limit only between the steps of its search; its first linear-program
/// solve, and the solve that checks a starting solution, can run for minutes on a large
/// dense map whatever the limit. So the solve runs in a forked copy of this process: at the
/// deadline the parent sends it SIGINT, on which CBC and Clp stop at their next iteration or
/// node and report what they have, and again every 0.1 s; if no answer has come after a
/// grace period the child is killed and the caller falls back on what it knew before. The
/// child never outlives the parent: it holds one end of a pipe in `O_ASYNC` mode, so the
/// kernel sends it SIGIO, which ends it, when the parent's end closes, however the parent
/// ended.
///
/// The child runs only C code between `fork` and `_exit` (the solver, `write`), into memory
/// set up before the fork, since other threads may have held locks when it was made.
enum SolverProcess {
    /// What came of the child.
    enum Outcome {
        /// It ran to the end and reported these values.
        case finished([Double])
        /// It was killed, or died, before reporting.
        case stopped
        /// No child could be made; the caller should solve in this process.
        case unavailable
    }

    /// Runs `work` in a child process, which fills a buffer of `count` values.
    ///
    /// - Parameters:
    ///   - deadline: when the child is asked to stop (SIGINT).
    ///   - grace: how long it then has to report before it is killed.
    ///   - work: runs in the child only; must call nothing but C functions.
    static func run(count: Int, deadline: ContinuousClock.Instant, grace: Duration,
                    _ work: (UnsafeMutableBufferPointer<Double>) -> Void) -> Outcome {
        let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(count, 1))
        defer { buffer.deallocate() }
        buffer.initialize(repeating: 0)
        var results: [Int32] = [-1, -1], lifeline: [Int32] = [-1, -1]
        guard pipe(&results) == 0 else { return .unavailable }
        guard pipe(&lifeline) == 0 else { closeAll(results); return .unavailable }
        for descriptor in results + lifeline { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }

        let child = fork()
        if child == 0 {
            close(results[0])
            close(lifeline[1])
            runChild(buffer: buffer, report: results[1], lifeline: lifeline[0], work)
        }
        close(results[1])
        close(lifeline[0])
        defer { close(results[0]); close(lifeline[1]) }
        guard child > 0 else { return .unavailable }

        let expected = MemoryLayout<Double>.stride * count
        let received = collect(into: UnsafeMutableRawBufferPointer(buffer), expected: expected, from: results[0],
                               child: child, deadline: deadline, grace: grace)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exitedCleanly = (status & 0x7F) == 0 && (status >> 8) & 0xFF == 0
        return received == expected && exitedCleanly ? .finished(Array(buffer.prefix(count))) : .stopped
    }

    /// The child's side: default signal handling, the lifeline, the work, the report.
    private static func runChild(buffer: UnsafeMutableBufferPointer<Double>, report: Int32, lifeline: Int32,
                                 _ work: (UnsafeMutableBufferPointer<Double>) -> Void) -> Never {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        signal(SIGIO, SIG_DFL)
        // Whatever the solver prints would land in the middle of the parent's output.
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 { dup2(null, STDOUT_FILENO); dup2(null, STDERR_FILENO); close(null) }
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
        _ = fcntl(lifeline, F_SETOWN, getpid())
        _ = fcntl(lifeline, F_SETFL, O_ASYNC | O_NONBLOCK)
        // The parent may have gone before the line was armed.
        var parent = pollfd(fd: lifeline, events: Int16(POLLIN), revents: 0)
        if poll(&parent, 1, 0) > 0 { _exit(2) }
        work(buffer)
        let bytes = UnsafeRawBufferPointer(buffer)
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let written = write(report, base + offset, bytes.count - offset)
            if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { _exit(3) }
        }
        _exit(0)
    }

    /// Reads the child's report, asking it to stop at `deadline` and killing it `grace` later.
    ///
    /// - Returns: the number of bytes received.
    private static func collect(into memory: UnsafeMutableRawBufferPointer, expected: Int, from descriptor: Int32,
                                child: pid_t, deadline: ContinuousClock.Instant, grace: Duration) -> Int {
        let clock = ContinuousClock()
        let killAt = deadline + grace
        var nextStop = deadline
        var received = 0
        while received < expected {
            let now = clock.now
            if now >= killAt {
                kill(child, SIGKILL)
                break
            }
            if now >= nextStop {
                kill(child, SIGINT)
                nextStop = now + .milliseconds(100)
            }
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let polled = poll(&ready, 1, milliseconds(until: min(nextStop, killAt), from: now))
            if polled < 0 && errno != EINTR { kill(child, SIGKILL); break }
            guard polled > 0, let base = memory.baseAddress else { continue }
            let count = read(descriptor, base + received, expected - received)
            if count > 0 { received += count } else if count < 0 && errno == EINTR { continue } else { break }
        }
        return received
    }

    /// Whole milliseconds from `now` to `instant`, at least 1 and at most a minute per poll.
    private static func milliseconds(until instant: ContinuousClock.Instant, from now: ContinuousClock.Instant) -> Int32 {
        let (seconds, attoseconds) = (instant - now).components
        let total = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return Int32(min(max(total.rounded(.up), 1), 60_000))
    }

    private static func closeAll(_ descriptors: [Int32]) {
        for descriptor in descriptors { close(descriptor) }
    }
}
