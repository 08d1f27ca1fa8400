import Foundation
import PlaceGraphKit

/// A map named on the command line: a file, or `git:REV:PATH`, a version kept in git, read
/// through `git show REV:PATH` in the current directory.
struct MapSource {
    /// The argument as given, which messages and headings name the map by.
    let argument: String

    /// The revision and path of a `git:REV:PATH` argument; `nil` for a file.
    var revision: (rev: String, path: String)? {
        guard argument.hasPrefix("git:") else { return nil }
        let rest = argument.dropFirst(4)
        guard let colon = rest.firstIndex(of: ":") else { return (String(rest), "") }
        return (String(rest[..<colon]), String(rest[rest.index(after: colon)...]))
    }

    /// The file `-o` must not overwrite; none for a revision, which is not a file.
    var file: String? { revision == nil ? argument : nil }

    /// Loads and checks the map, printing its diagnostics to standard error.
    ///
    /// - Throws: ``CLIFailure`` 64 for a file or revision that cannot be read (with git's own
    ///   message), 65 for a map with errors.
    func graph(format: InputFormat?) throws -> PlaceGraph {
        let result: LoadResult
        if let (rev, path) = revision {
            guard !rev.isEmpty, !path.isEmpty else {
                throw CLIFailure.usage("'\(argument)' names no revision or no path; write git:REV:PATH, for example 'git:main:map.yaml'")
            }
            guard !rev.hasPrefix("-") else { throw CLIFailure.usage("'\(rev)' is not a git revision in '\(argument)'") }
            guard let format = format ?? InputFormat(pathExtension: (path as NSString).pathExtension) else {
                throw MapReadError.unknownFormat(path: path)
            }
            result = MapLoader.load(data: try Self.gitShow("\(rev):\(path)", naming: argument), file: argument, format: format)
        } else {
            result = try MapLoader.load(path: argument, format: format)
        }
        try MapInput.report(result, for: argument)
        guard let graph = result.graph else { throw CLIFailure.badData }
        return graph
    }

    /// The bytes `git show OBJECT` writes, run directly (never through a shell) in the current
    /// directory.
    ///
    /// - Throws: ``CLIFailure`` 64 with git's message when git fails or cannot be run.
    static func gitShow(_ object: String, naming argument: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--no-pager", "show", "--no-textconv", object]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw CLIFailure.usage("cannot read '\(argument)': git could not be run (\(error.localizedDescription))")
        }
        // Read standard error on another thread, so that neither pipe can fill and stall git.
        let errorText = ErrorText(), group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorText.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorText.data, as: UTF8.self)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
            throw CLIFailure.usage("cannot read '\(argument)': git show failed: \(message)")
        }
        return data
    }

    /// Standard error of a child process, handed from the thread that reads it.
    private final class ErrorText: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Data?
        func set(_ data: Data) { lock.withLock { stored = data } }
        var data: Data { lock.withLock { stored ?? Data() } }
    }
}
