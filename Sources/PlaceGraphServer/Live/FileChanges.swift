import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells when a file may have changed: an event for every write, rename or removal of it.
///
/// On Linux it watches the file's folder with inotify, since editors often save by writing a
/// new file and renaming it over the old one, which a watch on the file itself would lose.
/// Everywhere, and as a safety net on Linux, it also compares the file's size, time and inode
/// every ``pollInterval``. The events are hints: the map's version (a hash of its bytes) says
/// whether anything really changed.
final class FileChanges: Sendable {
    /// How often the file's metadata is compared, whatever inotify says.
    static let pollInterval: Duration = .seconds(1)

    let events: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let stopped = Flag()
    private let path: String

    /// Starts watching `path`; ``stop()`` ends the watch and the stream.
    init(path: String) {
        self.path = path
        (events, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let thread = Thread { [path, continuation, stopped] in
            Self.watch(path: path, continuation: continuation, stopped: stopped)
        }
        thread.name = "placegraph map watcher"
        thread.start()
    }

    /// Stops watching; the thread ends within a quarter of a second.
    func stop() {
        stopped.set()
        continuation.finish()
    }

    private static func watch(path: String, continuation: AsyncStream<Void>.Continuation, stopped: Flag) {
        let inotify = InotifyWatch(path: path)
        defer { inotify?.close() }
        var last = Metadata(path)
        var nextPoll = ContinuousClock.now + pollInterval
        while !stopped.isSet {
            var changed = inotify?.wait(milliseconds: 250) ?? false
            if inotify == nil { Thread.sleep(forTimeInterval: 0.05) }
            if ContinuousClock.now >= nextPoll || inotify == nil {
                nextPoll = ContinuousClock.now + pollInterval
                let now = Metadata(path)
                if now != last { changed = true }
                last = now
            }
            if changed { continuation.yield() }
        }
    }

    /// What a cheap look at the file shows: enough to notice a save.
    private struct Metadata: Equatable {
        var size = -1, seconds = 0, nanoseconds = 0, inode: UInt64 = 0

        init(_ path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return }
            size = Int(status.st_size)
            #if canImport(Glibc)
            (seconds, nanoseconds) = (Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec))
            #else
            (seconds, nanoseconds) = (Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec))
            #endif
            inode = UInt64(status.st_ino)
        }
    }

    /// A flag one thread sets and another reads.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false

        var isSet: Bool {
            lock.lock()
            defer { lock.unlock() }
            return value
        }

        func set() {
            lock.lock()
            value = true
            lock.unlock()
        }
    }
}
