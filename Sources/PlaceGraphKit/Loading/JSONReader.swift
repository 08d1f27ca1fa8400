/// Reads JSON text (RFC 8259) into a ``SourceNode`` tree, keeping the position of every value.
///
/// Foundation's `JSONSerialization` reports neither lines nor columns, and a strategy officer
/// fixing a file by hand needs both, so this is a small recursive-descent reader of its own.
struct JSONReader {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    /// Nesting deeper than this is refused rather than risk the stack.
    private static let maxDepth = 256

    /// Parses one JSON document.
    ///
    /// - Returns: the tree, or `nil` for a document of only white space.
    /// - Throws: a ``Diagnostic`` at the first character that is not valid JSON.
    static func read(_ text: String, file: String) throws(Diagnostic) -> SourceNode? {
        var reader = JSONReader(scalars: Array(text.unicodeScalars), file: file)
        reader.skipWhitespace()
        if reader.atEnd { return nil }
        let node = try reader.value(depth: 0)
        reader.skipWhitespace()
        if !reader.atEnd {
            throw reader.failure("unexpected \(reader.describeCurrent()) after the end of the document",
                                 hint: "a JSON file holds one value; remove what follows it")
        }
        return node
    }

    private init(scalars: [Unicode.Scalar], file: String) {
        self.scalars = scalars
        self.file = file
    }

    private var atEnd: Bool { index >= scalars.count }
    private var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }
    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private mutating func advance() {
        guard let scalar = current else { return }
        index += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else if scalar == "\r" {
            if current != "\n" { line += 1; column = 1 }
        } else {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            advance()
        }
    }

    private func describeCurrent() -> String {
        guard let scalar = current else { return "end of file" }
        if scalar.value < 0x20 || scalar.value == 0x7F { return "control character U+\(String(scalar.value, radix: 16, uppercase: true))" }
        return "'\(Character(scalar))'"
    }

    private func failure(_ message: String, hint: String? = nil) -> Diagnostic {
        .error("malformed JSON: \(message)", hint: hint, at: here)
    }

    private mutating func value(depth: Int) throws(Diagnostic) -> SourceNode {
        guard depth < JSONReader.maxDepth else { throw failure("nesting is deeper than \(JSONReader.maxDepth) levels") }
        skipWhitespace()
        let start = here
        switch current {
        case "{": return try object(depth: depth)
        case "[": return try array(depth: depth)
        case "\"":
            let text = try string()
            return .scalar(SourceScalar(text: text, isQuoted: true, isNull: false, location: start))
        case let scalar? where scalar == "-" || ("0"..."9").contains(scalar):
            return .scalar(SourceScalar(text: try number(), isQuoted: false, isNull: false, location: start))
        case let scalar? where ("a"..."z").contains(scalar):
            var word = ""
            while let letter = current, ("a"..."z").contains(letter) { word.unicodeScalars.append(letter); advance() }
            guard ["true", "false", "null"].contains(word) else {
                throw .error("malformed JSON: unexpected word '\(word)'",
                             hint: "text values need double quotes", at: start)
            }
            return .scalar(SourceScalar(text: word == "null" ? "" : word, isQuoted: false,
                                        isNull: word == "null", location: start))
        case nil:
            throw failure("unexpected end of file", hint: "the document stops before a value is complete")
        default:
            throw failure("unexpected \(describeCurrent())", hint: "expected a value: an object, a list, text in double quotes, a number, true, false or null")
        }
    }

    private mutating func object(depth: Int) throws(Diagnostic) -> SourceNode {
        let start = here
        advance()
        var entries: [SourceEntry] = []
        var seen: [String: SourceLocation] = [:]
        skipWhitespace()
        if current == "}" { advance(); return .mapping([], start) }
        while true {
            skipWhitespace()
            guard current == "\"" else {
                throw failure("expected a key in double quotes, found \(describeCurrent())",
                              hint: current == "}" ? "remove the comma before '}'" : "keys are text in double quotes")
            }
            let keyLocation = here
            let key = try string()
            if let first = seen[key] {
                throw .error("duplicate key '\(key)' in one object",
                             hint: "the first is at line \(first.line); each key may appear once",
                             at: keyLocation)
            }
            seen[key] = keyLocation
            skipWhitespace()
            guard current == ":" else { throw failure("expected ':' after key '\(key)', found \(describeCurrent())") }
            advance()
            let node = try value(depth: depth + 1)
            entries.append(SourceEntry(key: key, keyLocation: keyLocation, value: node))
            skipWhitespace()
            if current == "," { advance(); continue }
            if current == "}" { advance(); return .mapping(entries, start) }
            throw failure("expected ',' or '}', found \(describeCurrent())",
                          hint: "separate members with commas and close the object with '}'")
        }
    }

    private mutating func array(depth: Int) throws(Diagnostic) -> SourceNode {
        let start = here
        advance()
        var items: [SourceNode] = []
        skipWhitespace()
        if current == "]" { advance(); return .sequence([], start) }
        while true {
            skipWhitespace()
            if current == "]" { throw failure("unexpected ']'", hint: "remove the comma before ']'") }
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            if current == "," { advance(); continue }
            if current == "]" { advance(); return .sequence(items, start) }
            throw failure("expected ',' or ']', found \(describeCurrent())",
                          hint: "separate items with commas and close the list with ']'")
        }
    }

    private mutating func string() throws(Diagnostic) -> String {
        let start = here
        advance()
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = current else {
                throw .error("malformed JSON: unterminated text", hint: "close it with a double quote", at: start)
            }
            if scalar == "\"" { advance(); return String(text) }
            if scalar.value < 0x20 {
                throw failure("\(describeCurrent()) inside text", hint: "write a line break as \\n and a tab as \\t")
            }
            if scalar == "\\" {
                advance()
                guard let escape = current else { continue }
                let mapped: Unicode.Scalar?
                switch escape {
                case "\"": mapped = "\""
                case "\\": mapped = "\\"
                case "/": mapped = "/"
                case "b": mapped = "\u{08}"
                case "f": mapped = "\u{0C}"
                case "n": mapped = "\n"
                case "r": mapped = "\r"
                case "t": mapped = "\t"
                case "u": mapped = nil
                default: throw failure("unknown escape '\\\(Character(escape))'", hint: "a backslash in text is written \\\\")
                }
                if let mapped { text.append(mapped); advance(); continue }
                advance()
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code), current == "\\" {
                    advance()
                    guard current == "u" else { throw failure("expected a low surrogate '\\u' escape") }
                    advance()
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure("invalid surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                text.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                continue
            }
            text.append(scalar)
            advance()
        }
    }

    private mutating func hex4() throws(Diagnostic) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = current, let digit = Int(String(Character(scalar)), radix: 16) else {
                throw failure("expected four hex digits after '\\u'")
            }
            code = code * 16 + UInt32(digit)
            advance()
        }
        return code
    }

    private mutating func number() throws(Diagnostic) -> String {
        var text = ""
        while let scalar = current, scalar == "-" || scalar == "+" || scalar == "." || scalar == "e" || scalar == "E"
            || ("0"..."9").contains(scalar) {
            text.unicodeScalars.append(scalar)
            advance()
        }
        guard Double(text) != nil, !text.hasPrefix("+") else { throw failure("malformed number '\(text)'") }
        return text
    }
}
