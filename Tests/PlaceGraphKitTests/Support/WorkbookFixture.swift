import Foundation
import Testing
import ZIPFoundation
@testable import PlaceGraphKit

/// Hand-made `.xlsx` packages for the reading tests: a workbook with chosen sheets whose cells
/// are written as raw SpreadsheetML, so a test can put in exactly the formula, merge, date
/// number or shared string it is about. The zip is made with ZIPFoundation.
struct WorkbookFixture {
    /// Sheets in tab order: a name and the XML inside `<worksheet>`.
    var sheets: [(name: String, body: String)]
    var sharedStrings: [String]? = nil
    var date1904 = false

    /// A cell holding an inline string.
    static func text(_ reference: String, _ value: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escape(value))</t></is></c>"
    }

    /// A cell holding a number.
    static func number(_ reference: String, _ value: String) -> String { "<c r=\"\(reference)\"><v>\(value)</v></c>" }

    /// A row of inline-string cells from column A.
    static func row(_ number: Int, _ values: [String?]) -> String {
        let cells = values.enumerated().compactMap { index, value in
            value.map { text(SourceLocation.columnLetters(index + 1) + String(number), $0) }
        }
        return "<row r=\"\(number)\">" + cells.joined() + "</row>"
    }

    /// A sheet body of inline-string rows, the first being the header, and any extra XML after
    /// the sheet data (merged cells).
    static func table(_ rows: [[String?]], after: String = "") -> String {
        "<sheetData>" + rows.enumerated().map { row($0.offset + 1, $0.element) }.joined() + "</sheetData>" + after
    }

    /// The five sheets of a small valid map; tests replace the one they are about.
    static func valid() -> WorkbookFixture {
        WorkbookFixture(sheets: [
            ("Place", table([["field", "value"], ["name", "Test estate"]])),
            ("Services", table([["id", "name"], ["parks", "Parks"], ["cleaning", "Cleaning"]])),
            ("Contracts", table([["id", "service", "name", "end"], ["grounds", "parks", "Grounds", "2027-03-31"]])),
            ("Objectives", table([["id", "belongs_to", "text"], ["pollinators", "parks", "More pollinators"],
                                  ["cut", "grounds", "Cut every 14 days"]])),
            ("Interactions", table([["from", "to", "effect"], ["cut", "pollinators", "-2"]])),
        ])
    }

    /// Replaces the body of the sheet called `name`.
    func replacing(_ name: String, with body: String) -> WorkbookFixture {
        var copy = self
        copy.sheets = sheets.map { $0.name == name ? ($0.name, body) : $0 }
        return copy
    }

    /// The zipped package.
    func data() throws -> Data { try Self.zip(parts()) }

    /// The package's parts, before zipping, for tests that swap one for something hostile.
    func parts() -> [(path: String, data: Data)] {
        var parts: [(String, String)] = []
        let sheetEntries = sheets.enumerated().map { "<sheet name=\"\(Self.escape($0.element.name))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }
        parts.append(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """))
        parts.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        parts.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetEntries.joined())</sheets></workbook>
            """))
        var relationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        if let sharedStrings {
            relationships.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>")
            parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                          + sharedStrings.joined() + "</sst>"))
        }
        parts.append(("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      + relationships.joined() + "</Relationships>"))
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                          + sheet.body + "</worksheet>"))
        }
        return parts.map { ($0.0, Data($0.1.utf8)) }
    }

    /// Zips `parts` with deflate.
    static func zip(_ parts: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for part in parts {
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(part.data.count),
                                 compressionMethod: .deflate) { position, size in
                part.data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return try #require(archive.data)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Loads the fixture as `map.xlsx`.
    func load() throws -> LoadResult { MapLoader.load(data: try data(), file: "map.xlsx", format: .xlsx) }
}
