import Foundation
import Testing

/// `report --format markdown -o DIR` writes its files as a unit, removes only its own
/// earlier files, and writes nothing when the run is refused.
@Suite("placegraph report --format markdown: the pack folder")
struct MarkdownPackTests {
    /// A map with a single conflict, so a single conflict figure.
    static let small = TestSupport.map(services: """
          - id: a
            name: A
            objectives: [{id: a1, text: First}]
          - id: b
            name: B
            objectives: [{id: b1, text: Second}]
        """, interactions: """
          - {from: a1, to: b1, effect: -2, because: it gets in the way}
        """)

    private func pack(_ map: String, into output: String, in folder: URL, _ extra: [String] = []) throws -> TestSupport.Run {
        try TestSupport.run(["report", map, "--format", "markdown", "-o", output, "--as-of", "2026-11-28"] + extra, in: folder)
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a new pack lists its files in a manifest and leaves no temporary file")
    func manifest() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try pack(TestSupport.example("map.yaml"), into: "pack", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try names(in: folder.appendingPathComponent("pack"))
        #expect(files.allSatisfy { !$0.hasSuffix(".tmp") })
        let manifest = try String(contentsOf: folder.appendingPathComponent("pack/.placegraph-pack"), encoding: .utf8)
        let listed = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(listed == files.filter { $0 != ".placegraph-pack" })
        #expect(listed.contains("report.md") && listed.contains("map.svg") && listed.contains("conflict-6.svg"))
    }

    @Test("a later pack removes the earlier pack's figures it no longer writes, and nothing else")
    func staleFigures() throws {
        let folder = try TestSupport.temporaryFolder()
        #expect(try pack(TestSupport.example("map.yaml"), into: "pack", in: folder).status == 0)
        let packFolder = folder.appendingPathComponent("pack")
        try Data("mine".utf8).write(to: packFolder.appendingPathComponent("notes.txt"))
        try Data("<svg/>".utf8).write(to: packFolder.appendingPathComponent("conflict-99.svg"))
        try Self.small.write(to: folder.appendingPathComponent("small.yaml"), atomically: true, encoding: .utf8)
        let run = try pack("small.yaml", into: "pack", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try names(in: packFolder)
        #expect(files.contains("conflict-1.svg"))
        #expect(!files.contains("conflict-2.svg") && !files.contains("conflict-6.svg"))
        #expect(files.contains("notes.txt") && files.contains("conflict-99.svg"))
        let report = try String(contentsOf: packFolder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("# Test"))
    }

    @Test("a refused run writes nothing: bad map, bad option, an input in the way")
    func refused() throws {
        let folder = try TestSupport.temporaryFolder()
        try "placegraph: 1\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        #expect(try pack("bad.yaml", into: "pack", in: folder).status == 65)
        #expect(try pack(TestSupport.example("map.yaml"), into: "pack", in: folder, ["--level", "nonsense"]).status == 64)
        #expect(try names(in: folder) == ["bad.yaml"])

        // The map itself sits where a figure would go.
        let packFolder = folder.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: packFolder, withIntermediateDirectories: false)
        try Self.small.write(to: packFolder.appendingPathComponent("map.svg"), atomically: true, encoding: .utf8)
        let clobber = try pack("pack/map.svg", into: "pack", in: folder, ["--input-format", "yaml"])
        #expect(clobber.status == 64)
        #expect(try names(in: packFolder) == ["map.svg"])
        #expect(try String(contentsOf: packFolder.appendingPathComponent("map.svg"), encoding: .utf8) == Self.small)
    }

    @Test("the pack's folder is created, but not a missing parent; a file in the way is 73")
    func folders() throws {
        let folder = try TestSupport.temporaryFolder()
        let missing = try pack(TestSupport.example("map.yaml"), into: "no/such/pack", in: folder)
        #expect(missing.status == 73)
        #expect(missing.stderr.contains("the folder 'no/such' does not exist"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
        #expect(try pack(TestSupport.example("map.yaml"), into: "file", in: folder).status == 73)
        #expect(try names(in: folder) == ["file"])
        #expect(try pack(TestSupport.example("map.yaml"), into: "named.md", in: folder).status == 0)
        #expect(try names(in: folder).contains("named.md"))
    }
}
