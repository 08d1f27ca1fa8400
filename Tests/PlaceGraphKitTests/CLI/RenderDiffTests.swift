import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `render --diff OLD`: the new map with what changed marked by line and shape, and a legend.
@Suite("render --diff")
struct RenderDiffTests {
    static func dot(_ arguments: [String]) throws -> String {
        try OutputGoldenTests.output(["render", DiffCommandTests.new, "--diff", DiffCommandTests.old, "--format", "dot"] + arguments)
    }

    /// The DOT statement of the edge between two items, found by their names in the tooltips.
    static func edge(_ dot: String, containing text: String) -> String? {
        dot.split(separator: "\n").map(String.init).first { $0.contains(" -> ") && $0.contains(text) }
    }

    @Test("added, re-signed and removed interactions are marked by line, arrowhead and label, not colour alone")
    func arcs() throws {
        let dot = try Self.dot([])
        let added = try #require(Self.edge(dot, containing: "Blowers strip leaf litter"))
        // The mark goes before the effect number the drawing writes where it fits.
        #expect(added.hasSuffix("style=\"bold\", penwidth=\"3\", xlabel=\"+ −1\", fontsize=\"12\", fontname=\"Helvetica\"];"))
        #expect(added.components(separatedBy: "xlabel=").count == 2, "one xlabel: \(added)")
        let resigned = try #require(Self.edge(dot, containing: "Long grass traps wind-blown litter"))
        #expect(resigned.contains("arrowhead=\"odiamondnormal\", xlabel=\"re-signed (was −1) +1\""))
        #expect(resigned.components(separatedBy: "xlabel=").count == 2, "one xlabel: \(resigned)")
        let ghost = try #require(Self.edge(dot, containing: "removed: cctv-coverage → dark-corridor-bats"))
        #expect(ghost.contains("style=\"dotted\"") && ghost.contains("xlabel=\"− −1\"") && ghost.contains("arrowhead=\"odot\""))
        #expect(dot.contains("subgraph cluster_legend_diff {"))
        for caption in ["+ added item (double outline)", "+ added interaction (bold)", "re-signed (open diamond; was …)",
                        "− removed item (dotted, grey)", "− removed interaction (dotted, grey)"] {
            #expect(dot.contains("\"\(caption)\""), "legend row \(caption)")
        }
    }

    @Test("added items get a doubled outline and a '+'; removed items are dotted grey ghosts marked '−'")
    func items() throws {
        let folder = try TestSupport.temporaryFolder()
        let old = folder.appendingPathComponent("old.yaml"), new = folder.appendingPathComponent("new.yaml")
        let text = try String(contentsOfFile: TestSupport.example("map.yaml"), encoding: .utf8)
        try text.write(to: old, atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "id: weed-spraying", with: "id: weed-control")
            .replacingOccurrences(of: "from: weed-spraying", with: "from: weed-control")
            .write(to: new, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["render", new.path, "--diff", old.path, "--format", "dot"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let added = try #require(lines.first { $0.contains("label=\"+ Spray weeds") })
        #expect(added.hasSuffix("peripheries=\"2\", penwidth=\"2\"];"))
        let ghost = try #require(lines.first { $0.hasPrefix("  ghost0 [") })
        #expect(ghost.contains("style=\"dotted\"") && ghost.contains("label=\"− Spray weeds"))
        #expect(ghost.contains("tooltip=\"removed: weed-spraying"))
    }

    @Test("without --diff the drawing has no marks; --diff needs the objective level")
    func unchangedAndLevel() throws {
        let plain = try OutputGoldenTests.output(["render", DiffCommandTests.new, "--format", "dot"])
        // Effect numbers are xlabels too; no mark of a change is.
        #expect(!plain.contains("ghost") && !plain.contains("xlabel=\"+ ") && !plain.contains("re-signed")
                && !plain.contains("cluster_legend_diff"))
        let run = try TestSupport.run(["render", DiffCommandTests.new, "--diff", DiffCommandTests.old, "--level", "services"],
                                      in: TestSupport.packageRoot)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--diff draws the map as written"))
    }

    @Test("hostile labels, added or removed, give well-formed SVG that shows them as text", arguments: [true, false])
    func hostile(added: Bool) throws {
        let (hostile, small) = (DiffHostileLabelTests.hostile, DiffHostileLabelTests.small)
        let run = try TestSupport.run(["render", added ? hostile : small, "--diff", added ? small : hostile, "--format", "svg"],
                                      in: TestSupport.packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
        let document = try XMLDocument(data: Data(run.stdout.utf8))
        let elements = document.allElements.map(\.name)
        #expect(!elements.contains("script"))
        #expect(run.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
