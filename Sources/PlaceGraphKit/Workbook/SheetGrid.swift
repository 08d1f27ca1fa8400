/// One sheet of a workbook as rows of non-empty cells, each with its value as text and the
/// cell it came from.
struct SheetGrid {
    let name: String
    /// Rows in order, each with at least one non-empty cell.
    let rows: [SheetRow]
}

struct SheetRow {
    /// The 1-based row number.
    let number: Int
    /// Non-empty cells, by column.
    let cells: [SheetCell]

    func cell(_ column: Int) -> SheetCell? { cells.first { $0.column == column } }
}

struct SheetCell {
    /// What the cell held, which decides how some columns read it.
    enum Kind: Equatable {
        case text
        /// A number as Excel stored it; in a date column it is a serial date.
        case number(Double)
        case boolean
    }

    /// The 1-based column number.
    let column: Int
    /// The value as text: numbers in their shortest form, booleans `true` or `false`.
    let text: String
    let kind: Kind
    let location: SourceLocation

    /// The same value in another cell, for a merged range.
    func moved(to location: SourceLocation) -> SheetCell {
        SheetCell(column: location.column, text: text, kind: kind, location: location)
    }
}

/// Cell references such as `C14`.
enum CellReference {
    /// The 1-based column and row of a reference, or `nil` when it is not one.
    static func parse(_ reference: String) -> (column: Int, row: Int)? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }
        let digits = reference.dropFirst(letters.count)
        guard (1...3).contains(letters.count), (1...7).contains(digits.count),
              digits.allSatisfy({ $0.isASCII && $0.isNumber }), let row = Int(digits), row >= 1 else { return nil }
        var column = 0
        for scalar in letters.uppercased().unicodeScalars { column = column * 26 + Int(scalar.value) - 64 }
        return (column, row)
    }
}

/// Excel's escape for characters XML cannot carry, `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19).
enum ExcelText {
    /// Replaces each `_xHHHH_` with the character it stands for.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = "", rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let tail = rest[start.upperBound...]
            let hex = tail.prefix(4)
            if hex.count == 4, tail.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                rest = tail.dropFirst(5)
            } else {
                result += "_x"
                rest = tail
            }
        }
        return result + rest
    }

    /// Escapes what XML 1.0 cannot hold (control characters other than tab, line feed and
    /// carriage return; U+FFFE and U+FFFF) as `_xHHHH_`, and a literal `_x` that would read as
    /// such an escape as `_x005F_x`.
    static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            let illegal = (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D)
                || value == 0xFFFE || value == 0xFFFF
            let looksEscaped = scalar == "_" && index + 6 < scalars.count && scalars[index + 1] == "x"
                && scalars[index + 6] == "_" && scalars[(index + 2)...(index + 5)].allSatisfy(\.properties.isASCIIHexDigit)
            if illegal || looksEscaped {
                let hex = String(value, radix: 16, uppercase: true)
                result.append(contentsOf: "_x\(String(repeating: "0", count: 4 - hex.count))\(hex)_".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
