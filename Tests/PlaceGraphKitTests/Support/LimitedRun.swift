import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the CLI as a child with its CPU time and memory capped: its data segment (the heap
/// and every private mapping) by `RLIMIT_DATA`, its CPU time by `RLIMIT_CPU`, both set by a
/// shell that then `exec`s placegraph.
///
/// A run that needs more memory than the cap fails to allocate and traps, and one that spins
/// is killed, so the exit status says whether the run fit: the test asserts the bound, and a
/// regression fails the test rather than taking the machine with it. (The peak resident size
/// `wait4` reports is no use here: a child spawned from the large test process inherits the
/// test's own high-water mark across `exec`.)
struct LimitedRun {
    /// The exit code, or 128 plus the signal that ended the child.
    let status: Int32
    let stdout: Data
    let stderr: Data

    var stderrText: String { String(decoding: stderr, as: UTF8.self) }

    /// Runs `placegraph arguments…` in `directory`, with colour off, in at most `memoryMiB` of
    /// data and `cpuSeconds` of CPU time.
    static func run(_ arguments: [String], in directory: URL, memoryMiB: Int = 100,
                    cpuSeconds: Int = 60) throws -> LimitedRun {
        let script = "cd \"$1\" && shift && ulimit -t \(cpuSeconds) && ulimit -d \(memoryMiB * 1024) && exec \"$@\""
        let argv = ["/bin/sh", "-c", script, "placegraph-test", directory.path, TestSupport.executable.path] + arguments
        let (pid, outRead, errRead) = try spawn(argv)
        // Drain standard error on another thread so neither pipe can fill and block the child.
        let errors = PipeReader(errRead)
        let output = readAll(outRead)
        let errorOutput = errors.wait()

        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return LimitedRun(status: code, stdout: output, stderr: errorOutput)
    }

    /// Spawns `argv` (a `/bin/sh` command line) with the test's environment and colour off,
    /// its standard output and error on pipes; returns its pid and the pipes' read ends.
    static func spawn(_ argv: [String]) throws -> (pid: pid_t, output: Int32, errors: Int32) {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let envp = environment.map { "\($0.key)=\($0.value)" }

        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        // Close-on-exec, so children of tests running alongside never hold these pipes open.
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw POSIXError(.EMFILE) }
        for descriptor in outPipe + errPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for descriptor in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }

        var pid: pid_t = 0
        let spawned = withCStrings(argv) { cArgv in
            withCStrings(envp) { cEnvp in posix_spawn(&pid, "/bin/sh", &actions, nil, cArgv, cEnvp) }
        }
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0]); close(errPipe[0])
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL)
        }
        return (pid, outPipe[0], errPipe[0])
    }

    static func readAll(_ descriptor: Int32) -> Data {
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return data }
            data.append(contentsOf: buffer[..<count])
        }
    }

    static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ descriptor: Int32) {
        Thread.detachNewThread { [self] in
            data = LimitedRun.readAll(descriptor)
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
