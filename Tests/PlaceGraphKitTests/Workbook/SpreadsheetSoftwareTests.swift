import Foundation
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// Proof that real spreadsheet software reads the workbooks placegraph writes, and that
/// placegraph reads one a person filled in: LibreOffice (headless, every sheet to CSV) and
/// openpyxl (installed by `scripts/setup` into `.build/xlsx-venv`).
@Suite("Workbooks in real spreadsheet software", .serialized)
struct SpreadsheetSoftwareTests {
    static let python = TestSupport.packageRoot.appendingPathComponent(".build/xlsx-venv/bin/python")
    static let scripts = TestSupport.packageRoot.appendingPathComponent("scripts/xlsx")

    /// Runs a program and returns its standard output, failing the test when it fails.
    static func run(_ program: URL, _ arguments: [String]) throws -> String {
        let run = try TestSupport.runProgram(program, arguments)
        #expect(run.status == 0, "\(program.lastPathComponent) failed: \(run.stderr)")
        return run.stdout
    }

    /// openpyxl's view of a workbook, failing clearly when the venv is missing.
    static func openpyxl(_ workbook: URL) throws -> [String: Any] {
        try #require(FileManager.default.isExecutableFile(atPath: python.path),
                     "openpyxl's venv is missing at .build/xlsx-venv; run scripts/setup")
        let json = try run(python, [scripts.appendingPathComponent("read_workbook.py").path, workbook.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// Every sheet of a workbook as LibreOffice exports it to CSV, by sheet name.
    static func libreOffice(_ workbook: URL) throws -> [String: [[String]]] {
        let folder = try TestSupport.temporaryFolder()
        let soffice = URL(fileURLWithPath: "/usr/bin/soffice")
        try #require(FileManager.default.isExecutableFile(atPath: soffice.path), "soffice is missing; run scripts/setup")
        // Filter options: comma, double quote, UTF-8, from row 1, …, and -1 for every sheet.
        _ = try run(soffice, ["--headless", "-env:UserInstallation=file://\(folder.path)/profile",
                              "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                              "--outdir", folder.path, workbook.path])
        var sheets: [String: [[String]]] = [:]
        let stem = workbook.deletingPathExtension().lastPathComponent
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".csv") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let rows = try CSVReader.read(text, file: file).map { $0.cells.map(\.text) }
            sheets[String(file.dropFirst(stem.count + 1).dropLast(4))] = rows
        }
        return sheets
    }

    static func exampleWorkbook() throws -> (url: URL, map: PlaceMap) {
        let map = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph).map
        let url = try TestSupport.temporaryFolder().appendingPathComponent("camden.xlsx")
        try WorkbookWriter.data(for: map).write(to: url)
        return (url, map)
    }

    @Test("LibreOffice opens every sheet, showing the map's cells and dates as YYYY-MM-DD")
    func libreOfficeReads() throws {
        let (url, map) = try Self.exampleWorkbook()
        let sheets = try Self.libreOffice(url)
        #expect(Set(sheets.keys) == ["Place", "Areas", "Services", "Contracts", "Objectives", "Interactions", "Scale", "Lists"])
        #expect(sheets["Place"]?[2] == ["name", map.place.name, "the place; required"])
        #expect(sheets["Services"]?.dropFirst().map { $0[0] } == map.services.map(\.id))
        let contracts = map.services.flatMap(\.contracts)
        #expect(sheets["Contracts"]?.first?.prefix(6) == ["id", "service", "name", "supplier", "start", "end"])
        #expect(sheets["Contracts"]?.dropFirst().map { $0[5] } == contracts.map { $0.end?.description ?? "" })
        let interactions = sheets["Interactions"]?.dropFirst().map { Array($0.prefix(4)) }
        #expect(interactions == map.interactions.map { [$0.from, $0.to, MapOutline.number($0.effect.value), $0.because ?? ""] })
        #expect(sheets["Scale"]?.dropFirst().map { $0[0] } == ["3", "2", "1", "0", "-1", "-2", "-3"])
        let ids = map.services.map(\.id) + contracts.map(\.id)
        #expect(sheets["Lists"]?.dropFirst().prefix(ids.count).map { $0[1] } == ids)
    }

    @Test("openpyxl sees the sheets, frozen headers, widths, drop-downs, date checks and id lists")
    func openpyxlReads() throws {
        let (url, map) = try Self.exampleWorkbook()
        let book = try Self.openpyxl(url)
        let sheets = try #require(book["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["Place", "Areas", "Services", "Contracts", "Objectives", "Interactions", "Scale", "Lists"])
        #expect(sheets.map { $0["state"] as? String } == ["visible", "visible", "visible", "visible", "visible", "visible", "visible", "hidden"])
        #expect(sheets.dropLast().allSatisfy { $0["freeze"] as? String == "A2" })
        func sheet(_ name: String) throws -> [String: Any] { try #require(sheets.first { $0["name"] as? String == name }) }
        func validations(_ name: String) throws -> [[String?]] {
            try #require(try sheet(name)["validations"] as? [[String: Any]]).map {
                [$0["type"] as? String, $0["sqref"] as? String, $0["formula1"] as? String, $0["formula2"] as? String, $0["errorStyle"] as? String]
            }
        }
        let interactionRows = String(map.interactions.count + 501)
        #expect(try validations("Interactions") == [
            ["list", "A2:B\(interactionRows)", "ItemIDs", nil, "stop"],
            ["list", "C2:C\(interactionRows)", "Effects", nil, "warning"],
            ["list", "F2:F\(interactionRows)", "\"low,medium,high\"", nil, "stop"],
            ["list", "G2:G\(interactionRows)", "\"TRUE,FALSE\"", nil, "stop"],
        ])
        let contracts = map.services.flatMap(\.contracts)
        #expect(try validations("Contracts") == [
            ["list", "B2:B\(contracts.count + 501)", "ServiceIDs", nil, "stop"],
            ["date", "E2:G\(contracts.count + 501)", "1", "2958465", "stop"],
        ])
        #expect(try validations("Objectives").map { $0[2] } == ["OwnerIDs"])
        let names = try #require(book["names"] as? [String: String])
        #expect(names["Effects"] == "Scale!$A$2:$A$8")
        #expect(names["ItemIDs"]?.hasPrefix("OFFSET(Lists!$A$2,0,0,MAX(1,COUNTA(Services!$A$2:$A$") == true)
        #expect(names["ServiceIDs"]?.hasPrefix("OFFSET(Services!$A$2,") == true)
        let contractRows = try #require(try sheet("Contracts")["rows"] as? [[Any]])
        #expect(contractRows.dropFirst().map { $0[5] as? String } == contracts.map { $0.end?.description })
        let effects = try #require(try sheet("Interactions")["rows"] as? [[Any]]).dropFirst().map { ($0[2] as? NSNumber)?.doubleValue }
        #expect(effects == map.interactions.map(\.effect.value))
        let widths = try #require(try sheet("Interactions")["widths"] as? [String: Double])
        #expect(widths["D"] == 60)
    }

    @Test("ids a person adds in a spreadsheet join the id drop-downs (openpyxl edits, LibreOffice recalculates)")
    func dropDownsFollowEdits() throws {
        let (url, map) = try Self.exampleWorkbook()
        let edited = url.deletingLastPathComponent().appendingPathComponent("edited.xlsx")
        try #require(FileManager.default.isExecutableFile(atPath: Self.python.path), "openpyxl's venv is missing; run scripts/setup")
        _ = try Self.run(Self.python, ["-c", """
            import openpyxl, sys
            book = openpyxl.load_workbook(sys.argv[1])
            book["Services"].append(["new-service", "A new service"])
            book.save(sys.argv[2])
            """, url.path, edited.path])
        let lists = try #require(try Self.libreOffice(edited)["Lists"])
        let services = map.services.map(\.id) + ["new-service"]
        #expect(lists.dropFirst().prefix(services.count).map { $0[0] } == services)
        #expect(lists.dropFirst().map { $0[0] }.filter { !$0.isEmpty }.count
                == services.count + map.services.flatMap(\.contracts).count + map.services.reduce(0) {
                    $0 + $1.objectives.count + $1.contracts.reduce(0) { $0 + $1.objectives.count } })
    }

    @Test("a workbook filled in from scratch with openpyxl loads as the map a person meant")
    func filledIn() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.python.path), "openpyxl's venv is missing; run scripts/setup")
        let url = try TestSupport.temporaryFolder().appendingPathComponent("filled.xlsx")
        _ = try Self.run(Self.python, [Self.scripts.appendingPathComponent("fill_workbook.py").path, url.path])
        let result = try MapLoader.load(path: url.path)
        let graph = try #require(result.graph, "\(result.diagnostics.map { $0.styled(source: nil).plain }.joined())")
        #expect(result.diagnostics.map(\.message) == ["a column of the Services sheet is not read: 'notes'"])
        let expected = PlaceMap(
            place: Place(name: "Filled-in estate", mission: "Greener by 2030", leadTime: CalendarSpan(count: 6, unit: .months)),
            services: [
                Service(id: "parks", name: "Parks", domain: "environment", owner: "Parks team",
                        objectives: [Objective(id: "pollinators", text: "More pollinators")],
                        contracts: [
                            Contract(id: "grounds", name: "Grounds", start: CalendarDate(iso: "2021-04-01"), end: CalendarDate(iso: "2026-03-31"),
                                     extensionOptions: [CalendarDate(iso: "2027-03-31")!, CalendarDate(iso: "2028-03-31")!], value: 1_200_000,
                                     objectives: [Objective(id: "cut", text: "Cut every 14 days", kpi: "cuts on time")]),
                            Contract(id: "trees", name: "Tree care", end: CalendarDate(iso: "2027-09-30"), value: 85000.5),
                        ]),
                Service(id: "cleaning", name: "Estate cleaning", domain: "housing",
                        objectives: [Objective(id: "clean", text: "Clean estate")]),
            ],
            interactions: [
                Interaction(from: "cut", to: "pollinators", effect: Effect(-2)!, because: "Cutting removes flowers",
                            evidence: "Survey 2022", confidence: .high),
                Interaction(from: "parks", to: "clean", effect: Effect(1)!, mutual: true),
                Interaction(from: "trees", to: "pollinators", effect: Effect(1)!, confidence: .low),
            ])
        #expect(graph.map == expected)
    }
}
