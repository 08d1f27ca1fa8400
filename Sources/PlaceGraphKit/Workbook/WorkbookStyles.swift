/// The workbook's styles part: the fonts, fills and cell formats that
/// ``WorksheetWriter/Style`` numbers.
enum WorkbookStyles {
    /// `cellXfs` 0 is plain, 1 the bold header on a pale blue fill, 2 a date shown as
    /// `yyyy-mm-dd` (custom number format 164, the first id free for custom formats).
    static let xml: String = {
        var xml = XMLMarkup()
        xml.element("styleSheet", ["xmlns": Namespace.main]) { xml in
            xml.element("numFmts", ["count": "1"]) { $0.empty("numFmt", ["numFmtId": "164", "formatCode": "yyyy-mm-dd"]) }
            xml.element("fonts", ["count": "2"]) { xml in
                for bold in [false, true] {
                    xml.element("font") { xml in
                        if bold { xml.empty("b") }
                        xml.empty("sz", ["val": "11"])
                        xml.empty("name", ["val": "Calibri"])
                        xml.empty("family", ["val": "2"])
                    }
                }
            }
            xml.element("fills", ["count": "3"]) { xml in
                xml.element("fill") { $0.empty("patternFill", ["patternType": "none"]) }
                xml.element("fill") { $0.empty("patternFill", ["patternType": "gray125"]) }
                xml.element("fill") { xml in
                    xml.element("patternFill", ["patternType": "solid"]) { xml in
                        xml.empty("fgColor", ["rgb": "FFDDEBF7"])
                        xml.empty("bgColor", ["indexed": "64"])
                    }
                }
            }
            xml.element("borders", ["count": "1"]) { xml in
                xml.element("border") { xml in
                    for side: StaticString in ["left", "right", "top", "bottom", "diagonal"] { xml.empty(side) }
                }
            }
            xml.element("cellStyleXfs", ["count": "1"]) {
                $0.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
            }
            xml.element("cellXfs", ["count": "3"]) { xml in
                xml.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"])
                xml.empty("xf", ["numFmtId": "0", "fontId": "1", "fillId": "2", "borderId": "0", "xfId": "0",
                                 "applyFont": "1", "applyFill": "1"])
                xml.empty("xf", ["numFmtId": "164", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0",
                                 "applyNumberFormat": "1"])
            }
            xml.element("cellStyles", ["count": "1"]) {
                $0.empty("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
            }
        }
        return xml.text
    }()
}
