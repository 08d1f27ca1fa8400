import Foundation
import Testing

@Suite("placegraph render")
struct RenderCommandTests {
    @Test("SVG goes to standard output without -o, and Graphviz prints nothing")
    func standardOutput() throws {
        let run = try TestSupport.run(["render", TestSupport.example("map.yaml")])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("<?xml"))
        #expect(run.stdout.hasSuffix("</svg>\n"))
        #expect(run.stderr.isEmpty)
    }

    @Test("effect numbers left out where they would overlap earn no warning")
    func droppedNumbers() throws {
        // At service level not every number fits, which Graphviz reports as a warning.
        let arguments = ["render", TestSupport.example("map.yaml"), "--level", "services"]
        let run = try TestSupport.run(arguments)
        let dot = try TestSupport.run(arguments + ["--format", "dot"])
        let numbered = dot.stdout.matches(of: #/xlabel="[+−][123]"/#).count
        let drawn = run.stdout.matches(of: #/>[+−][123]</text>/#).count
        #expect(run.status == 0)
        #expect(drawn > 0 && drawn < numbered, "drew \(drawn) of \(numbered) effect numbers")
        #expect(run.stderr.isEmpty)
    }

    @Test("-o writes the file, its extension choosing the format", arguments: [
        ("map.svg", "<?xml"), ("map.png", "\u{89}PNG"), ("map.pdf", "%PDF"), ("map.dot", "digraph placegraph {"),
        ("map.gv", "digraph placegraph {"), ("map.json", "{"),
    ])
    func output(file: String, start: String) throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["render", TestSupport.example("map.yaml"), "-o", file], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.isEmpty)
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        #expect(data.starts(with: Array(start.unicodeScalars.map { UInt8($0.value) })))
    }

    @Test("--format wins over the extension; the same run twice gives the same bytes")
    func formatOption() throws {
        let run = try TestSupport.run(["render", TestSupport.example("map.yaml"), "--format", "dot", "--level", "services",
                                       "--cluster-by", "owner", "--rankdir", "tb", "--no-legend"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#"rankdir="TB""#))
        #expect(!run.stdout.contains("legend"))
        let again = try TestSupport.run(["render", TestSupport.example("map.yaml"), "--format", "dot", "--level", "services",
                                         "--cluster-by", "owner", "--rankdir", "tb", "--no-legend"])
        #expect(again.stdout == run.stdout)
    }

    @Test("focus, depth, only and engine reach the drawing")
    func views() throws {
        let run = try TestSupport.run(["render", TestSupport.example("map.yaml"), "--format", "dot",
                                       "--focus", "fortnightly-cut", "--depth", "2", "--only", "undermining",
                                       "--engine", "neato"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#"layout="neato""#))
        #expect(run.stdout.contains(#"\laround fortnightly-cut (2 steps)\lundermining interactions only\l"#))
    }

    @Test("bad usage exits 64 with a hint", arguments: [
        (["--focus", "fortnightly-cuts"], "unknown id 'fortnightly-cuts'; did you mean 'fortnightly-cut'?"),
        (["--focus", "fortnightly-cut", "--depth=-1"], "depth '-1' must be 0 or more"),
        (["--format", "png"], "'png' is binary; write it to a file with -o map.png"),
        (["-o", "map.jpg"], "cannot tell a format from 'map.jpg'"),
        (["--engine", "twopi"], "--engine"),
        (["--format", "gif"], "--format"),
    ])
    func usage(arguments: [String], message: String) throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["render", TestSupport.example("map.yaml")] + arguments, in: folder)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message))
        #expect(run.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("the input is never overwritten, and a bad map writes nothing")
    func protectsInput() throws {
        let folder = try TestSupport.temporaryFolder()
        let map = folder.appendingPathComponent("map.dot")
        try "from,to,effect\na,b,1\n".write(to: map, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["render", "map.dot", "--input-format", "csv", "-o", "map.dot"], in: folder)
        #expect(run.status == 64)
        #expect(try String(contentsOf: map, encoding: .utf8) == "from,to,effect\na,b,1\n")
        try "placegraph: 1\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let bad = try TestSupport.run(["render", "bad.yaml", "-o", "out.svg"], in: folder)
        #expect(bad.status == 65)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.svg").path))
    }

    @Test("missing Graphviz plugins exit 70 and say to run 'dot -c'")
    func missingPlugins() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["render", TestSupport.example("map.yaml"), "-o", "map.svg"], in: folder,
                                      environment: ["GVBINDIR": folder.path])
        #expect(run.status == 70)
        #expect(run.stderr == "placegraph: error: graphviz found no plugins; register them by running 'dot -c' as root (or 'sudo dot -c')\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("map.svg").path))
    }

    @Test("--repeat reports the in-process render time on standard error")
    func timing() throws {
        let run = try TestSupport.run(["render", TestSupport.example("map.yaml"), "--repeat", "2", "--format", "svg"])
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("render: 2 in-process renders of 72 items, 63 interactions as svg: mean "))
    }
}
