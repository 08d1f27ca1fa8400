/// One sheet to write: its columns, rows of values and data validations.
struct SheetSpec {
    /// A value to put in a cell.
    enum Value {
        case text(String)
        case number(Double)
        case date(CalendarDate)
        case boolean(Bool)
        /// A formula shared by a whole column range (group `group`), with the value it gives here.
        case sharedFormula(String, range: String, group: Int, cached: String)
        /// A later cell of a shared formula's range.
        case sharedFormulaCopy(group: Int, cached: String)
    }

    /// Excel data validation on a range (ECMA-376 Part 1, §18.3.1.32).
    struct Validation {
        let type: StaticString
        let range: String
        let formula1: String
        var formula2: String?
        var operatorName: String?
        /// `warning` lets a person keep a value after the message; the default stops it.
        var warnOnly = false
        let title: String
        let message: String
    }

    let name: String
    let columns: [(header: String, width: Double, isDate: Bool)]
    let rows: [[Value?]]
    var validations: [Validation] = []
    var hidden = false
}

/// Writes a ``SheetSpec`` as SpreadsheetML: a bold, frozen header row, column widths, cells
/// (dates as serial numbers in the `yyyy-mm-dd` style) and validations.
enum WorksheetWriter {
    /// Cell styles, the order of `cellXfs` in the styles part.
    enum Style: Int { case normal = 0, header = 1, date = 2 }

    static func xml(_ sheet: SheetSpec, selected: Bool) -> String {
        var xml = XMLMarkup()
        xml.element("worksheet", ["xmlns": Namespace.main, "xmlns:r": Namespace.relationships]) { xml in
            let lastColumn = SourceLocation.columnLetters(max(1, sheet.columns.count))
            xml.empty("dimension", ["ref": "A1:\(lastColumn)\(sheet.rows.count + 1)"])
            xml.element("sheetViews") { xml in
                xml.element("sheetView", selected ? ["tabSelected": "1", "workbookViewId": "0"] : ["workbookViewId": "0"]) { xml in
                    xml.empty("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
                    xml.empty("selection", ["pane": "bottomLeft", "activeCell": "A2", "sqref": "A2"])
                }
            }
            xml.empty("sheetFormatPr", ["defaultRowHeight": "15"])
            xml.element("cols") { xml in
                for (index, column) in sheet.columns.enumerated() {
                    let number = String(index + 1)
                    xml.empty("col", column.isDate
                        ? ["min": number, "max": number, "width": format(column.width), "style": "2", "customWidth": "1"]
                        : ["min": number, "max": number, "width": format(column.width), "customWidth": "1"])
                }
            }
            xml.element("sheetData") { xml in
                xml.element("row", ["r": "1"]) { xml in
                    for (index, column) in sheet.columns.enumerated() {
                        cell(.text(column.header), column: index + 1, row: 1, style: .header, into: &xml)
                    }
                }
                for (offset, values) in sheet.rows.enumerated() {
                    let row = offset + 2
                    xml.element("row", ["r": String(row)]) { xml in
                        for (index, value) in values.enumerated() {
                            guard let value else { continue }
                            cell(value, column: index + 1, row: row, style: .normal, into: &xml)
                        }
                    }
                }
            }
            if !sheet.validations.isEmpty {
                xml.element("dataValidations", ["count": String(sheet.validations.count)]) { xml in
                    for validation in sheet.validations { write(validation, into: &xml) }
                }
            }
            xml.empty("pageMargins", ["left": "0.7", "right": "0.7", "top": "0.75", "bottom": "0.75",
                                      "header": "0.3", "footer": "0.3"])
        }
        return xml.text
    }

    private static func cell(_ value: SheetSpec.Value, column: Int, row: Int, style: Style, into xml: inout XMLMarkup) {
        let reference = SourceLocation.columnLetters(column) + String(row)
        let styleText = String(style.rawValue)
        switch value {
        case let .text(text):
            xml.element("c", ["r": reference, "s": styleText, "t": "inlineStr"]) { xml in
                xml.element("is") { $0.element("t", ["xml:space": "preserve"], text: ExcelText.escaped(text)) }
            }
        case let .number(number):
            xml.element("c", ["r": reference, "s": styleText]) { $0.element("v", text: format(number)) }
        case let .date(date):
            guard let serial = ExcelDate.serial(of: date) else {
                cell(.text(date.description), column: column, row: row, style: style, into: &xml)
                return
            }
            xml.element("c", ["r": reference, "s": String(Style.date.rawValue)]) { $0.element("v", text: String(serial)) }
        case let .boolean(flag):
            xml.element("c", ["r": reference, "s": styleText, "t": "b"]) { $0.element("v", text: flag ? "1" : "0") }
        case let .sharedFormula(formula, range, group, cached):
            xml.element("c", ["r": reference, "s": styleText, "t": "str"]) { xml in
                xml.element("f", ["t": "shared", "ref": range, "si": String(group)], text: formula)
                xml.element("v", text: ExcelText.escaped(cached))
            }
        case let .sharedFormulaCopy(group, cached):
            xml.element("c", ["r": reference, "s": styleText, "t": "str"]) { xml in
                xml.empty("f", ["t": "shared", "si": String(group)])
                xml.element("v", text: ExcelText.escaped(cached))
            }
        }
    }

    private static func write(_ validation: SheetSpec.Validation, into xml: inout XMLMarkup) {
        var attributes: [(StaticString, String)] = [("type", "\(validation.type)")]
        if validation.warnOnly { attributes.append(("errorStyle", "warning")) }
        if let name = validation.operatorName { attributes.append(("operator", name)) }
        attributes += [("allowBlank", "1"), ("showInputMessage", "1"), ("showErrorMessage", "1"),
                       ("errorTitle", validation.title), ("error", validation.message),
                       ("promptTitle", validation.title), ("prompt", validation.message), ("sqref", validation.range)]
        xml.element("dataValidation", XMLMarkup.Attributes(attributes)) { xml in
            xml.element("formula1", text: validation.formula1)
            if let formula2 = validation.formula2 { xml.element("formula2", text: formula2) }
        }
    }

    /// A number as SpreadsheetML writes it: whole numbers without a decimal point, others in
    /// the shortest form that reads back the same.
    static func format(_ number: Double) -> String { SheetGridReader.shortest(number) }
}
