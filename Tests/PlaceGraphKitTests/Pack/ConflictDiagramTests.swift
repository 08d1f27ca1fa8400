import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Conflict card diagrams")
struct ConflictDiagramTests {
    @Test("a card's diagram shows the path and at most its eight strongest neighbours")
    func neighbourhood() throws {
        // a undermines b; ten items touch a with rising strength and confidence.
        var rows = ["from,to,effect,confidence", "a,b,-2,high"]
        for index in 0..<10 {
            let effect = index < 5 ? 1 : 3
            rows.append("n\(index),a,\(effect),\(index % 2 == 0 ? "low" : "high")")
        }
        let graph = try TestSupport.graph(rows.joined(separator: "\n") + "\n", format: .csv)
        let shown = WorkshopPack.neighbourhood(of: ["a", "b"], in: graph)
        #expect(shown.count == 2 + WorkshopPack.diagramNeighbours)
        #expect(shown.isSuperset(of: ["a", "b"]))
        // Three tie for weakest (effect 1 at low confidence: n0, n2, n4); ties go to the
        // smaller id, so n0 is shown and n2 and n4 are left out.
        #expect(shown.contains("n0"))
        #expect(!shown.contains("n2"))
        #expect(!shown.contains("n4"))
    }

    @Test("a sparse path keeps every neighbour")
    func sparse() throws {
        let graph = try TestSupport.graph("from,to,effect\na,b,-2\nc,a,1\n", format: .csv)
        #expect(WorkshopPack.neighbourhood(of: ["a", "b"], in: graph) == ["a", "b", "c"])
    }
}

@Suite("The pack's loop bounds")
struct PackLoopBoundsTests {
    @Test("the sentence says the bounds the report searches with")
    func words() {
        #expect(Words.bounds(WorkshopPack.loopSearch) == "loops up to 8 interactions, at most 2,000 loops, 2 seconds")
    }
}
