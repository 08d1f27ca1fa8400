import Foundation
import Testing

/// `-o` writes only regular files, atomically, keeping what it replaces; write failures exit
/// non-zero with the cause. Every special file here is made in a temporary folder: the tests
/// never touch a real device node.
@Suite("placegraph -o: only regular files, and every write failure reported")
struct OutputSafetyTests {
    static let map = TestSupport.example("map.yaml")

    private func analyze(to output: String, in folder: URL) throws -> TestSupport.Run {
        try TestSupport.run(["analyze", Self.map, "--format", "json", "-o", output], in: folder)
    }

    /// The names in `folder`, hidden ones included, sorted.
    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    private func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("a FIFO at -o is refused with 73 and left as it was")
    func fifo() throws {
        let folder = try TestSupport.temporaryFolder()
        #expect(mkfifo(folder.appendingPathComponent("out.json").path, 0o600) == 0)
        let run = try analyze(to: "out.json", in: folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("'out.json' is a named pipe (FIFO); -o writes only regular files"))
        var status = stat()
        #expect(lstat(folder.appendingPathComponent("out.json").path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
        #expect(try names(in: folder) == ["out.json"])
    }

    @Test("a socket at -o is refused with 73")
    func socketFile() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("s").path
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        let run = try analyze(to: "s", in: folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("'s' is a socket"))
    }

    @Test("a folder at -o, or a name ending in /, is refused with 73")
    func folderTarget() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: false)
        let existing = try analyze(to: "out", in: folder)
        #expect(existing.status == 73)
        #expect(existing.stderr.contains("'out' is a folder"))
        #expect(try analyze(to: "new/", in: folder).status == 73)
        #expect(try names(in: folder) == ["out"])
        #expect(try names(in: folder.appendingPathComponent("out")).isEmpty)
    }

    @Test("a missing folder is named, not created")
    func missingFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try analyze(to: "missing/deeper/out.json", in: folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("the folder 'missing/deeper' for 'missing/deeper/out.json' does not exist; create it first"))
        #expect(try names(in: folder).isEmpty)
    }

    @Test("a symbolic link is followed: the target is replaced, the link kept, the mode kept")
    func symbolicLink() throws {
        let folder = try TestSupport.temporaryFolder()
        let target = folder.appendingPathComponent("real.json")
        try Data("old".utf8).write(to: target)
        #expect(chmod(target.path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.json").path,
                                                   withDestinationPath: "real.json")
        let run = try analyze(to: "link.json", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.json").path) == "real.json")
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix("{"))
        #expect(try mode(target.path) == 0o600)
        #expect(try names(in: folder) == ["link.json", "real.json"])
    }

    @Test("a link to nothing, or to a FIFO, is refused with 73")
    func badLinks() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling").path,
                                                   withDestinationPath: "nowhere.json")
        let dangling = try analyze(to: "dangling", in: folder)
        #expect(dangling.status == 73)
        #expect(dangling.stderr.contains("'dangling' is a symbolic link to 'nowhere.json', which does not exist"))
        #expect(mkfifo(folder.appendingPathComponent("pipe").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("to-pipe").path, withDestinationPath: "pipe")
        let toPipe = try analyze(to: "to-pipe", in: folder)
        #expect(toPipe.status == 73)
        #expect(toPipe.stderr.contains("is a named pipe (FIFO)"))
        #expect(try names(in: folder) == ["dangling", "pipe", "to-pipe"])
    }

    @Test("a replaced file keeps its permissions; a new one gets 0666 less the umask")
    func permissions() throws {
        let folder = try TestSupport.temporaryFolder()
        let existing = folder.appendingPathComponent("kept.json")
        try Data("old".utf8).write(to: existing)
        #expect(chmod(existing.path, 0o640) == 0)
        #expect(try analyze(to: "kept.json", in: folder).status == 0)
        #expect(try mode(existing.path) == 0o640)
        #expect(try analyze(to: "new.json", in: folder).status == 0)
        let mask = umask(0o022)
        umask(mask)
        #expect(try mode(folder.appendingPathComponent("new.json").path) == 0o666 & ~Int(mask))
    }

    @Test("a read-only folder or file is refused with 73 (not as root, whom permissions do not stop)",
          .enabled(if: geteuid() != 0))
    func readOnly() throws {
        let folder = try TestSupport.temporaryFolder()
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        #expect(chmod(locked.path, 0o555) == 0)
        defer { chmod(locked.path, 0o755) }
        #expect(try analyze(to: "locked/out.json", in: folder).status == 73)
        #expect(try names(in: locked).isEmpty)
        let file = folder.appendingPathComponent("read-only.json")
        try Data("old".utf8).write(to: file)
        #expect(chmod(file.path, 0o444) == 0)
        #expect(try analyze(to: "read-only.json", in: folder).status == 73)
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
    }

    @Test("standard output closed by its reader exits 74 with the cause")
    func closedStandardOutput() throws {
        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["analyze", Self.map, "--format", "json"]
        let out = Pipe(), err = Pipe()
        // Nobody will read: writing to the pipe fails with EPIPE.
        try out.fileHandleForReading.close()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 74)
        #expect(message.contains("cannot write to standard output: Broken pipe"))
    }
}
