/// Reads CSV text (RFC 4180) into rows of cells, each cell with its position.
///
/// Spreadsheets export with CRLF line ends and, in much of Europe, semicolons; both are
/// accepted. A header line with no comma but a semicolon or a tab picks that as the
/// delimiter. Like the other readers it reads twice: a first pass counts cells and columns
/// against ``InputLimits`` and builds nothing, and a second builds the rows.
struct CSVReader {
    struct Cell: Sendable {
        let text: String
        let location: SourceLocation
    }

    struct Row: Sendable {
        let cells: [Cell]
        /// Where the row ends, for "this row is missing cells" errors.
        let end: SourceLocation
        var line: Int { end.line }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let limits: InputLimits
    private let building: Bool
    private let delimiter: UInt8
    private var index = 0, line = 1, column = 1
    private var cellCount = 0
    private var rows: [Row] = []

    /// Splits `text` into rows, skipping blank lines.
    ///
    /// - Throws: a ``Diagnostic`` for an unterminated quoted cell, text after a closing quote,
    ///   a row with more cells than the column cap, or a file with more than the cell cap.
    static func read(_ text: String, file: String, limits: InputLimits = .standard) throws(Diagnostic) -> [Row] {
        var text = text
        var result: Result<[Row], Diagnostic> = .success([])
        text.withUTF8 { bytes in
            result = Result { () throws(Diagnostic) -> [Row] in
                var counter = CSVReader(bytes: bytes, file: file, limits: limits, building: false)
                try counter.readRows()
                var builder = CSVReader(bytes: bytes, file: file, limits: limits, building: true)
                try builder.readRows()
                return builder.rows
            }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: InputLimits, building: Bool) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        self.building = building
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        delimiter = firstLine.contains(UInt8(ascii: ",")) ? UInt8(ascii: ",")
            : firstLine.contains(UInt8(ascii: ";")) ? UInt8(ascii: ";")
            : firstLine.contains(0x09) ? 0x09 : UInt8(ascii: ",")
    }

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Moves past one byte on the current line; columns count Unicode scalars.
    private mutating func advance() {
        if bytes[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
    }

    private mutating func readRows() throws(Diagnostic) {
        var cells: [Cell] = []
        var rowCells = 0
        while true {
            let startLine = line, startColumn = column
            var start: SourceLocation { SourceLocation(file: file, line: startLine, column: startColumn) }
            let (text, isEmpty) = try field()
            // A blank line is no row at all, so its one empty cell is not counted.
            let blankLine = rowCells == 0 && isEmpty && current != delimiter
            if !blankLine {
                rowCells += 1
                cellCount += 1
            }
            if rowCells > limits.maxColumns {
                throw .error("line \(grouped(line)) has more than \(grouped(limits.maxColumns)) cells",
                             hint: "placegraph reads up to \(grouped(limits.maxColumns)) columns; check the delimiter "
                                 + "and that this is a place map", at: start)
            }
            if cellCount > limits.maxCells {
                throw .error("the file has more than \(grouped(limits.maxCells)) cells",
                             hint: "an edge list of 100,000 interactions in 6 columns has 600,000; check this is a place map",
                             at: start)
            }
            if building, !blankLine { cells.append(Cell(text: text, location: start)) }
            if current == delimiter {
                advance()
                continue
            }
            if building, !blankLine { rows.append(Row(cells: cells, end: here)) }
            cells = []
            rowCells = 0
            guard let byte = current else { return }
            index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            line += 1
            column = 1
        }
    }

    /// Reads one cell up to the delimiter or the end of its line; quoted cells may span lines.
    private mutating func field() throws(Diagnostic) -> (text: String, isEmpty: Bool) {
        guard current == UInt8(ascii: "\"") else {
            let first = index
            while let byte = current, byte != delimiter, byte != 0x0A, byte != 0x0D { advance() }
            let text = building ? String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<index]), as: UTF8.self) : ""
            return (text, index == first)
        }
        let open = here
        advance()
        var text: [UInt8] = []
        while true {
            guard let byte = current else {
                throw .error("unterminated quoted cell", hint: "close the cell with a double quote", at: open)
            }
            if byte == UInt8(ascii: "\"") {
                advance()
                guard current == UInt8(ascii: "\"") else { break }
                if building { text.append(byte) }
                advance()
                continue
            }
            if building { text.append(byte) }
            if byte == 0x0A {
                index += 1; line += 1; column = 1
            } else {
                advance()
            }
        }
        if let byte = current, byte != delimiter, byte != 0x0A, byte != 0x0D {
            throw .error("unexpected text after a closing quote",
                         hint: "a quote inside a quoted cell is written twice: \"\"", at: here)
        }
        return (String(decoding: text, as: UTF8.self), false)
    }
}
