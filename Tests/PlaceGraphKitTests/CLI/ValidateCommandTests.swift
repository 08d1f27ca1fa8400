import Foundation
import Testing

@Suite("placegraph validate and init")
struct ValidateCommandTests {
    @Test("a valid map exits 0 and prints its counts")
    func valid() throws {
        let run = try TestSupport.run(["validate", TestSupport.example("map.yaml")])
        #expect(run.status == 0)
        #expect(run.stdout.contains(": ok: 13 services"))
    }

    @Test("a bad map exits 65 with file:line:column, the line, a caret and a hint")
    func invalid() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appendingPathComponent("bad.yaml")
        try "placegraph: 1\nplace:\n  name: X\ninteractions:\n  - {from: a, to: b, effect: 1}\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["validate", "bad.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("""
            bad.yaml:5:12: error: unknown id 'a'
             5 |   - {from: a, to: b, effect: 1}
               |            ^
              hint: an interaction may name any service, contract or objective id
            """))
        #expect(run.stderr.contains("bad.yaml:5:19: error: unknown id 'b'"))
        #expect(!run.stderr.contains("\u{1B}["))
    }

    @Test("a missing file or unknown extension is bad usage, 64")
    func usage() throws {
        #expect(try TestSupport.run(["validate", "/nonexistent/map.yaml"]).status == 64)
        #expect(try TestSupport.run(["validate", "map.txt"]).status == 64)
        #expect(try TestSupport.run(["frobnicate"]).status == 64)
    }

    @Test("--input-format overrides the extension")
    func inputFormat() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appendingPathComponent("edges.txt")
        try "from,to,effect\na,b,1\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["validate", file.path, "--input-format", "csv"])
        #expect(run.status == 0)
    }

    @Test("init writes a starter map that validates, and keeps an existing file")
    func initialise() throws {
        let folder = try TestSupport.temporaryFolder()
        #expect(try TestSupport.run(["init", "map.yaml"], in: folder).status == 0)
        #expect(try TestSupport.run(["validate", "map.yaml"], in: folder).status == 0)
        let again = try TestSupport.run(["init", "map.yaml"], in: folder)
        #expect(again.status == 64)
        #expect(again.stderr.contains("exists; pass --force"))
        let printed = try TestSupport.run(["init"])
        #expect(printed.stdout.hasPrefix("# A placegraph place map."))
    }

    @Test("--version works, and --help for every command")
    func help() throws {
        let version = try TestSupport.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        for command in ["validate", "init", "render", "analyze", "timeline", "agenda", "loops", "balance", "report"] {
            let run = try TestSupport.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("USAGE: placegraph \(command)"))
        }
    }
}
