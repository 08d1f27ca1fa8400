import Foundation
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// Contract registers as councils publish them, and the mapping file.
@Suite("Reading contract registers and mappings")
struct ContractRegisterTests {
    static let fixtures = TestSupport.packageRoot.appendingPathComponent("Tests/PlaceGraphKitTests/Fixtures/contracts")

    func read(_ csv: String, file: String = "register.csv") -> PublishedContracts {
        PublishedContractReader.read([(file, Data(csv.utf8))])
    }

    func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test("Transparency Code headings are found in councils' own words; UK dates, pounds and placeholders are read")
    func register() throws {
        let result = try PublishedContractReader.read(path: Self.fixtures.appendingPathComponent("register.csv").path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.contracts.map(\.key) == ["TC-0042", "TC-0043", "TC-0044"])
        let grant = result.contracts[0]
        #expect(grant.title == "Local grant scheme")
        #expect(grant.start?.value == date("2022-04-01") && grant.start?.field == "Start Date")
        #expect(grant.end?.value == date("2025-03-31"))
        #expect(grant.maxExtent?.value == date("2026-03-31") && grant.maxExtent?.field == "Extended End Date")
        #expect(grant.value?.value == 45000 && grant.value?.field == "Contract Value (£)")
        #expect(grant.suppliers?.value == ["Age UK Test"])
        #expect(result.contracts[1].maxExtent == nil)
        #expect(result.contracts[2].value == nil)
        #expect(result.contracts[2].end?.value == date("2027-03-31"))
    }

    @Test("headings match whatever their case, spacing and punctuation", arguments: [
        ("Contract End-Date", "end"), ("  END DATE ", "end"), ("Contract Value (£)", "value"), ("supplier_name", "supplier"),
        ("Reference No.", nil), ("Review date", nil),
    ])
    func headings(heading: String, field: String?) {
        let row = SheetRow(number: 1, cells: [SheetCell(column: 1, text: heading, kind: .text,
                                                        location: SourceLocation(file: "r.csv", line: 1, column: 1))])
        let columns = AliasedColumns(header: row, fields: ContractRegisterReader.fields)
        #expect(columns.columns.keys.first == field)
    }

    @Test("register dates", arguments: [
        ("31/03/2026", "2026-03-31"), ("31-03-2026", "2026-03-31"), ("31.03.2026", "2026-03-31"), ("1 April 2026", "2026-04-01"),
        ("01-Apr-2026", "2026-04-01"), ("1 Sept 2026", "2026-09-01"), ("2026-03-31T00:00:00", "2026-03-31"),
        ("31/03/26", nil), ("03/31/2026", nil), ("31 Smarch 2026", nil), ("soon", nil),
    ])
    func dates(text: String, expected: String?) {
        #expect(RegisterText.date(text)?.description == expected)
    }

    @Test("bad cells are errors at their cell, all at once; a row without a reference is a warning")
    func badCells() {
        let csv = "Reference,End date,Value\nA-1,31/02/2026,100\nA-2,2026-01-01,lots\n,2026-01-01,5\nA-1,2026-01-01,5\n"
        let result = read(csv)
        #expect(result.diagnostics.map { "\($0.severity) \($0.location?.description ?? "")" } == [
            "error register.csv:2:5", "error register.csv:3:16", "warning register.csv:4:2", "warning register.csv:5:1",
        ])
        #expect(result.diagnostics[0].message == "'31/02/2026' under 'End date' is not a date")
    }

    @Test("a register with no reference or ocid column is refused")
    func noKey() {
        let result = read("Title,End date\nA,2026-01-01\n")
        #expect(result.hasErrors)
        #expect(result.diagnostics.first?.message.contains("no column names the contracts") == true)
    }

    @Test("a register as a workbook reads its first sheet, dates stored as numbers included")
    func workbook() throws {
        let body = "<sheetData>" + WorkbookFixture.row(1, ["Contract reference", "End date", "Contract value"])
            + "<row r=\"2\">" + WorkbookFixture.text("A2", "R-9") + WorkbookFixture.number("B2", "46112")
            + WorkbookFixture.number("C2", "1500") + "</row></sheetData>"
        let bytes = try WorkbookFixture(sheets: [("Register", body)]).data()
        let result = PublishedContractReader.read([("register.xlsx", bytes)])
        #expect(result.diagnostics.isEmpty)
        #expect(result.contracts.first?.end?.value == date("2026-03-31"))
        #expect(result.contracts.first?.end?.location.description == "register.xlsx: Register!B2")
    }

    @Test("a mapping links contracts to published keys; a row naming no contract of the map is an error")
    func mapping() throws {
        let mapping = ContractMapping.read(Data("contract,ocid\nlocal-grant,TC-0042\nadvise,X\nlocal-grant,Y\n".utf8), file: "m.csv")
        #expect(mapping.links.map(\.key) == ["TC-0042", "X"])
        #expect(mapping.diagnostics.map(\.message) == ["the contract 'local-grant' is mapped twice"])
        let map = try #require(MapLoader.load(path: Self.fixtures.appendingPathComponent("map.yaml").path).graph?.map)
        let comparison = ContractComparison.compare(map, with: read("Reference\nTC-0042\n"), mapping: mapping)
        #expect(comparison.diagnostics.map(\.message) == ["the map has no contract 'advise'; did you mean 'advice'?"])
        #expect(comparison.diagnostics.first?.location?.description == "m.csv:3:1")
        let grant = try #require(comparison.checks.first { $0.contract.id == "local-grant" })
        #expect(grant.match == .mapping && grant.published?.reference == "TC-0042")
        #expect(grant.fields.map(\.field) == [.ocid] && grant.fields.first?.update == .ocid("TC-0042"))
    }
}
