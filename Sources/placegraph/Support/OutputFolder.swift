import Foundation

/// Writes a set of files into one folder as a unit: the Markdown pack of `report`.
///
/// Every target is checked before anything is written (each must be a regular file or
/// nothing, as for ``OutputFile``, and none an input), so a refused run writes nothing. The
/// files are then written to temporary files in the folder, and only when all are complete
/// are they renamed into place, together, with signals held off (``Interrupts/commit(_:)``).
/// A manifest, ``manifestName``, lists what the pack wrote, so the next pack removes its own
/// earlier files that it no longer writes (the figures of a conflict that has gone) and
/// never touches anything else in the folder. The folder itself is created when missing,
/// but not its parent.
enum OutputFolder {
    /// The hidden file in the folder that lists the files the last pack wrote there.
    static let manifestName = ".placegraph-pack"

    /// Writes `files` (plain names, no folders) into `folder`.
    ///
    /// - Throws: ``CLIFailure`` 64 when a file would overwrite an input, 73 when the folder
    ///   or a file cannot be created, 74 when writing fails.
    static func write(_ files: [(name: String, data: Data)], into folder: String, protecting inputs: [String]) throws {
        let created = try prepare(folder)
        var staged: [(file: TemporaryFile, target: OutputTarget)] = []
        do {
            let all = files + [(manifestName, Data(manifestText(files.map(\.name)).utf8))]
            let targets = try all.map { try OutputFile.check((folder as NSString).appendingPathComponent($0.name), protecting: inputs) }
            for (target, (_, data)) in zip(targets, all) {
                let file = try TemporaryFile(beside: target)
                staged.append((file, target))
                try file.write(data)
                try file.finish()
            }
        } catch {
            for (file, _) in staged { file.discard() }
            if let created { rmdir(folder); Interrupts.forget(created) }
            throw error
        }
        let earlier = previousFiles(in: folder)
        try Interrupts.commit {
            for (file, target) in staged {
                guard rename(file.path, target.path) == 0 else {
                    let reason = String(cString: strerror(errno))
                    for (left, _) in staged { left.discard() }
                    throw CLIFailure.cannotCreate("cannot replace '\(target.path)': \(reason)")
                }
                Interrupts.forget(file.token)
            }
            if let created { Interrupts.forget(created) }
            // Inside the commit: the new manifest no longer lists these, so none may survive it.
            for name in earlier.subtracting(files.map(\.name)) {
                let path = (folder as NSString).appendingPathComponent(name)
                var status = stat()
                if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG { unlink(path) }
            }
        }
    }

    /// Checks the folder, and creates it when it is missing but its parent exists.
    ///
    /// - Returns: the registration of a folder created here, to remove if the run stops.
    private static func prepare(_ folder: String) throws -> Interrupts.Token? {
        var status = stat()
        if stat(folder, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw CLIFailure.cannotCreate("'\(folder)' is \(OutputTarget.kind(of: status) ?? "a file"), not a folder")
            }
            return nil
        }
        let trimmed = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let parent = (trimmed as NSString).deletingLastPathComponent
        var parentStatus = stat()
        guard stat(parent.isEmpty ? "." : parent, &parentStatus) == 0, (parentStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw CLIFailure.cannotCreate("the folder '\(parent)' does not exist; create it first")
        }
        let token = Interrupts.register(folder, isFolder: true)
        guard mkdir(folder, 0o777) == 0 else {
            let reason = String(cString: strerror(errno))
            Interrupts.forget(token)
            throw CLIFailure.cannotCreate("cannot create the folder '\(folder)': \(reason)")
        }
        return token
    }

    private static func manifestText(_ names: [String]) -> String {
        """
        # Written by placegraph report --format markdown: the files it wrote in this folder, so
        # that the next report removes the ones it no longer writes. Nothing else is touched.

        """ + names.sorted().joined(separator: "\n") + "\n"
    }

    /// The files the manifest says an earlier pack wrote: only plain `.md` and `.svg` names,
    /// whatever else an edited manifest holds.
    private static func previousFiles(in folder: String) -> Set<String> {
        let path = (folder as NSString).appendingPathComponent(manifestName)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return Set(text.split(whereSeparator: \.isNewline).map(String.init).filter { name in
            !name.hasPrefix("#") && !name.hasPrefix(".") && !name.contains("/")
                && (name.hasSuffix(".svg") || name.hasSuffix(".md"))
        })
    }
}
