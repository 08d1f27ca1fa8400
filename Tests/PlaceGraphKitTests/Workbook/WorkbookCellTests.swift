import Foundation
import Testing
@testable import PlaceGraphKit

/// How cells are read: serial dates, formulas, merged ranges, booleans, shared and rich text.
@Suite("Reading workbook cells")
struct WorkbookCellTests {
    typealias F = WorkbookFixture

    func contracts(_ cells: String, after: String = "", date1904: Bool = false) throws -> LoadResult {
        var fixture = F.valid().replacing("Contracts", with: "<sheetData>" + F.row(1, ["id", "service", "name", "start", "end"])
                                          + "<row r=\"2\">" + cells + "</row></sheetData>" + after)
        fixture.date1904 = date1904
        return try fixture.load()
    }

    func dated(_ serial: String, date1904: Bool = false) throws -> LoadResult {
        try contracts(F.text("A2", "grounds") + F.text("B2", "parks") + F.text("C2", "Grounds") + F.number("E2", serial),
                      date1904: date1904)
    }

    // Published pairs: Microsoft, "Date systems in Excel" (support.microsoft.com) gives
    // 1 = 1900-01-01 and 0 = 1904-01-01 in the 1904 system; 45292 = 2024-01-01 and
    // 2958465 = 9999-12-31 are Excel's own DATE(2024,1,1) and its documented last day.
    @Test("a number in a date column is a serial date, with the 1900 leap-year quirk", arguments: [
        ("1", "1900-01-01"), ("59", "1900-02-28"), ("61", "1900-03-01"), ("45292", "2024-01-01"),
        ("46112", "2026-03-31"), ("46112.75", "2026-03-31"), ("2958465", "9999-12-31"),
    ])
    func serialDates(_ serial: String, _ expected: String) throws {
        let result = try dated(serial)
        let end = try #require(result.graph?.map.services.first?.contracts.first?.end)
        #expect(end.description == expected)
    }

    @Test("the 1904 date system counts from 1904-01-01")
    func dates1904() throws {
        let end = try #require(try dated("0", date1904: true).graph?.map.services.first?.contracts.first?.end)
        #expect(end.description == "1904-01-01")
        let later = try #require(try dated("44830", date1904: true).graph?.map.services.first?.contracts.first?.end)
        // 44830 + 1462 = 46292 in the 1900 system; Python: date(1904, 1, 1) + timedelta(44830).
        #expect(later.description == "2026-09-27")
    }

    @Test("day 60, 29 February 1900, and numbers beyond 9999-12-31 are errors at the cell", arguments: [
        ("60", "day 60 of a spreadsheet's calendar is 29 February 1900, which never existed"),
        ("20260331", "the number 20260331 in a date column is not a date"),
        ("0", "the number 0 in a date column is not a date"),
        ("-5", "the number -5 in a date column is not a date"),
    ])
    func badSerials(_ serial: String, _ message: String) throws {
        let result = try dated(serial)
        #expect(result.graph == nil)
        #expect(result.diagnostics.map(\.message).contains(message))
        #expect(result.diagnostics.first { $0.message == message }?.location?.description == "map.xlsx: Contracts!E2")
    }

    @Test("serial dates and YYYY-MM-DD agree on every day from 1900-03-01 to 2100-01-01")
    func serialsAgreeWithCalendar() throws {
        // Independent of ExcelDate: walk the calendar one day at a time from day 61.
        var day = CalendarDate(iso: "1900-03-01")!
        for serial in 61...73_051 {
            #expect(ExcelDate.date(serial: Double(serial)) == .success(day))
            #expect(ExcelDate.serial(of: day) == serial)
            day = CalendarDate(ordinal: day.ordinal + 1)!
        }
        // Python: date(1899, 12, 30) + timedelta(73051) is 2100-01-01, so the walk ends the day after.
        #expect(day.description == "2100-01-02")
    }

    @Test("dates typed as text are read as YYYY-MM-DD, and anything else is a malformed date at its cell")
    func textDates() throws {
        let good = try contracts(F.text("A2", "grounds") + F.text("B2", "parks") + F.text("C2", "Grounds") + F.text("E2", " 2026-03-31 "))
        #expect(good.graph?.map.services.first?.contracts.first?.end?.description == "2026-03-31")
        let bad = try contracts(F.text("A2", "grounds") + F.text("B2", "parks") + F.text("C2", "Grounds") + F.text("E2", "31/03/2026"))
        #expect(bad.diagnostics.first?.message == "malformed date '31/03/2026' for 'end'")
        #expect(bad.diagnostics.first?.location?.description == "map.xlsx: Contracts!E2")
    }

    @Test("a formula cell gives the value it last showed; one never calculated is an error with a hint")
    func formulas() throws {
        let cached = try contracts(F.text("A2", "grounds") + "<c r=\"B2\" t=\"str\"><f>LOWER(\"PARKS\")</f><v>parks</v></c>"
                                   + F.text("C2", "Grounds") + "<c r=\"E2\"><f>DATE(2026,3,31)</f><v>46112</v></c>")
        #expect(cached.graph?.map.services.first?.contracts.first?.end?.description == "2026-03-31")
        let uncalculated = try contracts(F.text("A2", "grounds") + "<c r=\"B2\"><f>Services!A2</f><v></v></c>" + F.text("C2", "Grounds"))
        let problem = try #require(uncalculated.diagnostics.first)
        #expect(problem.message == "the cell holds a formula with no saved value")
        #expect(problem.location?.description == "map.xlsx: Contracts!B2")
        #expect(problem.hint?.contains("open and save the workbook") == true)
    }

    @Test("an error value such as #REF! is an error at its cell")
    func errorValues() throws {
        let result = try contracts(F.text("A2", "grounds") + "<c r=\"B2\" t=\"e\"><f>Services!Z99</f><v>#REF!</v></c>" + F.text("C2", "G"))
        #expect(result.diagnostics.first?.message == "the cell holds the spreadsheet error '#REF!'")
    }

    @Test("a range merged down a column fills every row that has other cells")
    func mergedDown() throws {
        let body = "<sheetData>" + F.row(1, ["id", "service", "name"]) + F.row(2, ["a", "parks", "A"])
            + F.row(3, ["b", nil, "B"]) + F.row(4, ["c", nil, "C"]) + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"B2:B9000\"/></mergeCells>"
        let graph = try #require(try F.valid().replacing("Contracts", with: body)
            .replacing("Objectives", with: F.table([["id", "belongs_to", "text"], ["cut", "a", "Cut"], ["pollinators", "parks", "P"]])).load().graph)
        #expect(graph.map.services.first?.contracts.map(\.id) == ["a", "b", "c"])
    }

    @Test("a range merged across columns is an error at its first cell")
    func mergedAcross() throws {
        let result = try contracts(F.text("A2", "grounds") + F.text("B2", "parks") + F.text("C2", "Grounds"),
                                   after: "<mergeCells count=\"1\"><mergeCell ref=\"C2:E2\"/></mergeCells>")
        #expect(result.diagnostics.first?.message == "cells C2:E2 are merged across columns")
        #expect(result.diagnostics.first?.location?.description == "map.xlsx: Contracts!C2")
    }

    @Test("shared strings, rich-text runs, booleans, numbers and _xHHHH_ escapes read as text")
    func cellTypes() throws {
        var fixture = F.valid().replacing("Interactions", with: "<sheetData>" + F.row(1, ["from", "to", "effect", "because", "mutual"])
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\"><v>-2</v></c>"
            + "<c r=\"D2\" t=\"s\"><v>2</v></c><c r=\"E2\" t=\"b\"><v>1</v></c></row></sheetData>")
        fixture.sharedStrings = ["<si><t>cut</t></si>", "<si><r><t>polli</t></r><r><rPr><b/></rPr><t>nators</t></r></si>",
                                 "<si><t xml:space=\"preserve\"> tab_x0009_and_x000D_return </t></si>"]
        let interaction = try #require(try fixture.load().graph?.map.interactions.first)
        #expect(interaction.to == "pollinators")
        #expect(interaction.because == " tab\tand\rreturn ")
        #expect(interaction.mutual)
    }

    @Test("a shared-string index the workbook lacks is an error at the cell")
    func badSharedString() throws {
        var fixture = F.valid().replacing("Interactions", with: "<sheetData>" + F.row(1, ["from", "to", "effect"])
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row></sheetData>")
        fixture.sharedStrings = ["<si><t>cut</t></si>"]
        let result = try fixture.load()
        #expect(result.diagnostics.first?.location?.description == "map.xlsx: Interactions!A2")
    }

    @Test("Excel's _xHHHH_ escape round-trips every character XML cannot hold, and literal _x sequences")
    func excelEscape() {
        for text in ["\u{1}\u{8}\u{1F}", "_x0041_", "a_x00", "\u{FFFE}", "plain", "_x005F_x0041_"] {
            #expect(ExcelText.unescaped(ExcelText.escaped(text)) == text)
        }
        #expect(ExcelText.escaped("\u{1}") == "_x0001_")
    }
}
