import Foundation
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// Reading filled-in workbooks: cell-located problems, the Excel quirks (serial dates,
/// formulas, merged cells, shared strings) and the documented readings.
@Suite("Reading a workbook as a map")
struct WorkbookReadingTests {
    typealias F = WorkbookFixture

    func errors(_ result: LoadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.location.map(\.description) ?? "-"): \($0.message)" }
    }

    @Test("a small workbook loads, with contracts and objectives nested under their rows")
    func valid() throws {
        let result = try F.valid().load()
        let graph = try #require(result.graph, "\(errors(result))")
        let parks = try #require(graph.map.services.first)
        #expect(parks.objectives.map(\.id) == ["pollinators"])
        #expect(parks.contracts.map(\.id) == ["grounds"])
        #expect(parks.contracts.first?.objectives.map(\.id) == ["cut"])
        #expect(parks.contracts.first?.end == CalendarDate(iso: "2027-03-31"))
        #expect(graph.map.interactions.first?.effect.value == -2)
        #expect(result.source == nil)
    }

    @Test("an unknown id is reported at its cell, as Sheet!C14, with a did-you-mean and the hint")
    func unknownID() throws {
        let fixture = F.valid().replacing("Interactions", with: F.table([["from", "to", "effect"], ["cut", "pollinators", "-2"],
                                                                         ["cut", "polinators", "-1"]]))
        let result = try fixture.load()
        #expect(result.graph == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.location?.description == "map.xlsx: Interactions!B3")
        let text = diagnostic.styled(source: result.source).plain
        #expect(text == """
            map.xlsx: Interactions!B3: error: unknown id 'polinators'; did you mean 'pollinators'?
              hint: an interaction may name any service, contract or objective id

            """)
    }

    @Test("every problem in every sheet is reported at once, in sheet and cell order")
    func allAtOnce() throws {
        let fixture = F.valid()
            .replacing("Services", with: F.table([["id", "name"], ["parks", "Parks"], ["parks", "Parks again"]]))
            .replacing("Contracts", with: F.table([["id", "service", "name", "start", "end"],
                                                   ["grounds", "prks", "Grounds", "2027-03-31", "2026-03-31"]]))
            .replacing("Interactions", with: F.table([["from", "to", "effect"], ["cut", "pollinators", "7"]]))
        let result = try fixture.load()
        #expect(errors(result) == [
            "map.xlsx: Contracts!B2: unknown service 'prks'; did you mean 'parks'?",
            "map.xlsx: Contracts!E2: contract ends (2026-03-31) before it starts (2027-03-31)",
            "map.xlsx: Interactions!C2: effect 7 is out of range; the scale runs from -3 to 3",
            "map.xlsx: Services!A3: duplicate id 'parks'",
        ])
    }

    @Test("a duplicate id's hint names the cell of the first")
    func duplicateHint() throws {
        let result = try F.valid().replacing("Services", with: F.table([["id", "name"], ["parks", "Parks"], ["parks", "P"]])).load()
        #expect(result.diagnostics.first?.hint?.contains("already the service at Services!A2") == true)
    }

    @Test("a missing sheet is an error naming the sheets a workbook needs, with a did-you-mean")
    func missingSheet() throws {
        var fixture = F.valid()
        fixture.sheets[2].name = "Contract"
        let result = try fixture.load()
        #expect(errors(result) == ["map.xlsx: the workbook has no 'Contracts' sheet; did you mean 'Contract'?"])
        #expect(result.diagnostics.first?.styled(source: nil).plain.hasPrefix("map.xlsx: error: the workbook has no") == true)
    }

    @Test("extra sheets are ignored, sheet names match in any case, and the Areas sheet is optional")
    func extraSheets() throws {
        var fixture = F.valid()
        fixture.sheets[1].name = "services"
        fixture.sheets.append(("Notes", F.table([["anything"], ["at all"]])))
        fixture.sheets.insert(("Areas", F.table([["id", "name"], ["north", "North block"]])), at: 1)
        let graph = try #require(try fixture.load().graph)
        #expect(graph.map.place.areas.map(\.id) == ["north"])
    }

    @Test("a missing required column is one error at the header row, and nothing else is read")
    func missingColumn() throws {
        let result = try F.valid().replacing("Services", with: F.table([["id", "title"], ["parks", "Parks"]])).load()
        #expect(errors(result) == ["map.xlsx: Services!A1: the Services sheet has no 'name' column"])
    }

    @Test("unknown columns are one grouped warning per sheet, and a single one gets a did-you-mean")
    func unknownColumns() throws {
        let fixture = F.valid()
            .replacing("Services", with: F.table([["id", "name", "notes", "colour", "rag"], ["parks", "Parks", "x", "y", "z"],
                                                  ["cleaning", "Cleaning"]]))
            .replacing("Interactions", with: F.table([["from", "to", "effect", "confidance"], ["cut", "pollinators", "-2", "high"]]))
        let result = try fixture.load()
        #expect(result.graph != nil)
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map { "\($0.location!): \($0.message)" }
        #expect(warnings == [
            "map.xlsx: Interactions!D1: a column of the Interactions sheet is not read: 'confidance'; did you mean 'confidence'?",
            "map.xlsx: Services!C1: 3 columns of the Services sheet are not read: 'notes', 'colour', 'rag'",
        ])
    }

    @Test("empty rows in the middle of a sheet are skipped")
    func emptyRows() throws {
        let body = "<sheetData>" + F.row(1, ["id", "name"]) + F.row(2, ["parks", "Parks"]) + "<row r=\"3\"/>"
            + F.row(4, [nil, nil]) + F.row(7, ["cleaning", "Cleaning"]) + "</sheetData>"
        let graph = try #require(try F.valid().replacing("Services", with: body).load().graph)
        #expect(graph.map.services.map(\.id) == ["parks", "cleaning"])
    }

    @Test("headers are matched ignoring case, spaces and hyphens")
    func headerSpellings() throws {
        let body = F.table([["ID", "Service", "Name", "Lead time", "Extension 2", "End", "extension"],
                            ["grounds", "parks", "Grounds", "9m", "2029-03-31", "2027-03-31", "2028-03-31"]])
        let graph = try #require(try F.valid().replacing("Contracts", with: body).load().graph)
        let contract = try #require(graph.map.services.first?.contracts.first)
        #expect(contract.leadTime?.description == "9m")
        #expect(contract.extensionOptions.map(\.description) == ["2028-03-31", "2029-03-31"])
    }
}

@Suite("Workbook locations")
struct WorkbookLocationTests {
    @Test("column numbers become spreadsheet letters", arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (702, "ZZ"), (703, "AAA"), (16_384, "XFD")])
    func letters(_ number: Int, _ letters: String) {
        #expect(SourceLocation.columnLetters(number) == letters)
        #expect(CellReference.parse("\(letters)7")?.column == number)
    }

    @Test("a location reads as file:line:column, file: Sheet!C14, file: Sheet, or the file alone")
    func descriptions() {
        #expect(SourceLocation(file: "map.yaml", line: 3, column: 9).description == "map.yaml:3:9")
        #expect(SourceLocation(file: "map.xlsx", sheet: "Interactions", row: 14, column: 3).description == "map.xlsx: Interactions!C14")
        #expect(SourceLocation(file: "map.xlsx", sheet: "My notes", row: 2, column: 1).description == "map.xlsx: 'My notes'!A2")
        #expect(SourceLocation(file: "map.xlsx", sheet: "Services").description == "map.xlsx: Services")
        #expect(SourceLocation(file: "map.xlsx").description == "map.xlsx")
        #expect(SourceLocation(file: "map.xlsx", sheet: "Services", row: 3, column: 1).place == "Services!A3")
        #expect(SourceLocation(file: "map.yaml", line: 3, column: 1).place == "line 3")
    }
}
