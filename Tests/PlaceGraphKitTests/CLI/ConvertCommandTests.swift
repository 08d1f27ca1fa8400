import Foundation
import Testing
@testable import PlaceGraphKit

@Suite("placegraph convert and init --format xlsx")
struct ConvertCommandTests {
    @Test("init --format xlsx writes a workbook holding the same map as the YAML starter")
    func initWorkbook() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["init", "--format", "xlsx", "start.xlsx"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let workbook = try MapLoader.load(path: folder.appendingPathComponent("start.xlsx").path)
        let starter = MapLoader.load(text: StarterMap.yaml, file: "starter.yaml", format: .yaml)
        #expect(try #require(workbook.graph).map == (try #require(starter.graph)).map)
        #expect(try TestSupport.run(["init", "map.xlsx"], in: folder).status == 0)
        #expect(try TestSupport.run(["validate", "map.xlsx"], in: folder).stdout.contains("map.xlsx: ok: 2 services"))
        #expect(try TestSupport.run(["init", "--format", "xlsx"]).status == 64)
    }

    @Test("the example converts to every format and each validates with the same counts",
          arguments: ["out.yaml", "out.yml", "out.json", "out.xlsx"])
    func example(_ output: String) throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["convert", TestSupport.example("map.yaml"), "-o", output], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "wrote \(output)\n")
        let check = try TestSupport.run(["validate", output], in: folder)
        #expect(check.stdout.contains("ok: 13 services, 13 contracts, 46 objectives, 63 interactions"), "\(check.stdout)\(check.stderr)")
    }

    @Test("converting to CSV warns what an edge list leaves out")
    func csvLosses() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["convert", TestSupport.example("map.yaml"), "-o", "edges.csv"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: an edge list keeps only the interactions"))
        let example = try String(contentsOfFile: TestSupport.example("interactions.csv"), encoding: .utf8)
        let written = try String(contentsOf: folder.appendingPathComponent("edges.csv"), encoding: .utf8)
        #expect(written.split(separator: "\n").count == example.split(separator: "\n").count)
    }

    @Test("--to writes text formats to standard output; --from reads any extension")
    func overrides() throws {
        let folder = try TestSupport.temporaryFolder()
        try "from,to,effect\na,b,-2\n".write(to: folder.appendingPathComponent("edges.txt"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["convert", "edges.txt", "--from", "csv", "--to", "yaml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  - {from: a, to: b, effect: -2}"))
        #expect(run.stdout.contains("  - {id: a, name: a}"))
    }

    @Test("bad usage exits 64 and writes nothing", arguments: [
        (["convert", "map.yaml", "-o", "map.yaml"], "refusing to overwrite the input"),
        (["convert", "map.yaml", "-o", "out.txt"], "cannot tell the output format of 'out.txt'"),
        (["convert", "map.yaml", "--to", "xlsx"], "a workbook is binary"),
        (["convert", "map.yaml", "--to", "visio"], "unknown output format 'visio'"),
        (["convert", "missing.yaml", "-o", "out.json"], "no such file"),
        (["convert", "map.yaml"], "name the output with -o FILE"),
    ])
    func usage(_ arguments: [String], _ message: String) throws {
        let folder = try TestSupport.temporaryFolder()
        try StarterMap.yaml.write(to: folder.appendingPathComponent("map.yaml"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(arguments, in: folder)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.yaml"])
        #expect(try String(contentsOf: folder.appendingPathComponent("map.yaml"), encoding: .utf8) == StarterMap.yaml)
    }

    @Test("a bad map exits 65 with cell-located errors and writes nothing")
    func badInput() throws {
        let folder = try TestSupport.temporaryFolder()
        let fixture = WorkbookFixture.valid().replacing("Interactions", with: WorkbookFixture.table([
            ["from", "to", "effect"], ["cut", "pollinators", "-2"], ["cut", "polinators", "-9"],
        ]))
        try fixture.data().write(to: folder.appendingPathComponent("map.xlsx"))
        let run = try TestSupport.run(["convert", "map.xlsx", "-o", "map.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == """
            map.xlsx: Interactions!B3: error: unknown id 'polinators'; did you mean 'pollinators'?
              hint: an interaction may name any service, contract or objective id
            map.xlsx: Interactions!C3: error: effect -9 is out of range; the scale runs from -3 to 3
              hint: -3 cancelling … 0 consistent … +3 indivisible
            2 errors in map.xlsx; nothing was written

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("map.yaml").path))
    }

    @Test("convert --help names every format")
    func help() throws {
        let run = try TestSupport.run(["convert", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: placegraph convert <input>"))
        #expect(run.stdout.contains(".yaml, .yml, .json, .csv, .xlsx"))
    }

    @Test("a file that is not a workbook exits 65 naming the file")
    func notWorkbook() throws {
        let folder = try TestSupport.temporaryFolder()
        try "hello".write(to: folder.appendingPathComponent("map.xlsx"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["validate", "map.xlsx"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("map.xlsx: error: the file is not an .xlsx workbook: it is not a zip archive\n  hint: "))
    }
}
