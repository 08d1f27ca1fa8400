import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the CLI as a child and watches it while it runs: when its first output arrived, and
/// its peak resident size, read from `VmHWM` in `/proc/PID/status` every 20 ms.
///
/// `VmHWM` belongs to the program the child runs now, so, unlike the peak `wait4` reports, it
/// does not carry the test process's own high-water mark across `exec`. The child also runs
/// under a data cap (`RLIMIT_DATA`), so a run that grows without bound fails rather than
/// taking the machine with it. Standard output is read and counted, not kept: only its first
/// and last 4 KiB are.
struct WatchedRun {
    let status: Int32
    /// Bytes written to standard output.
    let bytes: Int
    let head: String
    let tail: String
    let stderr: String
    /// The largest `VmHWM` seen, in KiB.
    let peakKiB: Int
    /// Seconds from the start to the first output, and to the end.
    let firstOutput: Double?
    let ended: Double

    static func run(_ arguments: [String], memoryMiB: Int = 400) throws -> WatchedRun {
        let script = "ulimit -d \(memoryMiB * 1024) && exec \"$@\""
        let argv = ["/bin/sh", "-c", script, "placegraph-test", TestSupport.executable.path] + arguments
        let started = ContinuousClock.now
        let (pid, outRead, errRead) = try LimitedRun.spawn(argv)
        let errors = PipeReader(errRead)
        let output = CountingReader(outRead, started: started)
        var peak = 0, status: Int32 = 0
        while true {
            peak = max(peak, highWaterKiB(pid))
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done < 0 && errno != EINTR) { break }
            usleep(20_000)
        }
        let ended = seconds(ContinuousClock.now - started)
        let counted = output.wait()
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return WatchedRun(status: code, bytes: counted.bytes, head: String(decoding: counted.head, as: UTF8.self),
                          tail: String(decoding: counted.tail, as: UTF8.self),
                          stderr: String(decoding: errors.wait(), as: UTF8.self), peakKiB: peak,
                          firstOutput: counted.first.map(seconds), ended: ended)
    }

    /// `VmHWM` of `pid` in KiB, or 0 once it has ended.
    static func highWaterKiB(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Reads a pipe to its end on a thread of its own, counting the bytes and keeping only the
/// first and the last 4 KiB, and when the first byte came.
private final class CountingReader: @unchecked Sendable {
    private var result: (bytes: Int, head: [UInt8], tail: [UInt8], first: Duration?) = (0, [], [], nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ descriptor: Int32, started: ContinuousClock.Instant) {
        Thread.detachNewThread { [self] in
            defer { close(descriptor); done.signal() }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                if result.first == nil { result.first = ContinuousClock.now - started }
                result.bytes += count
                if result.head.count < 4096 { result.head += buffer[..<min(count, 4096 - result.head.count)] }
                result.tail = Array((result.tail + buffer[..<count]).suffix(4096))
            }
        }
    }

    func wait() -> (bytes: Int, head: [UInt8], tail: [UInt8], first: Duration?) {
        done.wait()
        return result
    }
}
