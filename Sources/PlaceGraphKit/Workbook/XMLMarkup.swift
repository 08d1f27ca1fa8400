/// XML text built element by element, escaped by construction: element and attribute names
/// are `StaticString`s, so no text from a map can become one, and every attribute value and
/// text is escaped on the way in.
struct XMLMarkup {
    private(set) var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// Attributes in the order written, their names fixed in the code.
    struct Attributes: ExpressibleByDictionaryLiteral {
        let pairs: [(name: StaticString, value: String)]

        init(dictionaryLiteral elements: (StaticString, String)...) { pairs = elements.map { ($0.0, $0.1) } }
        init(_ pairs: [(StaticString, String)]) { self.pairs = pairs.map { ($0.0, $0.1) } }
    }

    /// An element with content.
    mutating func element(_ name: StaticString, _ attributes: Attributes = [:], content: (inout XMLMarkup) -> Void) {
        open(name, attributes)
        text += ">"
        content(&self)
        text += "</\(name)>"
    }

    /// An element holding only text.
    mutating func element(_ name: StaticString, _ attributes: Attributes = [:], text value: String) {
        element(name, attributes) { $0.characters(value) }
    }

    /// An empty element, `<name …/>`.
    mutating func empty(_ name: StaticString, _ attributes: Attributes = [:]) {
        open(name, attributes)
        text += "/>"
    }

    /// A line break and `indent` spaces between elements, for XML a person may read.
    mutating func lineBreak(indent: Int) {
        text += "\n" + String(repeating: " ", count: indent)
    }

    /// Character data, escaped. Carriage returns are written as references so a parser does
    /// not turn them into line feeds; characters XML 1.0 cannot hold at all become U+FFFD
    /// (cell text escapes them first, see ``ExcelText/escaped(_:)``).
    mutating func characters(_ value: String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case _ where Self.isIllegal(scalar): text += "\u{FFFD}"
            case "&": text += "&amp;"
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            case "\r": text += "&#13;"
            default: text.unicodeScalars.append(scalar)
            }
        }
    }

    private mutating func open(_ name: StaticString, _ attributes: Attributes) {
        text += "<\(name)"
        for (key, value) in attributes.pairs {
            text += " \(key)=\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case _ where Self.isIllegal(scalar): text += "\u{FFFD}"
                case "&": text += "&amp;"
                case "<": text += "&lt;"
                case ">": text += "&gt;"
                case "\"": text += "&quot;"
                // Attribute values have their white space normalised unless it is a reference.
                case "\n": text += "&#10;"
                case "\r": text += "&#13;"
                case "\t": text += "&#9;"
                default: text.unicodeScalars.append(scalar)
                }
            }
            text += "\""
        }
    }

    /// True for the characters XML 1.0 forbids: controls other than tab, line feed and carriage
    /// return, and U+FFFE and U+FFFF.
    static func isIllegal(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF
    }
}
