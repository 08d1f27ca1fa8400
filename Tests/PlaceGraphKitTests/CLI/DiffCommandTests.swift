import Foundation
import Testing

/// `placegraph diff` and `placegraph whatif` through the built executable: goldens on the
/// Camden example and its after-workshop version, `--fail-on`, git revisions, usage errors.
@Suite("diff and whatif commands")
struct DiffCommandTests {
    static let old = "examples/camden-estate/map.yaml"
    static let new = "Tests/PlaceGraphKitTests/Fixtures/camden-after-workshop.yaml"
    static let asOf = ["--as-of", OutputGoldenTests.asOf]

    @Test("diff of the example and its after-workshop version: text, Markdown and JSON goldens",
          arguments: ["text", "markdown", "json"])
    func diffGoldens(format: String) throws {
        let output = try OutputGoldenTests.output(["diff", Self.old, Self.new, "--format", format] + Self.asOf)
        try OutputGoldenTests.check(output, against: "diff.\(["text": "txt", "markdown": "md", "json": "json"][format]!)")
    }

    @Test("the JSON has SPEC §4's keys, and lists what the fixture changed")
    func jsonKeys() throws {
        let output = try OutputGoldenTests.output(["diff", Self.old, Self.new, "--format", "json"] + Self.asOf)
        let json = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        for key in ["items", "interactions"] {
            let lists = try #require(json[key] as? [String: Any])
            #expect(Set(lists.keys).isSuperset(of: ["added", "removed", "changed"]))
        }
        for key in ["conflicts", "contractContradictions"] {
            let lists = try #require(json[key] as? [String: Any])
            #expect(Set(lists.keys).isSuperset(of: ["introduced", "resolved"]))
        }
        let interactions = try #require(json["interactions"] as? [String: [[String: Any]]])
        #expect(interactions["added"]?.map { "\($0["from"]!)>\($0["to"]!)" } == ["leaf-blower-clearance>pollinator-habitat"])
        #expect(interactions["removed"]?.map { "\($0["from"]!)>\($0["to"]!)" } == ["cctv-coverage>dark-corridor-bats"])
        let changed = interactions["changed"]?.map { ($0["from"] as! String, $0["aspects"] as! [String]) } ?? []
        #expect(changed.map(\.0) == ["pollinator-habitat", "weed-spraying"])
        #expect(changed.map(\.1) == [["re-signed"], ["re-weighted", "confidence", "text"]])
        #expect(json["contracts"] as? [String] == ["habitat-creation"])
        let contradictions = try #require(json["contractContradictions"] as? [String: [[String: Any]]])
        #expect(contradictions["resolved"]?.map { $0["id"] as! String } == ["contract-contradiction:cctv-coverage>dark-corridor-bats"])
    }

    @Test("a map compared with itself reports no changes, in every format")
    func noChanges() throws {
        let text = try OutputGoldenTests.output(["diff", Self.old, Self.old] + Self.asOf)
        #expect(text.contains("\nno changes\n"))
        let json = try OutputGoldenTests.output(["diff", Self.old, Self.old, "--format", "json"] + Self.asOf)
        #expect(json.contains("\"changed\" : false"))
    }

    @Test("--fail-on exits 1 after writing the output when the new version introduces what it names")
    func failOn() throws {
        let folder = try TestSupport.temporaryFolder()
        let out = folder.appendingPathComponent("diff.md").path
        let root = TestSupport.packageRoot
        let introduced = try TestSupport.run(["diff", Self.old, Self.new, "--fail-on", "new-conflicts", "-o", out] + Self.asOf, in: root)
        #expect(introduced.status == 1)
        #expect(introduced.stderr.contains("1 new conflict found"))
        #expect(FileManager.default.fileExists(atPath: out))
        // The forward change resolves a contract contradiction and introduces none; backwards it introduces one.
        let forward = try TestSupport.run(["diff", Self.old, Self.new, "--fail-on", "new-contract-conflicts"] + Self.asOf, in: root)
        #expect(forward.status == 0, "\(forward.stderr)")
        let backward = try TestSupport.run(["diff", Self.new, Self.old, "--fail-on", "new-contract-conflicts"] + Self.asOf, in: root)
        #expect(backward.status == 1)
        #expect(backward.stdout.contains("+ contract-contradiction cctv-coverage → dark-corridor-bats"))
    }

    @Test("git:REV:PATH reads a committed version in a checkout; a missing revision or path is bad usage with git's message")
    func gitRevisions() throws {
        let folder = try TestSupport.temporaryFolder()
        let map = folder.appendingPathComponent("map.yaml")
        try FileManager.default.copyItem(atPath: TestSupport.example("map.yaml"), toPath: map.path)
        try Self.git(["init", "-q", "-b", "main"], in: folder)
        try Self.git(["add", "map.yaml"], in: folder)
        try Self.git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "first"], in: folder)
        try FileManager.default.removeItem(at: map)
        try FileManager.default.copyItem(atPath: TestSupport.packageRoot.appendingPathComponent(Self.new).path, toPath: map.path)

        let run = try TestSupport.run(["diff", "git:main:map.yaml", "map.yaml"] + Self.asOf, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Changes from git:main:map.yaml to map.yaml\n"))
        #expect(run.stdout.contains("- cctv-coverage → dark-corridor-bats"))
        let same = try TestSupport.run(["diff", "git:main:map.yaml", "git:HEAD:map.yaml"] + Self.asOf, in: folder)
        #expect(same.stdout.contains("\nno changes\n"), "\(same.stderr)")

        let missingRevision = try TestSupport.run(["diff", "git:no-such-branch:map.yaml", "map.yaml"], in: folder)
        #expect(missingRevision.status == 64)
        #expect(missingRevision.stderr.contains("cannot read 'git:no-such-branch:map.yaml': git show failed: fatal:"))
        let missingPath = try TestSupport.run(["diff", "git:main:other.yaml", "map.yaml"], in: folder)
        #expect(missingPath.status == 64)
        #expect(missingPath.stderr.contains("other.yaml"))
        let malformed = try TestSupport.run(["diff", "git:main", "map.yaml"], in: folder)
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("write git:REV:PATH"))
        let option = try TestSupport.run(["diff", "git:--output=x:map.yaml", "map.yaml"], in: folder)
        #expect(option.status == 64)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path))
    }

    @Test("-o may not overwrite either version")
    func protectsInputs() throws {
        let folder = try TestSupport.temporaryFolder()
        let old = folder.appendingPathComponent("old.yaml").path, new = folder.appendingPathComponent("new.yaml").path
        try FileManager.default.copyItem(atPath: TestSupport.example("map.yaml"), toPath: old)
        try FileManager.default.copyItem(atPath: TestSupport.example("map.yaml"), toPath: new)
        for target in [old, new] {
            let run = try TestSupport.run(["diff", old, new, "-o", target], in: folder)
            #expect(run.status == 64)
            #expect(run.stderr.contains("refusing to overwrite the input"))
        }
    }

    static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }
}
