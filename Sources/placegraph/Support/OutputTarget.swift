import Foundation

/// The regular file an output replaces or creates, found by following symbolic links.
struct OutputTarget {
    /// The file to replace: `-o`'s path, or what a link there points to.
    let path: String
    /// The folder the file is in, where the temporary file goes.
    let folder: String
    /// The file's status when it exists, so its permissions and owner can be kept.
    let existing: stat?

    /// Checks that `path` names a regular file, or nothing, in a folder that exists.
    ///
    /// - Throws: ``CLIFailure`` 73, naming what is in the way.
    init(_ path: String) throws {
        if path.hasSuffix("/") {
            throw CLIFailure.cannotCreate("'\(path)' names a folder; -o needs a file name")
        }
        var status = stat()
        var resolved = path
        if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK {
            guard let real = realpath(path, nil) else {
                let reason = errno == ENOENT ? "which does not exist" : String(cString: strerror(errno))
                throw CLIFailure.cannotCreate("'\(path)' is a symbolic link to '\(Self.linkText(path))', \(reason)")
            }
            defer { free(real) }
            resolved = String(cString: real)
        }
        let named = resolved == path ? "'\(path)'" : "'\(path)' (a link to '\(resolved)')"
        if stat(resolved, &status) == 0 {
            if let kind = Self.kind(of: status) {
                throw CLIFailure.cannotCreate("\(named) is \(kind); -o writes only regular files")
            }
            if access(resolved, W_OK) != 0 {
                throw CLIFailure.cannotCreate("cannot write \(named): \(String(cString: strerror(errno)))")
            }
            existing = status
        } else if errno == ENOENT {
            existing = nil
        } else {
            throw CLIFailure.cannotCreate("cannot write \(named): \(String(cString: strerror(errno)))")
        }
        let parent = (resolved as NSString).deletingLastPathComponent
        folder = parent.isEmpty ? "." : parent
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0 else {
            throw CLIFailure.cannotCreate("the folder '\(folder)' for \(named) does not exist; create it first")
        }
        guard (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw CLIFailure.cannotCreate("'\(folder)' in \(named) is not a folder")
        }
        self.path = resolved
    }

    /// "a folder", "a device", …, or `nil` for a regular file.
    static func kind(of status: stat) -> String? {
        switch status.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    private static func linkText(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A temporary file beside an ``OutputTarget``, registered with ``Interrupts`` so a signal
/// removes it, with the target's permissions and owner.
final class TemporaryFile {
    let path: String
    let token: Interrupts.Token
    private var descriptor: Int32
    private let target: OutputTarget

    /// Creates the file, which nobody else can have opened (`O_EXCL`).
    ///
    /// - Throws: ``CLIFailure`` 73 when the folder does not let placegraph create it.
    init(beside target: OutputTarget) throws {
        self.target = target
        let name = (target.path as NSString).lastPathComponent
        var attempt = 0
        while true {
            let candidate = (target.folder as NSString).appendingPathComponent(".\(name).\(getpid())-\(attempt).tmp")
            let token = Interrupts.register(candidate)
            // A new file gets the usual 0666 less the umask; a replaced one its own mode, below.
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, target.existing == nil ? 0o666 : 0o600)
            if opened >= 0 {
                path = candidate
                self.token = token
                descriptor = opened
                break
            }
            let failure = errno
            Interrupts.forget(token)
            guard failure == EEXIST, attempt < 100 else {
                throw CLIFailure.cannotCreate("cannot write '\(target.path)': cannot create a file in '\(target.folder)': "
                                              + String(cString: strerror(failure)))
            }
            attempt += 1
        }
        if let existing = target.existing {
            // Owner first: changing it can clear the set-id bits that fchmod then restores.
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
    }

    /// Writes all of `data`.
    ///
    /// - Throws: ``CLIFailure`` 74 with the system's reason.
    func write(_ data: Data) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written > 0 { offset += written; continue }
                if written < 0, errno == EINTR { continue }
                throw failure(written < 0 ? errno : EIO)
            }
        }
    }

    /// Flushes the file to disk and closes it, where a full disk or quota may show only now.
    ///
    /// - Throws: ``CLIFailure`` 74 with the system's reason.
    func finish() throws {
        let synced = fsync(descriptor) == 0 || errno == EINVAL
        let syncError = errno
        let closed = close(descriptor) == 0
        let closeError = errno
        descriptor = -1
        if !synced { throw failure(syncError) }
        if !closed { throw failure(closeError) }
    }

    /// Removes the file and stops tracking it.
    func discard() {
        if descriptor >= 0 { close(descriptor); descriptor = -1 }
        unlink(path)
        Interrupts.forget(token)
    }

    private func failure(_ code: Int32) -> CLIFailure {
        CLIFailure.writeFailed("cannot write '\(target.path)': \(String(cString: strerror(code)))")
    }
}
