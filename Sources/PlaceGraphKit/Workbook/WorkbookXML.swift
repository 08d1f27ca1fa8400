import Foundation
import XMLCoder

/// The parts of SpreadsheetML (ECMA-376 Part 1, §18) that reading a map needs, decoded by
/// XMLCoder. Everything else in a workbook (styles, drawings, comments) is left unread.
enum WorkbookXML {
    /// `_rels/.rels` and `xl/_rels/workbook.xml.rels`: which part plays which role.
    struct Relationships: Decodable {
        let relationships: [Relationship]

        enum CodingKeys: String, CodingKey { case relationships = "Relationship" }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            relationships = try container.decodeIfPresent([Relationship].self, forKey: .relationships) ?? []
        }
    }

    struct Relationship: Decodable {
        let id: String
        let type: String
        let target: String

        enum CodingKeys: String, CodingKey { case id = "Id", type = "Type", target = "Target" }
    }

    /// `xl/workbook.xml`: the sheets in tab order and whether dates count from 1904.
    struct Workbook: Decodable {
        let workbookPr: WorkbookProperties?
        let sheets: Sheets

        struct WorkbookProperties: Decodable {
            let date1904: String?
        }

        struct Sheets: Decodable {
            let sheet: [Sheet]?
        }
    }

    /// One `<sheet name="…" r:id="…"/>`; the relationship id is read whatever its prefix.
    struct Sheet: Decodable {
        let name: String
        let relationship: String?

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            name = try container.decode(String.self, forKey: AnyKey("name"))
            let key = container.allKeys.first { $0.stringValue == "id" || $0.stringValue.hasSuffix(":id") }
            relationship = try key.map { try container.decode(String.self, forKey: $0) }
        }
    }

    /// `xl/sharedStrings.xml`: the texts cells of type `s` point to by index.
    struct SharedStrings: Decodable {
        let si: [RichText]?
    }

    /// A text as a plain `<t>` or as runs of formatted `<r><t>` pieces.
    struct RichText: Decodable {
        let t: Text?
        let r: [Run]?

        struct Run: Decodable { let t: Text? }

        var string: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
    }

    /// The characters of a `<t>` element, whatever attributes it carries.
    struct Text: Decodable {
        let value: String

        enum CodingKeys: String, CodingKey { case value = "" }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            value = try container.decodeIfPresent(String.self, forKey: .value) ?? ""
        }
    }

    /// `xl/worksheets/sheetN.xml`: its rows of cells and its merged ranges.
    struct Worksheet: Decodable {
        let sheetData: SheetData
        let mergeCells: MergeCells?

        struct SheetData: Decodable { let row: [Row]? }
        struct MergeCells: Decodable { let mergeCell: [MergeCell]? }
        struct MergeCell: Decodable { let ref: String }
    }

    struct Row: Decodable {
        let r: Int?
        let c: [Cell]?
    }

    /// One `<c>`: its reference, type, cached value, formula and inline text.
    struct Cell: Decodable {
        let r: String?
        let t: String?
        let v: Text?
        let f: Formula?
        let `is`: RichText?

        struct Formula: Decodable {}
    }

    /// A coding key for any name.
    struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes one part, keeping the spaces at either end of a text (a `because` may have them).
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true)
        return try decoder.decode(type, from: data)
    }
}
