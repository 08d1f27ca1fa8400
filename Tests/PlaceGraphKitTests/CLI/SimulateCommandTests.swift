import Foundation
import Testing

/// `placegraph simulate` through the built executable: the example's scenario in every format,
/// the trajectory files, and every way a command line can be wrong.
@Suite("placegraph simulate")
struct SimulateCommandTests {
    static let map = OutputGoldenTests.map
    static let scenario = ["--clamp", "fortnightly-cut=0"]

    @Test("the example with the fortnightly cut clamped off: text, Markdown, JSON and trajectory CSV goldens",
          arguments: ["text", "markdown", "json", "csv"])
    func goldens(format: String) throws {
        let output = try OutputGoldenTests.output(["simulate", Self.map] + Self.scenario + ["--format", format])
        let suffix = ["text": "txt", "markdown": "md", "json": "json", "csv": "csv"][format] ?? format
        try OutputGoldenTests.check(output, against: "simulate.\(suffix)")
    }

    @Test("the pollinator corridor gains and outdoor activity loses when the fortnightly cut is clamped off")
    func whoGainsAndLoses() throws {
        let output = try OutputGoldenTests.output(["simulate", Self.map, "--format", "json"] + Self.scenario)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.first?["item"] as? String == "pollinator-corridor")
        #expect(changes.last?["item"] as? String == "outdoor-activity-sessions")
        #expect(!changes.contains { $0["item"] as? String == "fortnightly-cut" })
        #expect((object["baseline"] as? [String: Any])?["convergence"] as? String == "fixed-point")
        #expect(object["steadyStates"] as? Bool == true)
    }

    @Test("the same map gives the same bytes, and a service-level run lists the mixed pairs it netted")
    func deterministicAndServices() throws {
        let first = try OutputGoldenTests.output(["simulate", Self.map, "--format", "json", "--level", "services",
                                                  "--clamp", "green-spaces=1", "--push", "housing-repairs=0.9"])
        let second = try OutputGoldenTests.output(["simulate", Self.map, "--format", "json", "--level", "services",
                                                   "--clamp", "green-spaces=1", "--push", "housing-repairs=0.9"])
        #expect(first == second)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let pairs = try #require(object["mixedPairs"] as? [[String: Any]])
        #expect(pairs.contains { $0["from"] as? String == "energy-retrofit" && $0["to"] as? String == "housing-repairs" })
        #expect(object["level"] as? String == "services")
        let text = try OutputGoldenTests.output(["simulate", Self.map, "--level", "services", "--clamp", "green-spaces=1"])
        #expect(text.contains("MIXED PAIRS"))
        #expect(text.contains("'energy-retrofit' → 'housing-repairs': 1 reinforcing and 1 undermining interaction netted"))
    }

    @Test("--trajectory writes CSV or JSON atomically beside the result; -o writes a file and prints nothing")
    func trajectoryFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        let example = TestSupport.example("map.yaml")
        for name in ["steps.csv", "steps.json"] {
            let run = try TestSupport.run(["simulate", example, "--trajectory", name, "-o", "result.md", "--format", "markdown",
                                           "--rule", "kosko", "--function", "trivalent", "--clamp", "pollinator-corridor=1"],
                                          in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.isEmpty)
            let written = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(name.hasSuffix(".csv") ? written.hasPrefix("run,step,active-residents,") : written.hasPrefix("{\n"))
            #expect(try String(contentsOf: folder.appendingPathComponent("result.md"), encoding: .utf8).hasPrefix("## Scenario simulation"))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("a run without a scenario lists where every item settles")
    func baselineOnly() throws {
        let output = try OutputGoldenTests.output(["simulate", Self.map, "--function", "tanh"])
        #expect(output.contains("no clamps or pushes, so only the baseline was run"))
        #expect(output.contains("  0.0000  active-residents") || output.contains("active-residents"))
    }

    @Test("bad usage exits 64 with a message naming the problem", arguments: [
        (["--clamp", "fortnightly-cutt=0"], "unknown id 'fortnightly-cutt'; did you mean 'fortnightly-cut'?"),
        (["--clamp", "fortnightly-cut"], "--clamp takes ID=VALUE"),
        (["--clamp", "=1"], "--clamp takes ID=VALUE"),
        (["--push", "pollinators=abc"], "--push pollinators=… needs a number, not 'abc'"),
        (["--push", "fortnightly-cut=nan"], "needs a number, not 'nan'"),
        (["--clamp", "fortnightly-cut=1e999"], "needs a number"),
        (["--clamp", "fortnightly-cut=2"], "the value 2 for 'fortnightly-cut' is not a value sigmoid can take"),
        (["--function", "bivalent", "--clamp", "fortnightly-cut=0.5"], "not a value bivalent can take; use 0 or 1"),
        (["--function", "tanh", "--initial", "-1.5"], "the start value -1.5 is not a value tanh can take"),
        (["--clamp", "fortnightly-cut=0", "--push", "fortnightly-cut=1"], "'fortnightly-cut' is set twice"),
        (["--level", "services", "--clamp", "fortnightly-cut=0"], "part of the service 'green-spaces'"),
        (["--threshold", "-1"], "--threshold must be a finite number, 0 or more"),
        (["--threshold", "nan"], "--threshold must be a finite number"),
        (["--max-steps", "0"], "--max-steps must be from 1 to 10000"),
        (["--max-steps", "99999999999999999999"], "--max-steps"),
        (["--lambda", "0"], "--lambda must be above 0"),
        (["--lambda", "inf"], "--lambda must be above 0"),
        (["--function", "tanh", "--lambda", "2"], "--lambda applies only to --function sigmoid"),
        (["--rule", "fastest"], "--rule"),
        (["--top", "-1"], "--top must be 0 or more"),
        (["--trajectory", "steps.txt"], "--trajectory must name a .csv or .json file"),
        (["--trajectory", "same.csv", "-o", "same.csv"], "--trajectory and -o name the same file"),
    ])
    func badUsage(arguments: [String], message: String) throws {
        let run = try TestSupport.run(["simulate", TestSupport.example("map.yaml")] + arguments,
                                      in: try TestSupport.temporaryFolder())
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("a bad map exits 65 and the input is never overwritten")
    func badMapAndInput() throws {
        let folder = try TestSupport.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.yaml")
        try "placegraph: 1\nplace: {name: X}\ninteractions:\n  - {from: a, to: b, effect: 9}\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(try TestSupport.run(["simulate", bad.path]).status == 65)
        let copy = folder.appendingPathComponent("map.yaml")
        try FileManager.default.copyItem(atPath: TestSupport.example("map.yaml"), toPath: copy.path)
        let before = try Data(contentsOf: copy)
        for arguments in [["-o", copy.path], ["--trajectory", copy.deletingPathExtension().appendingPathExtension("json").path]] {
            _ = try TestSupport.run(["simulate", copy.path] + arguments)
        }
        #expect(try TestSupport.run(["simulate", copy.path, "-o", copy.path]).status == 64)
        #expect(try Data(contentsOf: copy) == before)
    }
}
