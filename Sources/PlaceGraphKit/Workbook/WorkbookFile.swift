import Foundation

/// An opened `.xlsx` workbook: its sheets by name, in tab order, each read into a grid of
/// cells on demand.
struct WorkbookFile {
    /// A sheet as the workbook lists it.
    struct SheetEntry {
        let name: String
        let path: String
    }

    let file: String
    /// The sheets in tab order.
    let sheets: [SheetEntry]
    /// True for a workbook whose dates count from 1904 (old Mac Excel).
    let uses1904: Bool
    private var archive: WorkbookArchive
    private let sharedStrings: [String]

    static let officeDocument = "/officeDocument"

    /// Opens the workbook in `data`: its package, the workbook part and the shared strings.
    ///
    /// - Throws: a ``Diagnostic`` when the file is not a workbook placegraph can open.
    init(data: Data, file: String) throws(Diagnostic) {
        self.file = file
        var archive = try WorkbookArchive(data: data, file: file)
        let whole = SourceLocation(file: file)
        // The package's relationships name the workbook part; Excel puts it at xl/workbook.xml.
        var workbookPath = "xl/workbook.xml"
        if let rels = try archive.part("_rels/.rels") {
            let decoded: WorkbookXML.Relationships = try Self.decode(rels, part: "_rels/.rels", file: file)
            if let main = decoded.relationships.first(where: { $0.type.hasSuffix(Self.officeDocument) }) {
                workbookPath = WorkbookArchive.normalised(main.target)
            }
        }
        guard let workbookData = try archive.part(workbookPath) else {
            throw .error("the file is a zip archive but not an .xlsx workbook: it has no workbook part",
                         hint: "save the sheet from your spreadsheet program as an Excel workbook (.xlsx)", at: whole)
        }
        let workbook: WorkbookXML.Workbook = try Self.decode(workbookData, part: workbookPath, file: file)
        let folder = (workbookPath as NSString).deletingLastPathComponent
        let relsPath = folder + "/_rels/" + (workbookPath as NSString).lastPathComponent + ".rels"
        var targets: [String: String] = [:]
        var sharedStringsPath = folder + "/sharedStrings.xml"
        if let rels = try archive.part(relsPath) {
            let decoded: WorkbookXML.Relationships = try Self.decode(rels, part: relsPath, file: file)
            for relationship in decoded.relationships {
                let target = Self.resolve(relationship.target, in: folder)
                targets[relationship.id] = target
                if relationship.type.hasSuffix("/sharedStrings") { sharedStringsPath = target }
            }
        }
        sheets = (workbook.sheets.sheet ?? []).map { sheet in
            let path = sheet.relationship.flatMap { targets[$0] } ?? ""
            return SheetEntry(name: sheet.name, path: path)
        }
        uses1904 = ["1", "true"].contains(workbook.workbookPr?.date1904?.lowercased() ?? "")
        if let data = try archive.part(sharedStringsPath) {
            let decoded: WorkbookXML.SharedStrings = try Self.decode(data, part: sharedStringsPath, file: file)
            sharedStrings = (decoded.si ?? []).map { ExcelText.unescaped($0.string) }
        } else {
            sharedStrings = []
        }
        self.archive = archive
    }

    /// The sheet whose name matches `name` ignoring case and surrounding spaces.
    func entry(named name: String) -> SheetEntry? {
        sheets.first { Self.sheetKey($0.name) == Self.sheetKey(name) }
    }

    static func sheetKey(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Reads one sheet into a grid, reporting problems in its cells into `diagnostics`.
    ///
    /// - Throws: a ``Diagnostic`` when the sheet's part is missing or not readable XML.
    mutating func grid(of entry: SheetEntry, diagnostics: inout [Diagnostic]) throws(Diagnostic) -> SheetGrid {
        guard let data = try archive.part(entry.path) else {
            throw .error("the workbook lists the sheet '\(entry.name)' but holds no data for it",
                         hint: "open the workbook in your spreadsheet program and save it again", at: SourceLocation(file: file))
        }
        let worksheet: WorkbookXML.Worksheet = try Self.decode(data, part: entry.path, file: file)
        var reader = SheetGridReader(file: file, sheet: entry.name, sharedStrings: sharedStrings)
        let grid = reader.grid(of: worksheet)
        diagnostics += reader.diagnostics
        return grid
    }

    /// A relationship target as a package path: relative to `folder`, or absolute with `/`.
    static func resolve(_ target: String, in folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    private static func decode<T: Decodable>(_ data: Data, part: String, file: String) throws(Diagnostic) -> T {
        do {
            return try WorkbookXML.decode(T.self, from: data)
        } catch {
            throw .error("the workbook's part '\(part)' is not readable spreadsheet XML",
                         hint: "open the workbook in your spreadsheet program and save it again", at: SourceLocation(file: file))
        }
    }
}
