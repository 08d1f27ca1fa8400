/// Reads CSV text (RFC 4180) into rows of cells, each cell with its position.
///
/// Spreadsheets export with a byte-order mark, CRLF line ends and, in much of Europe,
/// semicolons; all three are accepted. A header line with no comma but a semicolon or a tab
/// picks that as the delimiter.
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

    /// Splits `text` into rows, skipping blank lines.
    ///
    /// - Throws: a ``Diagnostic`` for an unterminated quoted cell or text after a closing quote.
    static func read(_ text: String, file: String) throws(Diagnostic) -> [Row] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let delimiter = detectDelimiter(scalars)
        var rows: [Row] = []
        var cells: [Cell] = []
        var field = String.UnicodeScalarView()
        var fieldStart = SourceLocation(file: file, line: 1, column: 1)
        var line = 1, column = 1, index = 0
        var rowHasContent = false

        func location() -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

        while index <= scalars.count {
            let scalar: Unicode.Scalar? = index < scalars.count ? scalars[index] : nil
            if scalar == "\"" && field.isEmpty {
                // A quoted cell: read to the closing quote, which may span lines.
                let open = location()
                index += 1; column += 1
                var closed = false
                while index < scalars.count {
                    let inner = scalars[index]
                    if inner == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            field.append("\""); index += 2; column += 2; continue
                        }
                        index += 1; column += 1; closed = true
                        break
                    }
                    field.append(inner)
                    index += 1
                    if inner == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                guard closed else {
                    throw .error("unterminated quoted cell", hint: "close the cell with a double quote", at: open)
                }
                rowHasContent = true
                if index < scalars.count, scalars[index] != delimiter, scalars[index] != "\n", scalars[index] != "\r" {
                    throw .error("unexpected text after a closing quote",
                                 hint: "a quote inside a quoted cell is written twice: \"\"", at: location())
                }
                continue
            }
            if scalar == nil || scalar == delimiter || scalar == "\n" || scalar == "\r" {
                cells.append(Cell(text: String(field), location: fieldStart))
                if !field.isEmpty { rowHasContent = true }
                field = String.UnicodeScalarView()
                if scalar == delimiter {
                    index += 1; column += 1
                    fieldStart = location()
                    continue
                }
                let end = location()
                if rowHasContent || cells.count > 1 { rows.append(Row(cells: cells, end: end)) }
                cells = []
                rowHasContent = false
                if scalar == nil { break }
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                index += 1
                line += 1; column = 1
                fieldStart = location()
                continue
            }
            field.append(scalar!)
            index += 1; column += 1
        }
        return rows
    }

    private static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        let firstLine = scalars.prefix { $0 != "\n" && $0 != "\r" }
        if firstLine.contains(",") { return "," }
        if firstLine.contains(";") { return ";" }
        if firstLine.contains("\t") { return "\t" }
        return ","
    }
}
