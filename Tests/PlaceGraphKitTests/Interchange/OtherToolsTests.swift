import Foundation
import PropertyBased
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// Kumu and Mental Modeler in and out.
@Suite("Kumu and Mental Modeler")
struct OtherToolsTests {
    func example() throws -> PlaceMap {
        try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph?.map)
    }

    func load(_ data: Data, file: String, format: InputFormat) throws -> PlaceMap {
        let result = MapLoader.load(data: data, file: file, format: format)
        #expect(!result.hasErrors, "\(result.diagnostics.map { $0.styled(source: result.source).plain })")
        return try #require(result.graph?.map)
    }

    /// Every directed arc of a map with its effect, as the analyses see it.
    func arcs(_ map: PlaceMap) throws -> [String] {
        let graph = try #require(PlaceGraph.build(from: map).graph)
        return graph.arcs.map { "\(graph.items[$0.from].id)>\(graph.items[$0.to].id) \($0.effect)" }
    }

    @Test("the example survives export to a Kumu blueprint and import with the same services, contracts, objectives and interactions")
    func kumuRoundTrip() throws {
        let map = try example()
        let back = try load(try KumuWriter().data(for: map), file: "camden.kumu.json", format: .kumu)
        #expect(back.services == map.services)
        #expect(back.interactions == map.interactions)
        #expect(back.place.name == "camden")
    }

    @Test("random maps survive a Kumu blueprint too")
    func kumuRandom() async {
        await propertyCheck(count: 30, input: Gen.uint64()) { seed in
            let map = RandomPlaceMap.make(seed: seed)
            let back = try load(try KumuWriter().data(for: map), file: "r.kumu.json", format: .kumu)
            #expect(back.services == map.services, "seed \(seed)")
            #expect(back.interactions == map.interactions, "seed \(seed)")
        }
    }

    @Test("Kumu sheets: element types, parents by label, strengths, signs and directions by the documented rules")
    func kumuSheets() throws {
        let elements = WorkbookFixture.table([
            ["Label", "Type", "Service", "Contract", "Tags", "End"],
            ["Parks", "Service", nil, nil, "north|south", nil],
            ["Grounds", "Contract", "Parks", nil, nil, "2027-03-31"],
            ["Cut grass often", "Objective", nil, "Grounds", nil, nil],
            ["Residents", "Stakeholder", nil, nil, nil, nil],
        ])
        let connections = WorkbookFixture.table([
            ["From", "To", "Type", "Strength", "Direction", "Description"],
            ["Cut grass often", "Parks", "-", "strong", nil, "Cutting removes flowers"],
            ["Parks", "Residents", "+", "2", "mutual", nil],
            ["Residents", "Grounds", "likes", nil, nil, nil],
            ["Grounds", "Newcomer", nil, "-1.5", nil, nil],
        ])
        let bytes = try WorkbookFixture(sheets: [("Elements", elements), ("Connections", connections)]).data()
        let result = MapLoader.load(data: bytes, file: "map.kumu.xlsx", format: .kumu)
        #expect(result.diagnostics.map(\.message) == ["the connection type 'likes' is read as reinforcing"])
        #expect(result.diagnostics.first?.location?.description == "map.kumu.xlsx: Connections!C4")
        let map = try #require(result.graph?.map)
        #expect(map.services.map(\.id) == ["Parks", "Residents", "Newcomer"])
        #expect(map.services[0].areas == ["north", "south"])
        #expect(map.services[1].domain == "Stakeholder")
        #expect(map.services[0].contracts.map(\.id) == ["Grounds"])
        #expect(map.services[0].contracts[0].end == CalendarDate(iso: "2027-03-31"))
        #expect(map.services[0].contracts[0].objectives.map(\.text) == ["Cut grass often"])
        #expect(map.interactions.map { "\($0.from)>\($0.to) \($0.effect) \($0.mutual)" } == [
            "Cut grass often>Parks -3 false", "Parks>Residents +2 true", "Residents>Grounds +1 false", "Grounds>Newcomer -1.5 false",
        ])
        #expect(map.interactions[0].because == "Cutting removes flowers")
    }

    @Test("bad Kumu input: every problem at its cell, all at once", arguments: [
        ("From,To,Strength\na,b,9\nc,d,huge\n", ["map.kumu.csv:2:5: strength '9' is not a number from -3 to 3 or weak, medium or strong",
                                                 "map.kumu.csv:3:5: strength 'huge' is not a number from -3 to 3 or weak, medium or strong"]),
        ("From,To,Direction\na,,sideways\n", ["map.kumu.csv:2:1: a connection has no To"]),
        ("From,To,Effect\na,b,7\n", ["map.kumu.csv:2:5: effect 7 is out of range; the scale runs from -3 to 3"]),
    ])
    func badKumu(csv: String, expected: [String]) {
        let result = MapLoader.load(data: Data(csv.utf8), file: "map.kumu.csv", format: .kumu)
        #expect(result.hasErrors)
        #expect(result.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? ""): \($0.message)" } == expected)
    }

    @Test("a contract element with no service is an error at its row")
    func orphan() throws {
        let blueprint = #"{"elements": [{"label": "Grounds", "type": "Contract"}], "connections": []}"#
        let result = MapLoader.load(data: Data(blueprint.utf8), file: "m.kumu.json", format: .kumu)
        #expect(result.diagnostics.map(\.message) == ["the contract 'Grounds' belongs to no service"])
        #expect(result.diagnostics.first?.location?.description == "m.kumu.json: /elements/0")
    }

    @Test("the example's effects survive a Mental Modeler matrix: weights are effects over 3, read back times 3")
    func mentalModelerRoundTrip() throws {
        let map = try example()
        let data = try MentalModelerWriter().data(for: map)
        let back = try load(data, file: "camden.mentalmodeler.csv", format: .mentalmodeler)
        #expect(try arcs(back) == arcs(map))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix(",green-spaces,"))
    }

    @Test("Mental Modeler weights become effects", arguments: [
        (1.0, 3.0), (-1.0, -3.0), (0.5, 1.5), (0.333, 1.0), (0.33, 0.99), (0.667, 2.0), (-0.3333, -1.0), (0.6667, 2.0), (0.25, 0.75), (0.3, 0.9), (0.1, 0.3),
    ])
    func weights(weight: Double, effect: Double) {
        #expect(MentalModelerReader.effect(weight: weight)?.value == effect)
    }

    @Test("effects with up to 2 decimals come back exactly from the weights written", arguments: Array(-300...300))
    func weightRoundTrip(hundredths: Int) throws {
        let effect = try #require(Effect(Double(hundredths) / 100))
        #expect(MentalModelerReader.effect(weight: MentalModelerWriter.weight(effect)) == effect)
    }

    @Test("a Mental Modeler weight outside -1…1 is an error at its cell")
    func badWeight() {
        let result = MapLoader.load(data: Data(",a,b\na,,1.5\nb,x,\n".utf8), file: "m.mentalmodeler.csv", format: .mentalmodeler)
        #expect(result.diagnostics.map { "\($0.location?.description ?? ""): \($0.message)" } == [
            "m.mentalmodeler.csv:2:4: '1.5' is not a weight from -1 to 1", "m.mentalmodeler.csv:3:3: 'x' is not a weight from -1 to 1",
        ])
    }

    @Test("convert reads Kumu and Mental Modeler by their endings and writes them back")
    func convert() throws {
        let folder = try TestSupport.temporaryFolder()
        let kumu = folder.appendingPathComponent("camden.kumu.json"), yaml = folder.appendingPathComponent("back.yaml")
        var run = try TestSupport.run(["convert", TestSupport.example("map.yaml"), "-o", kumu.path])
        #expect(run.status == 0, "\(run.stderr)")
        run = try TestSupport.run(["convert", kumu.path, "-o", yaml.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try MapLoader.load(path: yaml.path).graph?.map.interactions == example().interactions)
        run = try TestSupport.run(["convert", kumu.path, "--from", "kumu", "--to", "mentalmodeler"])
        #expect(run.status == 0 && run.stdout.hasPrefix(",green-spaces,"))
    }
}
