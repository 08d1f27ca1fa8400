/// A position in an input file: 1-based line and column, columns counted in characters; or,
/// in a workbook, a cell of a sheet (the row is the line, the column number the column); or,
/// in a published JSON file such as an OCDS package, a JSON pointer (RFC 6901) with the line
/// and column it is written at.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    /// The workbook sheet the position is in; `nil` for a text file.
    public let sheet: String?
    /// The JSON pointer of the value, `/releases/3/awards/0`, when the file's structure names
    /// it better than its line does.
    public let pointer: String?
    /// The line, or the row of a sheet; 0 for the whole file or sheet.
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.init(file: file, sheet: nil, line: line, column: column)
    }

    /// A cell of a workbook sheet, or the whole sheet when `row` is 0.
    public init(file: String, sheet: String, row: Int = 0, column: Int = 0) {
        self.init(file: file, sheet: sheet as String?, line: row, column: column)
    }

    /// The whole file, for problems that belong to no line, such as a workbook that is not a zip.
    public init(file: String) {
        self.init(file: file, sheet: nil, line: 0, column: 0)
    }

    /// A value of a JSON file named by its pointer, written at `line` and `column`.
    public init(file: String, pointer: String, line: Int, column: Int) {
        self.init(file: file, sheet: nil, line: line, column: column, pointer: pointer)
    }

    private init(file: String, sheet: String?, line: Int, column: Int, pointer: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.pointer = pointer
    }

    /// `file:line:column`, the form editors and terminals turn into links; in a workbook
    /// `file: Sheet!C14`, the form spreadsheets use for a cell; in a published JSON file
    /// `file: /releases/3/awards/0`.
    public var description: String {
        if let pointer { return "\(file): \(pointer.isEmpty ? "/" : pointer)" }
        guard let sheet else { return line > 0 ? "\(file):\(line):\(column)" : file }
        return "\(file): \(Self.cellReference(sheet: sheet, row: line, column: column))"
    }

    /// Where in its file the position is, for hints that point back to it: `line 12`, in a
    /// workbook `Services!A3`, in a published JSON file its pointer.
    public var place: String {
        if let pointer { return pointer.isEmpty ? "/" : pointer }
        guard let sheet else { return "line \(line)" }
        return Self.cellReference(sheet: sheet, row: line, column: column)
    }

    /// `Sheet!C14`, with the sheet name quoted when it holds more than letters and digits; the
    /// sheet alone for row 0.
    static func cellReference(sheet: String, row: Int, column: Int) -> String {
        let name = sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        guard row > 0 else { return name }
        return "\(name)!\(columnLetters(max(1, column)))\(row)"
    }

    /// The spreadsheet name of a 1-based column number: 1 → `A`, 26 → `Z`, 27 → `AA`.
    public static func columnLetters(_ number: Int) -> String {
        var number = number, letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.file, rhs.sheet ?? "", rhs.line, rhs.column)
    }
}
