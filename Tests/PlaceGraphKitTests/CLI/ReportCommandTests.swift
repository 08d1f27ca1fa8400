import Foundation
import Testing

@Suite("placegraph report")
struct ReportCommandTests {
    @Test("writes one HTML file and leaves no temporary file behind")
    func html() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["report", TestSupport.example("map.yaml"), "-o", "report.html", "--as-of", "2026-11-28"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files == ["report.html"])
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("markdown to a folder writes report.md and its SVGs")
    func markdown() throws {
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["report", TestSupport.example("map.yaml"), "--format", "markdown", "-o", "pack/",
                                       "--as-of", "2026-11-28"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("pack").path).sorted()
        #expect(files.contains("report.md"))
        #expect(files.contains("map.svg"))
        #expect(files.contains("timeline.svg"))
    }

    @Test("refuses to overwrite the input and rejects a bad date")
    func refusals() throws {
        let folder = try TestSupport.temporaryFolder()
        let map = folder.appendingPathComponent("map.yaml")
        try FileManager.default.copyItem(atPath: TestSupport.example("map.yaml"), toPath: map.path)
        let before = try Data(contentsOf: map)
        let clobber = try TestSupport.run(["report", "map.yaml", "-o", "map.yaml"], in: folder)
        #expect(clobber.status == 64)
        #expect(try Data(contentsOf: map) == before)
        #expect(try TestSupport.run(["report", "map.yaml", "--as-of", "2026-13-01"], in: folder).status == 64)
    }

    @Test("a bad map exits 65 and writes nothing")
    func badMap() throws {
        let folder = try TestSupport.temporaryFolder()
        try "placegraph: 1\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["report", "bad.yaml", "-o", "out.html"], in: folder)
        #expect(run.status == 65)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.html").path))
    }
}
