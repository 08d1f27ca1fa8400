import Foundation
import Testing
@testable import PlaceGraphKit

@Suite("Writing maps")
struct MapWriterTests {
    static let small = PlaceMap(
        place: Place(name: "Estate: north", mission: "Green, by 2030", leadTime: CalendarSpan(count: 9, unit: .months),
                     areas: [Area(id: "north", name: "North block")]),
        services: [Service(id: "parks", name: "Parks", domain: "environment", areas: ["north"],
                           objectives: [Objective(id: "bees", text: "More bees")],
                           contracts: [Contract(id: "grounds", name: "Grounds", start: CalendarDate(iso: "2021-04-01"),
                                                end: CalendarDate(iso: "2026-03-31"),
                                                extensionOptions: [CalendarDate(iso: "2027-03-31")!, CalendarDate(iso: "2028-03-31")!],
                                                ocid: "ocds-b5fd17-1", value: 1_200_000)])],
        interactions: [Interaction(from: "grounds", to: "bees", effect: Effect(-2)!, because: "Cutting, then raking", confidence: .high),
                       Interaction(from: "bees", to: "parks", effect: Effect(1.5)!, mutual: true)])

    @Test("YAML is tidy: comments, keys in the documented order, flow style for short entries, quotes only where needed")
    func yaml() throws {
        let text = YAMLMapWriter().text(for: Self.small)
        #expect(text == """
            # A placegraph place map. Check it with:  placegraph validate FILE
            # Format reference: README.md, "The place map".
            placegraph: 1                     # format version

            place:
              name: "Estate: north"
              mission: Green, by 2030
              lead_time: 9m
              areas:
                - {id: north, name: North block}

            services:
              # ids are unique across the whole file: services, contracts, objectives and areas
              - id: parks
                name: Parks
                domain: environment
                areas: [north]
                objectives:
                  - {id: bees, text: More bees}
                contracts:
                  - id: grounds
                    name: Grounds
                    start: 2021-04-01
                    end: 2026-03-31
                    extensions: [2027-03-31, 2028-03-31]
                    ocid: ocds-b5fd17-1
                    value: 1200000

            interactions:
              # effect: -3 cancelling, -2 counteracting, -1 constraining, 0 consistent,
              #         +1 enabling, +2 reinforcing, +3 indivisible (Nilsson et al. 2016)
              - {from: grounds, to: bees, effect: -2, because: "Cutting, then raking", confidence: high}
              - {from: bees, to: parks, effect: 1.5, mutual: true}

            """)
    }

    @Test("JSON has the same shape, keys in the same order, short objects on one line")
    func json() throws {
        let text = String(decoding: try JSONMapWriter().data(for: Self.small), as: UTF8.self)
        #expect(text.hasPrefix("""
            {
              "placegraph": 1,
              "place": {
                "name": "Estate: north",
                "mission": "Green, by 2030",
                "lead_time": "9m",
                "areas": [{"id": "north", "name": "North block"}]
              },
            """))
        #expect(text.contains("\"extensions\": [\"2027-03-31\", \"2028-03-31\"]"))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect((parsed?["interactions"] as? [[String: Any]])?.count == 2)
    }

    @Test("YAML scalars are quoted exactly when a reader would misread them", arguments: [
        ("plain words", "plain words"), ("yes", "\"yes\""), ("123", "\"123\""), ("1e5", "\"1e5\""), ("9m", "9m"),
        ("2026-03-31", "2026-03-31"), ("a: b", "\"a: b\""), ("#x", "\"#x\""), ("- x", "\"- x\""), (" pad", "\" pad\""),
        ("line\nbreak", "\"line\\nbreak\""), ("bell\u{7}", "\"bell\\u0007\""), ("=SUM(A1)", "\"=SUM(A1)\""), ("naïve café", "naïve café"),
    ])
    func yamlScalars(_ text: String, _ written: String) {
        #expect(YAMLText.scalar(text, inFlow: true) == written)
    }

    @Test("the writers are found by name and by extension")
    func registry() {
        #expect(MapWriters.all.map(\.name) == ["yaml", "json", "csv", "xlsx", "kumu", "mentalmodeler", "graphml", "gexf", "mermaid"])
        #expect(MapWriters.forPath("out/MAP.YML")?.name == "yaml")
        #expect(MapWriters.forPath("map.kumu.json")?.name == "kumu")
        #expect(MapWriters.forPath("map.json")?.name == "json")
        #expect(MapWriters.forPath("matrix.MentalModeler.csv")?.name == "mentalmodeler")
        #expect(MapWriters.forPath("edges.csv")?.name == "csv")
        #expect(MapWriters.forPath("map.graphml")?.name == "graphml")
        #expect(MapWriters.forPath("map.gexf")?.name == "gexf")
        #expect(MapWriters.forPath("map.mmd")?.name == "mermaid")
        #expect(MapWriters.forPath("map.xlsx")?.name == "xlsx")
        #expect(MapWriters.forPath("map.txt") == nil)
        #expect(MapWriters.named("JSON")?.name == "json")
    }

    @Test("a workbook's bytes depend only on the map: zip entries and properties carry fixed 1980 timestamps")
    func workbookDeterministic() throws {
        let first = try WorkbookWriter.data(for: Self.small)
        Thread.sleep(forTimeInterval: 2.1)
        #expect(try WorkbookWriter.data(for: Self.small) == first)
        // The DOS date and time of every local header: 1980-01-01 00:00 is date 0x0021, time 0.
        let bytes = [UInt8](first)
        var headers = 0
        for index in 0..<(bytes.count - 14) where bytes[index...(index + 3)] == [0x50, 0x4B, 0x03, 0x04] {
            #expect(bytes[(index + 10)...(index + 13)] == [0, 0, 0x21, 0])
            headers += 1
        }
        #expect(headers == 15)  // 7 package parts and 8 sheets
    }

    @Test("hostile texts survive a workbook as typed, and none becomes a formula")
    func hostileWorkbook() throws {
        let hostile = ["=HYPERLINK(\"http://x\",\"y\")", "<script>alert(1)</script>", "a & b ]]> <!--", "\u{1}\u{1F}\u{7F}",
                       "_x0041_", "\"quoted\" 'single'", "line\r\nbreak", "\u{202E}reversed", "🙂👍🏽", String(repeating: "long ", count: 2000)]
        let map = PlaceMap(place: Place(name: hostile[0]), services: hostile.enumerated().map {
            Service(id: "s\($0.offset)", name: $0.element, owner: $0.element)
        }, interactions: [])
        let back = MapLoader.load(data: try WorkbookWriter.data(for: map), file: "h.xlsx", format: .xlsx)
        #expect(try #require(back.graph).map == map)
        let sheet = try #require(try WorkbookTestParts.part("xl/worksheets/sheet3.xml", of: WorkbookWriter.data(for: map)))
        #expect(!sheet.contains("<f>"))
    }

    @Test("a text longer than a cell holds is refused, naming the cell")
    func tooLong() {
        let map = PlaceMap(place: Place(name: "x"), services: [Service(id: "a", name: String(repeating: "x", count: 32_768))], interactions: [])
        #expect(throws: MapWriteError("the text for Services!B2 has 32768 characters; a spreadsheet cell holds at most 32767")) {
            try WorkbookWriter.data(for: map)
        }
    }

    @Test("dates before 1900, which a spreadsheet cannot hold as dates, are written as text and read back")
    func earlyDates() throws {
        let map = PlaceMap(place: Place(name: "x"), services: [Service(id: "a", name: "A", contracts: [
            Contract(id: "c", name: "C", start: CalendarDate(iso: "1850-01-01"), end: CalendarDate(iso: "1900-02-28")),
        ])], interactions: [])
        let back = MapLoader.load(data: try WorkbookWriter.data(for: map), file: "d.xlsx", format: .xlsx)
        #expect(try #require(back.graph).map == map)
    }
}

/// Reads one part of a zipped workbook as text.
enum WorkbookTestParts {
    static func part(_ path: String, of data: Data) throws -> String? {
        var archive = try WorkbookArchive(data: data, file: "test.xlsx")
        return try archive.part(path).map { String(decoding: $0, as: UTF8.self) }
    }
}
