import Foundation
import Testing
@testable import PlaceGraphKit

/// A CSV file is an edge list or a cross-impact matrix, and anything else says what the two
/// forms look like; repeated warnings come as one.
@Suite("CSV forms and grouped warnings")
struct CSVFormsTests {
    static func messages(_ result: LoadResult, _ severity: Diagnostic.Severity = .error) -> [String] {
        result.diagnostics.filter { $0.severity == severity }
            .map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }
    }

    @Test("a header with neither from/to columns nor the row names is neither form", arguments: [
        "x,y,z\n1,2,3\n4,5,6\n", "x,y,z\n", "name;score\nparks;3\n",
    ])
    func neither(_ text: String) throws {
        let result = TestSupport.load(text, format: .csv, file: "m.csv")
        #expect(Self.messages(result) == ["1:1 the CSV is neither an edge list nor a cross-impact matrix"])
        let hint = try #require(result.diagnostics.first?.hint)
        #expect(hint.contains("from (or source), to (or target)") && hint.contains("first row and down its first column"))
    }

    @Test("a matrix may carry a label in its corner and list its rows in another order")
    func labelledMatrix() throws {
        let text = "row affects column,a,b,c\nc,0,0,-1\na,0,2,0\nb,1,0,0\n"
        let graph = try TestSupport.graph(text, format: .csv)
        #expect(graph.arcs.map { "\(graph.items[$0.from].id)>\(graph.items[$0.to].id) \($0.effect)" }
            == ["a>b +2", "b>a +1", "c>c -1"])
    }

    @Test("a matrix whose rows and columns name different items says which")
    func mismatchedMatrix() {
        let result = TestSupport.load(",parks,waste,roads\nparks,0,1,0\nwaste,0,0,1\nroad,1,0,0\n", format: .csv, file: "m.csv")
        #expect(Self.messages(result) == ["1:14 column 'roads' has no row; did you mean 'road'?",
                                          "4:1 row 'road' has no column; did you mean 'roads'?"])
    }

    @Test("2,000 unused columns give one warning naming three")
    func unusedColumns() {
        let names = (0..<2000).map { "note\($0)" }
        let text = "from,to,effect," + names.joined(separator: ",") + "\n"
            + "a,b,1," + Array(repeating: "x", count: 2000).joined(separator: ",") + "\n"
        let result = TestSupport.load(text, format: .csv, file: "m.csv")
        #expect(result.graph != nil)
        #expect(Self.messages(result, .warning) == ["1:16 2,000 unused columns: 'note0', 'note1', 'note2', … (1,997 more)"])
    }

    @Test("one unused column keeps its own warning and suggestion; a few share one with theirs")
    func fewUnusedColumns() throws {
        let one = TestSupport.load("from,to,efect\na,b,1\n", format: .csv, file: "m.csv")
        #expect(Self.messages(one, .warning) == ["1:9 column 'efect' is not used; did you mean 'effect'?"])
        let two = TestSupport.load("from,to,effect,notes,confidnce\na,b,1,x,high\n", format: .csv, file: "m.csv")
        #expect(Self.messages(two, .warning) == ["1:16 2 unused columns: 'notes', 'confidnce'"])
        #expect(try #require(two.diagnostics.first?.hint).hasSuffix("; 'confidnce' may be 'confidence'"))
    }

    @Test("self-interactions are grouped too")
    func selfInteractions() {
        let rows = (0..<500).map { "i\($0),i\($0),1" }.joined(separator: "\n")
        let result = TestSupport.load("from,to,effect\n" + rows + "\n", format: .csv, file: "m.csv")
        #expect(Self.messages(result, .warning) == ["2:1 500 items interact with themselves: 'i0', 'i1', 'i2', … (497 more)"])
    }

    @Test("a huge column name is cut in the warning")
    func longName() throws {
        let name = String(repeating: "n", count: 5000)
        let result = TestSupport.load("from,to,effect,\(name),other\na,b,1,x,y\n", format: .csv, file: "m.csv")
        let message = try #require(result.diagnostics.first { $0.severity == .warning }?.message)
        #expect(message == "2 unused columns: '\(String(repeating: "n", count: 39))…', 'other'")
    }
}
