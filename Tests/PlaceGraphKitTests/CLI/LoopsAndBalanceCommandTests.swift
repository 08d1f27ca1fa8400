import Foundation
import Testing

@Suite("placegraph loops and balance")
struct LoopsAndBalanceCommandTests {
    static let cow = TestSupport.publishedData.appendingPathComponent("signed-networks/correlates-of-war/cow_96-99.csv").path

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("loops prints the example's loops, as text and as JSON with the SPEC's keys")
    func loops() throws {
        let text = try TestSupport.run(["loops", TestSupport.example("map.yaml"), "--max-length", "0"])
        #expect(text.status == 0)
        #expect(text.stdout.hasSuffix("\n16 feedback loops (9 reinforcing, 7 balancing)\n"))
        let sorted = try TestSupport.run(["loops", TestSupport.example("map.yaml"), "--max-length", "0", "--sorted"])
        #expect(sorted.stdout.hasPrefix("16 feedback loops (9 reinforcing, 7 balancing)\n"))
        #expect(Set(sorted.stdout.split(separator: "\n").dropFirst()) == Set(text.stdout.split(separator: "\n").dropFirst(2).dropLast()))
        let run = try TestSupport.run(["loops", TestSupport.example("map.yaml"), "--format", "json", "--max-length", "0"])
        #expect(run.status == 0)
        let object = try json(run.stdout)
        #expect(object["count"] as? Int == 16)
        #expect(object["truncated"] as? Bool == false)
        #expect((object["reinforcing"] as? Int ?? 0) + (object["balancing"] as? Int ?? 0) == 16)
        let loops = try #require(object["loops"] as? [[String: Any]])
        #expect(loops.allSatisfy { Set($0.keys).isSuperset(of: ["items", "polarity", "length"]) })
        #expect(run.stdout.hasSuffix("}\n"))
        let markdown = try TestSupport.run(["loops", TestSupport.example("map.yaml"), "--format", "markdown", "--max-length", "2"])
        #expect(markdown.stdout.hasPrefix("## Feedback loops\n"))
    }

    @Test("loops --through an unknown id is bad usage, with a suggestion")
    func unknownThrough() throws {
        let run = try TestSupport.run(["loops", TestSupport.example("map.yaml"), "--through", "gren-spaces"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown id 'gren-spaces'; did you mean 'green-spaces'?"))
        #expect(run.stdout.isEmpty)
    }

    @Test("out-of-range bounds are bad usage", arguments: [["--max-length=-1"], ["--max-loops", "-1"], ["--time-limit", "-2"]])
    func badBounds(arguments: [String]) throws {
        #expect(try TestSupport.run(["loops", TestSupport.example("map.yaml")] + arguments).status == 64)
    }

    @Test("loops and balance write -o files atomically and print nothing")
    func outputFile() throws {
        let folder = try TestSupport.temporaryFolder()
        for command in ["loops", "balance"] {
            let file = folder.appendingPathComponent("\(command).json")
            let run = try TestSupport.run([command, TestSupport.example("map.yaml"), "--format", "json", "-o", file.path])
            #expect(run.status == 0)
            #expect(run.stdout.isEmpty)
            _ = try json(try String(contentsOf: file, encoding: .utf8))
        }
        let overwrite = try TestSupport.run(["balance", TestSupport.example("map.yaml"), "-o", TestSupport.example("map.yaml")])
        #expect(overwrite.status == 64)
    }

    @Test("a bad map is bad data, 65, for both commands")
    func badMap() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appendingPathComponent("bad.csv")
        try "from,to,effect\na,b,9\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try TestSupport.run(["loops", file.path]).status == 65)
        #expect(try TestSupport.run(["balance", file.path]).status == 65)
    }

    @Test("balance prints the SPEC's JSON, and CBC writes nothing to standard output")
    func balance() throws {
        let run = try TestSupport.run(["balance", Self.cow, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let object = try json(run.stdout)
        for key in ["interactions", "frustrationIndex", "exact", "lowerBound", "upperBound", "normalized", "groups", "frustrated"] {
            #expect(object[key] != nil, "missing '\(key)'")
        }
        #expect(object["exact"] as? Bool == true)
        #expect(object["lowerBound"] as? Int == object["upperBound"] as? Int)
        #expect((object["groups"] as? [[String]])?.count == 2)
        let again = try TestSupport.run(["balance", Self.cow, "--format", "json"])
        #expect(again.stdout == run.stdout)
    }

    @Test("balance --time-limit 0 brackets the index and says it is not proven")
    func balanceTimeLimit() throws {
        let run = try TestSupport.run(["balance", Self.cow, "--time-limit", "0", "--format", "json"])
        #expect(run.status == 0)
        let object = try json(run.stdout)
        #expect(object["exact"] as? Bool == false)
        #expect((object["lowerBound"] as? Int ?? 0) < (object["upperBound"] as? Int ?? 0))
        #expect(try TestSupport.run(["balance", Self.cow, "--time-limit", "-1"]).status == 64)
    }

    @Test("--help works for both commands")
    func help() throws {
        for command in ["loops", "balance"] {
            let run = try TestSupport.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("USAGE: placegraph \(command)"))
            #expect(!run.stdout.contains("--benchmark"))
        }
    }
}
