import Foundation

/// Replaces the map file with new bytes atomically, the way the command line writes `-o`: a
/// temporary file beside it, flushed to disk, renamed over it. A reader (an editor, the
/// watcher, another page's request) sees the old file or the new one, never half of either.
///
/// The file keeps its permission bits, and its owner and group where the system allows. A
/// symbolic link is followed, so the file it points to is replaced and the link kept.
enum AtomicFile {
    /// Why the file could not be replaced; it is then left as it was.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static let counter = Counter()

    /// Writes `data` over the file at `path`.
    ///
    /// - Throws: ``Failure`` naming the step that failed and the system's reason.
    static func replace(_ path: String, with data: Data) throws(Failure) {
        let target = resolved(path)
        var status = stat()
        guard stat(target, &status) == 0 else { throw failure("cannot read '\(path)'") }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid())-\(counter.next()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, status.st_mode & 0o7777)
        guard descriptor >= 0 else { throw failure("cannot write beside '\(path)'") }
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        let written = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let count = write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        // Keep the owner where the system lets us; a plain user cannot give a file away, and
        // that is no reason to refuse the edit.
        _ = fchown(descriptor, status.st_uid, status.st_gid)
        _ = fchmod(descriptor, status.st_mode & 0o7777)
        let synced = written && fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        guard written, synced, closed else { throw failure("cannot write '\(path)'") }
        guard rename(temporary, target) == 0 else { throw failure("cannot replace '\(path)'") }
        ok = true
    }

    /// The file a path names, following symbolic links; the path itself when it cannot be resolved.
    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private static func failure(_ what: String) -> Failure {
        Failure(description: "\(what): \(String(cString: strerror(errno)))")
    }

    /// Numbers temporary files, so two writes in one process never share a name.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
