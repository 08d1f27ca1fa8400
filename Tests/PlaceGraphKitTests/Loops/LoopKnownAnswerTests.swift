import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("feedback loops: known answers and outputs")
struct LoopKnownAnswerTests {
    private func loops(_ csv: String, _ options: LoopSearchOptions = LoopSearchOptions()) throws -> LoopAnalysis {
        try TestSupport.graph("from,to,effect,mutual\n" + csv, format: .csv).feedbackLoops(options)
    }

    @Test("a self-interaction is a loop of length 1 with its own sign")
    func selfLoop() throws {
        let report = try loops("a,a,-1,false\nb,b,2,false\n")
        #expect(report.loops.map(\.items) == [["a"], ["b"]])
        #expect(report.loops.map(\.polarity) == [.balancing, .reinforcing])
        #expect(report.loops[0].length == 1)
    }

    @Test("a mutual interaction is a 2-loop: two underminings reinforce")
    func mutual() throws {
        let report = try loops("b,a,-2,true\n")
        #expect(report.loops.map(\.items) == [["a", "b"]])
        #expect(report.loops[0].polarity == .reinforcing)
        #expect(report.loops[0].effects.map(\.value) == [-2, -2])
    }

    @Test("one reinforcing and one undermining arc make a balancing loop")
    func balancing() throws {
        let report = try loops("a,b,1,false\nb,a,-1,false\n")
        #expect(report.reinforcing == 0 && report.balancing == 1)
    }

    @Test("a 0 effect closes no loop")
    func zero() throws {
        #expect(try loops("a,b,0,false\nb,a,1,false\n").count == 0)
    }

    @Test("loops start at their smallest id and sort by length, then ids")
    func order() throws {
        let report = try loops("c,a,1,false\na,b,1,false\nb,c,1,false\nb,a,1,false\nc,b,-1,false\n")
        #expect(report.loops.map(\.items) == [["a", "b"], ["b", "c"], ["a", "b", "c"]])
        #expect(report.loops.map(\.polarity) == [.reinforcing, .balancing, .reinforcing])
    }

    @Test("the example map's 16 loops match a brute force over its interactions")
    func example() throws {
        let result = try MapLoader.load(path: TestSupport.example("map.yaml"))
        let graph = try #require(result.graph)
        let report = try graph.feedbackLoops()
        let brute = BruteForceLoops(ids: graph.items.map(\.id), arcs: graph.arcs.map { ($0.from, $0.to, $0.effect.sign) })
        #expect(report.count == 16)
        #expect(report.loops.map(\.items) == brute.loops.map(\.items))
        #expect(report.loops.map(\.polarity) == brute.loops.map(\.polarity))
        #expect(Words.headline(report) == "16 feedback loops (\(report.reinforcing) reinforcing, \(report.balancing) balancing)")
    }

    @Test("a time limit of zero stops the search and says so")
    func timeLimit() throws {
        let graph = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
        let report = try graph.feedbackLoops(timeLimit: .zero)
        #expect(report.truncatedBy == [.timeLimit])
        #expect(report.text().plain.contains("cut: the search ran out of time"))
    }

    @Test("an unknown --through id suggests the closest one; bounds are checked")
    func errors() throws {
        let graph = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
        #expect(throws: LoopSearchError.unknownItem("gren-spaces", suggestion: "green-spaces")) {
            try graph.feedbackLoops(through: "gren-spaces")
        }
        #expect(LoopSearchError.unknownItem("gren-spaces", suggestion: "green-spaces").description
            == "unknown id 'gren-spaces'; did you mean 'green-spaces'?")
        #expect(throws: LoopSearchError.invalidBound(name: "maxLength", value: "0")) { try graph.feedbackLoops(maxLength: 0) }
    }

    @Test("a 5,000-item ring is one loop: the search is iterative, never recursive")
    func deepRing() throws {
        let count = 5_000
        var csv = ""
        for index in 0..<count { csv += "n\(index),n\((index + 1) % count),-1,false\n" }
        let report = try loops(csv)
        #expect(report.count == 1 && report.loops[0].length == count)
        #expect(report.loops[0].polarity == .reinforcing)
        #expect(try loops(csv, LoopSearchOptions(maxLength: 10)).truncatedBy == [.maxLength])
    }

    @Test("text, Markdown and JSON are exact")
    func outputs() throws {
        let report = try loops("a,b,2,false\nb,a,-1,false\nb,c,1,true\nc,a,-3,false\n", LoopSearchOptions(maxLength: 2))
        #expect(report.text().plain == """
            2 feedback loops of length at most 2 (1 reinforcing, 1 balancing)
            cut: longer loops exist than the length limit of 2; more loops exist than are listed
            a → b → a  balancing
            b → c → b  reinforcing

            """)
        #expect(report.markdown() == """
            ## Feedback loops

            2 feedback loops of length at most 2 (1 reinforcing, 1 balancing).

            > cut: longer loops exist than the length limit of 2; more loops exist than are listed.

            | # | loop | length | polarity |
            | ---: | --- | ---: | --- |
            | 1 | a → b → a | 2 | balancing |
            | 2 | b → c → b | 2 | reinforcing |

            """)
        #expect(String(decoding: try report.json(), as: UTF8.self) == """
            {
              "balancing" : 1,
              "count" : 2,
              "loops" : [
                {
                  "effects" : [
                    2,
                    -1
                  ],
                  "items" : [
                    "a",
                    "b"
                  ],
                  "length" : 2,
                  "polarity" : "balancing"
                },
                {
                  "effects" : [
                    1,
                    1
                  ],
                  "items" : [
                    "b",
                    "c"
                  ],
                  "length" : 2,
                  "polarity" : "reinforcing"
                }
              ],
              "maxLength" : 2,
              "reinforcing" : 1,
              "truncated" : true,
              "truncatedBy" : [
                "maxLength"
              ]
            }

            """)
    }
}
