import Foundation
import Testing
@testable import PlaceGraphKit

/// Every cap in ``InputLimits`` holds at its edge: a file exactly at the cap is read, one
/// past it is refused at the place it passed the cap, before anything is expanded.
@Suite("Inputs are bounded before they are expanded")
struct InputLimitsTests {
    /// The classic "billion laughs" in YAML: ten values, then eight levels of ten aliases to
    /// the level before, so it expands to over a billion values.
    static let aliasBomb: String = {
        var lines = ["placegraph: 1", "place: {name: Bomb}", "a0: &a0 [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
        for level in 1...8 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// Counts the values of a tree by visiting every one, each alias's share as often as it is
    /// used: the expansion the reader must count without doing.
    static func expandedCount(_ node: SourceNode) -> Int {
        switch node {
        case .scalar: 1
        case let .sequence(items, _): 1 + items.reduce(0) { $0 + expandedCount($1) }
        case let .mapping(entries, _): 1 + entries.reduce(0) { $0 + 1 + expandedCount($1.value) }
        }
    }

    static func errors(_ result: LoadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.location.map(String.init(describing:)) ?? "-") \($0.message)" }
    }

    @Test("the alias bomb is refused at the alias that passes 4,000,000 values")
    func aliasBomb() {
        #expect(Self.aliasBomb.utf8.count < 560)
        let result = MapLoader.load(text: Self.aliasBomb, file: "bomb.yaml", format: .yaml)
        // Level k holds 1 + 10 · (level k−1) values: 11, 111, …, 1,111,111 for a5. Before a6's
        // list the document holds 13 values of its own plus each level's key and list, 1,234,579;
        // a6's key and list make 1,234,581, and each *a5 adds 1,111,111: the third passes 4,000,000.
        #expect(Self.errors(result) == ["bomb.yaml:9:18 aliases expand the document past 4,000,000 values"])
    }

    @Test("aliases are counted exactly as their expansion", arguments: [(2, 3), (3, 4), (4, 2), (5, 3)])
    func aliasCount(levels: Int, fanout: Int) throws {
        var text = "base: &l0 {k: v, list: [x, y]}\n"
        for level in 1...levels {
            text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: fanout).joined(separator: ", ") + "]\n"
        }
        let unbounded = InputLimits(maxValues: .max)
        let tree = try #require(try YAMLReader.read(text, file: "a.yaml", limits: unbounded))
        let expanded = Self.expandedCount(tree)
        #expect(throws: Never.self) { _ = try YAMLReader.read(text, file: "a.yaml", limits: InputLimits(maxValues: expanded)) }
        #expect { _ = try YAMLReader.read(text, file: "a.yaml", limits: InputLimits(maxValues: expanded - 1)) } throws: { error in
            (error as? Diagnostic)?.message == "aliases expand the document past \(grouped(expanded - 1)) values"
        }
    }

    @Test("an alias repeats a list without copying it, and a scalar alias sits where it is used")
    func aliasSharing() throws {
        let text = TestSupport.map(
            services: "  - {id: a, name: A}\n  - {id: b, name: B}\n",
            interactions: "  - {from: a, to: b, effect: 2, because: &survey Parks survey}\n  - {from: b, to: a, effect: *survey}\n")
        let result = TestSupport.load(text)
        #expect(Self.errors(result) == ["map.yaml:10:30 unreadable effect 'Parks survey'"])
    }

    @Test("nesting stops at 64 levels in YAML and JSON", arguments: [InputFormat.yaml, .json])
    func depth(_ format: InputFormat) {
        for (levels, refused) in [(64, false), (65, true)] {
            let text = String(repeating: "[", count: levels) + String(repeating: "]", count: levels)
            let result = MapLoader.load(text: text, file: "deep", format: format)
            let capped = result.diagnostics.first { $0.message == "nesting is deeper than 64 levels" }
            #expect((capped != nil) == refused, "\(levels) levels")
            if refused { #expect(capped?.location == SourceLocation(file: "deep", line: 1, column: 65)) }
        }
    }

    @Test("an alias counts its own nesting where it is used")
    func aliasDepth() throws {
        let text = "a: &a [[[x]]]\nb: [[*a]]\n"
        #expect(throws: Never.self) { _ = try YAMLReader.read(text, file: "d.yaml", limits: InputLimits(maxDepth: 6)) }
        #expect { _ = try YAMLReader.read(text, file: "d.yaml", limits: InputLimits(maxDepth: 5)) } throws: { error in
            (error as? Diagnostic)?.location == SourceLocation(file: "d.yaml", line: 2, column: 6)
        }
    }

    @Test("JSON and YAML values are capped", arguments: [InputFormat.yaml, .json])
    func values(_ format: InputFormat) {
        // A list and its five numbers: six values.
        let text = "[1, 2, 3, 4, 5]"
        let fits = MapLoader.load(text: text, file: "v", format: format, limits: InputLimits(maxValues: 6))
        #expect(!fits.diagnostics.contains { $0.message.contains("more than") })
        let over = MapLoader.load(text: text, file: "v", format: format, limits: InputLimits(maxValues: 5))
        #expect(Self.errors(over) == ["v:1:14 the document has more than 5 values"])
    }

    @Test("a line longer than the cap is refused at the byte that passes it, in YAML and CSV only")
    func lineLength() {
        let limits = InputLimits(maxLineBytes: 10)
        let yaml = "a: 1\nb: 345678901\n"
        #expect(Self.errors(MapLoader.load(text: yaml, file: "l.yaml", format: .yaml, limits: limits))
            == ["l.yaml:2:11 line 2 is longer than 10 bytes"])
        let fits = MapLoader.load(text: "a: 1\nb: 3456789\n", file: "l.yaml", format: .yaml, limits: limits)
        #expect(!Self.errors(fits).contains { $0.contains("longer than") })
        let csv = MapLoader.load(text: "from,to,effect\n", file: "l.csv", format: .csv, limits: limits)
        #expect(Self.errors(csv) == ["l.csv:1:11 line 1 is longer than 10 bytes"])
        let json = MapLoader.load(text: "{\"placegraph\": 1, \"place\": {\"name\": \"x\"}}", file: "l.json", format: .json,
                                  limits: limits)
        #expect(json.graph != nil)
    }

    @Test("a document over the size cap is refused before it is read")
    func size() {
        let limits = InputLimits(maxBytes: 20)
        let result = MapLoader.load(text: "placegraph: 1\nplace: {name: Big}\n", file: "s.yaml", format: .yaml, limits: limits)
        #expect(Self.errors(result) == ["s.yaml:1:1 the file is 33 bytes, more than the 20 bytes placegraph reads"])
        #expect(result.source == "placegraph: 1")
    }

    @Test("a file over the size cap is refused from its size, and quotes only its first line")
    func fileSize() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("big.yaml").path
        try Data(("placegraph: 1\n" + String(repeating: "# padding\n", count: 120)).utf8).write(to: URL(fileURLWithPath: path))
        let result = try MapLoader.load(path: path, limits: InputLimits(maxBytes: 1 << 10))
        #expect(Self.errors(result) == ["\(path):1:1 the file is 1,214 bytes, more than the 1 KiB placegraph reads"])
        #expect(result.source == "placegraph: 1")
    }

    @Test("CSV columns and cells are capped where they pass the cap")
    func csv() {
        let limits = InputLimits(maxColumns: 3, maxCells: 6)
        let fits = MapLoader.load(text: "from,to,effect\na,b,1\n", file: "c.csv", format: .csv, limits: limits)
        #expect(fits.graph != nil)
        let wide = MapLoader.load(text: "from,to,effect,note\na,b,1,x\n", file: "c.csv", format: .csv, limits: limits)
        #expect(Self.errors(wide) == ["c.csv:1:16 line 1 has more than 3 cells"])
        let long = MapLoader.load(text: "from,to,effect\na,b,1\n\n\nb,a,1\n", file: "c.csv", format: .csv, limits: limits)
        #expect(Self.errors(long) == ["c.csv:5:1 the file has more than 6 cells"])
    }

    @Test("the caps leave room for a map of 20,000 items and 100,000 interactions")
    func headroom() {
        let standard = InputLimits.standard
        #expect(standard.maxBytes >= 2 * 16_500_000)
        #expect(standard.maxValues >= 2 * 1_600_000)
        #expect(standard.maxCells >= 600_006)
    }
}
