import Foundation
import Testing

/// `placegraph whatif`: changes tried on a copy, reported as `diff` reports them.
@Suite("whatif command")
struct WhatifCommandTests {
    static let map = DiffCommandTests.old

    @Test("dropping fortnightly-cut → pollinator-corridor resolves that contract contradiction and its knock-ons (golden)")
    func dropContradiction() throws {
        let output = try OutputGoldenTests.output(["whatif", Self.map, "--drop-interaction", "fortnightly-cut:pollinator-corridor"]
                                                  + DiffCommandTests.asOf)
        try OutputGoldenTests.check(output, against: "whatif-drop.txt")
        #expect(output.contains("- contract-contradiction fortnightly-cut → pollinator-corridor"))
        #expect(output.contains("and with it its knock-on: fortnightly-cut → pollinator-corridor → pollinator-habitat"))
    }

    @Test("whatif reports the same as diff against the map with the change made")
    func sameAsDiff() throws {
        let folder = try TestSupport.temporaryFolder()
        let edited = folder.appendingPathComponent("edited.yaml")
        let text = try String(contentsOfFile: TestSupport.example("map.yaml"), encoding: .utf8)
        let block = """
              - from: cctv-coverage
                to: dark-corridor-bats
                effect: -1
                because: Cameras on the canal path need white light to record usable colour images at night, adding to light spill.
                confidence: low

            """
        #expect(text.contains(block))
        try text.replacingOccurrences(of: block, with: "").write(to: edited, atomically: true, encoding: .utf8)
        let root = TestSupport.packageRoot
        let whatif = try TestSupport.run(["whatif", Self.map, "--drop-interaction", "cctv-coverage:dark-corridor-bats",
                                          "--format", "json"] + DiffCommandTests.asOf, in: root)
        let diff = try TestSupport.run(["diff", Self.map, edited.path, "--format", "json"] + DiffCommandTests.asOf, in: root)
        #expect(whatif.status == 0 && diff.status == 0)
        #expect(whatif.stdout == diff.stdout)
    }

    @Test("the input file is never touched", arguments: [
        ["--drop", "leaf-blower-clearance"], ["--retire", "fortnightly-cut"], ["--set", "fortnightly-cut:pollinator-corridor=enabling"],
        ["--set", "estate-pride:no2-reduced=-1", "-o", "out.txt"],
    ])
    func inputUntouched(changes: [String]) throws {
        let folder = try TestSupport.temporaryFolder()
        let map = folder.appendingPathComponent("map.yaml")
        try FileManager.default.copyItem(atPath: TestSupport.example("map.yaml"), toPath: map.path)
        let before = try Data(contentsOf: map)
        let attributes = try FileManager.default.attributesOfItem(atPath: map.path)
        let run = try TestSupport.run(["whatif", "map.yaml"] + changes + DiffCommandTests.asOf, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: map) == before, "the map's bytes changed")
        #expect(try FileManager.default.attributesOfItem(atPath: map.path)[.modificationDate] as? Date
                == attributes[.modificationDate] as? Date)
    }

    @Test("--set adds an interaction that does not exist, read from the scale's words")
    func setAdds() throws {
        let output = try OutputGoldenTests.output(["whatif", Self.map, "--set", "estate-pride:no2-reduced=counteracting"]
                                                  + DiffCommandTests.asOf)
        #expect(output.contains("+ estate-pride → no2-reduced  -2 counteracting, medium confidence"))
        #expect(output.contains("+ direct estate-pride → no2-reduced"))
    }

    @Test("usage errors: unknown ids with a suggestion, a missing interaction, a bad effect, no change", arguments: [
        (["--drop", "fortnightly-cutt"], "unknown id 'fortnightly-cutt'; did you mean 'fortnightly-cut'?"),
        (["--drop-interaction", "pollinator-corridor:fortnightly-cut"],
         "the map has no interaction from 'pollinator-corridor' to 'fortnightly-cut'; it has one from 'fortnightly-cut' to 'pollinator-corridor'"),
        (["--retire", "grounds-maintenance"], "'grounds-maintenance' is a contract, not an objective"),
        (["--set", "fortnightly-cut:pollinator-corridor=4"], "'4' is not an effect"),
        (["--set", "fortnightly-cut=1"], "is not FROM:TO=EFFECT"),
        (["--drop-interaction", "fortnightly-cut"], "is not FROM:TO"),
        ([], "name at least one change"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let run = try TestSupport.run(["whatif", Self.map] + arguments, in: TestSupport.packageRoot)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("--changes reads the same changes from a file and reports the same; its errors are located (65)")
    func changeFile() throws {
        let folder = try TestSupport.temporaryFolder()
        try """
            changes:
              - drop-interaction: {from: fortnightly-cut, to: pollinator-corridor}
              - set: {from: estate-pride, to: no2-reduced, effect: counteracting}
            """.write(to: folder.appendingPathComponent("changes.yaml"), atomically: true, encoding: .utf8)
        let map = TestSupport.example("map.yaml")
        let fromFile = try TestSupport.run(["whatif", map, "--changes", "changes.yaml", "--format", "json"] + DiffCommandTests.asOf,
                                           in: folder)
        let fromOptions = try TestSupport.run(["whatif", map, "--drop-interaction", "fortnightly-cut:pollinator-corridor",
                                               "--set", "estate-pride:no2-reduced=-2", "--format", "json"] + DiffCommandTests.asOf,
                                              in: folder)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout == fromOptions.stdout)

        try "changes:\n  - retire: grounds-maintenance\n  - drop: polinator-corridor\n"
            .write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let bad = try TestSupport.run(["whatif", map, "--changes", "bad.yaml"], in: folder)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad.yaml:2:5: error: 'grounds-maintenance' is a contract, not an objective"))
        #expect(bad.stdout.isEmpty)
    }
}
