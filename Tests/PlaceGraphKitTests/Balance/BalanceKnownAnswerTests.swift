import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("structural balance: known answers")
struct BalanceKnownAnswerTests {
    private func balance(_ csv: String, timeLimit: Duration? = nil) throws -> BalanceAnalysis {
        try TestSupport.graph("from,to,effect,mutual\n" + csv, format: .csv).structuralBalance(timeLimit: timeLimit)
    }

    @Test("an all-reinforcing triangle is balanced: index 0, one camp")
    func positiveTriangle() throws {
        let report = try balance("a,b,2,false\nb,c,1,false\nc,a,3,false\n")
        #expect(report.frustrationIndex == 0 && report.exact)
        #expect(report.groups == [["a", "b", "c"], []])
        #expect(report.normalized == 1)
        #expect(report.triangles == TriangleCensus(total: 1, balanced: 1, mixedPairs: 0))
    }

    @Test("two allies against a third are balanced, in two camps")
    func twoAgainstOne() throws {
        let report = try balance("a,b,2,false\nb,c,-1,false\nc,a,-3,false\n")
        #expect(report.frustrationIndex == 0)
        #expect(report.groups == [["a", "b"], ["c"]])
        #expect(report.frustrated.isEmpty)
    }

    @Test("an all-undermining triangle has index 1")
    func negativeTriangle() throws {
        let report = try balance("a,b,-2,false\nb,c,-1,false\nc,a,-3,false\n")
        #expect(report.frustrationIndex == 1 && report.exact && report.lowerBound == 1 && report.upperBound == 1)
        #expect(report.frustrated.count == 1)
        #expect(report.normalized == 1 - 2.0 / 3)
        #expect(report.triangles.balanced == 0 && report.triangles.total == 1)
    }

    @Test("an all-undermining four-clique needs two flips")
    func negativeClique() throws {
        let report = try balance("a,b,-1,false\na,c,-1,false\na,d,-1,false\nb,c,-1,false\nb,d,-1,false\nc,d,-1,false\n")
        #expect(report.frustrationIndex == 2 && report.exact)
        #expect(report.groups.map(\.count) == [2, 2])
        #expect(report.triangles == TriangleCensus(total: 4, balanced: 0, mixedPairs: 0))
    }

    @Test("a mutual interaction counts once; two opposite one-way interactions count twice")
    func counting() throws {
        let mutual = try balance("a,b,-2,true\n")
        #expect(mutual.interactions == 1 && mutual.frustrationIndex == 0)
        #expect(mutual.groups == [["a"], ["b"]])
        let opposite = try balance("a,b,2,false\nb,a,-1,false\n")
        #expect(opposite.interactions == 2 && opposite.frustrationIndex == 1 && opposite.exact)
        #expect(opposite.triangles.mixedPairs == 1)
    }

    @Test("a negative self-interaction is always frustrated, a positive one never")
    func selfInteractions() throws {
        let report = try balance("a,a,-1,false\nb,b,2,false\na,b,1,false\n")
        #expect(report.interactions == 3)
        #expect(report.frustrationIndex == 1 && report.exact)
        #expect(report.frustrated.map { "\($0.from)>\($0.to)" } == ["a>a"])
    }

    @Test("0 effects are left out and reported as ignored")
    func zeros() throws {
        let report = try balance("a,b,-1,false\nb,c,-1,false\nc,a,0,false\n")
        #expect(report.interactions == 2 && report.ignored == 1)
        #expect(report.frustrationIndex == 0)
        #expect(report.triangles.total == 0 && report.triangles.balancedFraction == nil)
    }

    @Test("a map with no interactions is balanced with a normalized index of 1")
    func empty() throws {
        let graph = try TestSupport.graph(TestSupport.map(services: "  - {id: s, name: S}\n", interactions: "  []"))
        let report = try graph.structuralBalance()
        #expect(report.interactions == 0 && report.frustrationIndex == 0 && report.exact && report.normalized == 1)
        // Nothing ties 's' to either camp.
        #expect(report.groups == [[], []])
        #expect(report.noCamp == ["s"])
    }

    @Test("blocks joined at one item add up: two negative triangles sharing a corner give 2")
    func blocks() throws {
        let report = try balance("a,b,-1,false\nb,c,-1,false\nc,a,-1,false\nc,d,-1,false\nd,e,-1,false\ne,c,-1,false\n")
        #expect(report.frustrationIndex == 2 && report.exact)
    }

    @Test("the text and JSON forms are exact")
    func outputs() throws {
        let report = try balance("a,b,-2,false\nb,c,-1,false\nc,a,-3,false\nc,d,1,false\n")
        #expect(report.text().plain == """
            frustration index 1 of 4 interactions (normalized 0.5)
            0 of 1 triangle balanced (0)

            camp 1 (1): a
            camp 2 (3): b, c, d

            1 tie cut across the best alignment of the map into two camps: 1 undermining inside a camp (items on the same side that work against each other) and 0 reinforcing across the camps (items on opposite sides that help each other). They mark where the map does not fall into two coherent sides; they are not interactions to flip.

            undermining inside a camp (1):
              b → c  -1

            """)
        let json = String(decoding: try report.json(), as: UTF8.self)
        #expect(json.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: try report.json()) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["interactions", "frustrationIndex", "exact", "lowerBound", "upperBound",
                                                 "normalized", "groups", "frustrated"]))
        #expect(object["normalized"] as? Double == 0.5)
        #expect(object["groups"] as? [[String]] == [["a"], ["b", "c", "d"]])
        let frustrated = try #require(object["frustrated"] as? [[String: Any]])
        #expect(frustrated.count == 1 && frustrated[0]["from"] as? String == "b" && frustrated[0]["effect"] as? Int == -1)
        #expect(frustrated[0]["kind"] as? String == "undermining-inside-camp")
        #expect(object["underminingInsideCamp"] as? Int == 1 && object["reinforcingAcrossCamps"] as? Int == 0)
        #expect(object["noCamp"] as? [String] == [])
        #expect(report.markdown().hasPrefix("## Structural balance\n"))
    }

    @Test("the CBC door reports an infeasible program as a typed error")
    func solverErrors() throws {
        var program = LinearProgram()
        let x = program.addColumn(objective: 1, integer: true)
        program.addRow([x], [1], atLeast: 2)
        #expect(throws: LinearProgramError.infeasible) { try CbcSolver.minimize(program, timeLimit: 5) }
    }

    @Test("the CBC door solves a small program to optimality")
    func solverSolves() throws {
        var program = LinearProgram()
        let x = program.addColumn(objective: 1, upper: 10, integer: true)
        let y = program.addColumn(objective: 2, upper: 10, integer: true)
        program.addRow([x, y], [1, 1], atLeast: 3.5)
        let result = try CbcSolver.minimize(program, timeLimit: 5)
        #expect(result.isProvenOptimal)
        #expect(result.objective == 4)
        #expect(result.values == [4, 0])
    }
}
