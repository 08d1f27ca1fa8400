import Foundation

/// Writes a command's result to `-o FILE` atomically, or to standard output.
///
/// The bytes go to a temporary file beside the target, which is then renamed over it, so a
/// failed run never leaves half a file. A target that is the input map is refused.
enum OutputFile {
    /// Writes `data` to `path`, or to standard output when `path` is `nil` or `-`.
    ///
    /// - Parameter inputs: paths that must never be overwritten (the map being read).
    /// - Throws: ``CLIFailure`` 64 when `path` is an input or a folder, 70 when writing fails.
    static func write(_ data: Data, to path: String?, protecting inputs: [String]) throws {
        guard let path, path != "-" else {
            Console.standardOutput.write(String(decoding: data, as: UTF8.self))
            return
        }
        try checkNotInput(path, inputs: inputs)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIFailure.usage("'\(path)' is a folder; name a file to write")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure.usage("cannot create the folder '\(folder.path)': \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw CLIFailure.internalFailure("cannot write '\(path)': \(reason)")
            }
        } catch let failure as CLIFailure {
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIFailure.usage("cannot write '\(path)': \(error.localizedDescription)")
        }
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
