import Foundation
import ZIPFoundation

/// SpreadsheetML's namespaces.
enum Namespace {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"
}

/// Assembles the parts of an `.xlsx` package around a list of sheets and zips them with fixed
/// timestamps, so the same map always gives the same bytes.
enum WorkbookPackage {
    /// A name the workbook defines, such as the range a drop-down lists.
    struct DefinedName {
        let name: String
        let formula: String
    }

    /// Every part's time stamp: 1980-01-01 00:00 UTC, the earliest a zip can record.
    static let timestamp = Date(timeIntervalSince1970: 315_532_800)

    /// The zipped package.
    ///
    /// - Throws: when zipping fails, which only a lack of memory can cause.
    static func data(sheets: [SheetSpec], names: [DefinedName], title: String) throws -> Data {
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", packageRelationships()),
            ("docProps/app.xml", appProperties()),
            ("docProps/core.xml", coreProperties(title: title)),
            ("xl/workbook.xml", workbook(sheets: sheets, names: names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", WorkbookStyles.xml),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", WorksheetWriter.xml(sheet, selected: index == 0)))
        }
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for part in parts {
            let bytes = Data(part.xml.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: timestamp, permissions: 0o644, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = XMLMarkup()
        xml.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) { xml in
            xml.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            xml.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
            let office = "application/vnd.openxmlformats-officedocument"
            xml.empty("Override", ["PartName": "/xl/workbook.xml", "ContentType": "\(office).spreadsheetml.sheet.main+xml"])
            for index in 1...max(1, sheetCount) {
                xml.empty("Override", ["PartName": "/xl/worksheets/sheet\(index).xml",
                                       "ContentType": "\(office).spreadsheetml.worksheet+xml"])
            }
            xml.empty("Override", ["PartName": "/xl/styles.xml", "ContentType": "\(office).spreadsheetml.styles+xml"])
            xml.empty("Override", ["PartName": "/docProps/core.xml",
                                   "ContentType": "application/vnd.openxmlformats-package.core-properties+xml"])
            xml.empty("Override", ["PartName": "/docProps/app.xml", "ContentType": "\(office).extended-properties+xml"])
        }
        return xml.text
    }

    private static func packageRelationships() -> String {
        relationships([
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ])
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        let sheets = (0..<sheetCount).map { ("rId\($0 + 1)", base + "worksheet", "worksheets/sheet\($0 + 1).xml") }
        return relationships(sheets + [("rId\(sheetCount + 1)", base + "styles", "styles.xml")])
    }

    private static func relationships(_ list: [(id: String, type: String, target: String)]) -> String {
        var xml = XMLMarkup()
        xml.element("Relationships", ["xmlns": Namespace.package]) { xml in
            for entry in list { xml.empty("Relationship", ["Id": entry.id, "Type": entry.type, "Target": entry.target]) }
        }
        return xml.text
    }

    private static func workbook(sheets: [SheetSpec], names: [DefinedName]) -> String {
        var xml = XMLMarkup()
        xml.element("workbook", ["xmlns": Namespace.main, "xmlns:r": Namespace.relationships]) { xml in
            xml.empty("workbookPr")
            xml.element("bookViews") { $0.empty("workbookView", ["activeTab": "0"]) }
            xml.element("sheets") { xml in
                for (index, sheet) in sheets.enumerated() {
                    let id = String(index + 1)
                    xml.empty("sheet", sheet.hidden
                        ? ["name": sheet.name, "sheetId": id, "state": "hidden", "r:id": "rId\(id)"]
                        : ["name": sheet.name, "sheetId": id, "r:id": "rId\(id)"])
                }
            }
            xml.element("definedNames") { xml in
                for name in names { xml.element("definedName", ["name": name.name], text: name.formula) }
            }
            // The id lists are formulas: have the spreadsheet work them out afresh on opening.
            xml.empty("calcPr", ["calcId": "191029", "fullCalcOnLoad": "1"])
        }
        return xml.text
    }

    private static func appProperties() -> String {
        var xml = XMLMarkup()
        xml.element("Properties", ["xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"]) {
            $0.element("Application", text: "placegraph")
        }
        return xml.text
    }

    private static func coreProperties(title: String) -> String {
        var xml = XMLMarkup()
        let fixed = "1980-01-01T00:00:00Z"
        xml.element("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:dcterms": "http://purl.org/dc/terms/",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ]) { xml in
            xml.element("dc:title", text: title)
            xml.element("dc:creator", text: "placegraph")
            xml.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: fixed)
            xml.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: fixed)
        }
        return xml.text
    }
}
