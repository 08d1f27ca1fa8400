import Foundation

/// Writes a command's result to `-o FILE` atomically, or to standard output.
///
/// `-o` only ever writes a regular file. A device, FIFO, socket or folder at the path is
/// refused, and so is a missing folder: placegraph never creates folders it was not asked
/// for. A symbolic link is followed: the file it points to is replaced, and the link is
/// kept. The bytes go to a temporary file beside that file, are flushed to disk, and the
/// temporary is renamed over it, so a failed or interrupted run never leaves half a file; a
/// replaced file keeps its permissions (and its owner and group, where the system allows).
/// A target that is an input map is refused.
enum OutputFile {
    /// Writes `data` to `path`, or to standard output when `path` is `nil` or `-`.
    ///
    /// - Parameter inputs: paths that must never be overwritten (the map being read).
    /// - Throws: ``CLIFailure`` 64 when `path` is an input, 73 when the file cannot be created
    ///   there, 74 when writing it fails.
    static func write(_ data: Data, to path: String?, protecting inputs: [String]) throws {
        guard let path, path != "-" else {
            try Console.standardOutput.send(data)
            return
        }
        let target = try check(path, protecting: inputs)
        let temporary = try TemporaryFile(beside: target)
        do {
            try temporary.write(data)
            try temporary.finish()
        } catch {
            temporary.discard()
            throw error
        }
        try commit(temporary, to: target, named: path)
    }

    /// Renames a finished temporary file over its target, where a signal cannot cut in.
    ///
    /// - Throws: ``CLIFailure`` 73 when the rename fails; the temporary is removed.
    static func commit(_ temporary: TemporaryFile, to target: OutputTarget, named path: String) throws {
        try Interrupts.commit {
            guard rename(temporary.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                temporary.discard()
                throw CLIFailure.cannotCreate("cannot replace '\(path)': \(reason)")
            }
            Interrupts.forget(temporary.token)
        }
    }

    /// Where `path` will be written, once checked: the file itself, or the file a symbolic
    /// link at `path` points to.
    ///
    /// - Throws: ``CLIFailure`` 64 when it is one of `inputs`, 73 when it is not a regular
    ///   file, its folder is missing, or it is read-only.
    @discardableResult
    static func check(_ path: String, protecting inputs: [String]) throws -> OutputTarget {
        try checkNotInput(path, inputs: inputs)
        let target = try OutputTarget(path)
        try checkNotInput(target.path, inputs: inputs)
        return target
    }

    /// Refuses `path` when it names the same file as any of `inputs`.
    static func checkNotInput(_ path: String, inputs: [String]) throws {
        for input in inputs where sameFile(path, input) {
            throw CLIFailure.usage("refusing to overwrite the input '\(input)'; name another output file with -o")
        }
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        if stat(a, &first) == 0, stat(b, &second) == 0 {
            return first.st_dev == second.st_dev && first.st_ino == second.st_ino
        }
        return URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }
}
