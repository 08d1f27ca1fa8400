/// Reads JSON text (RFC 8259) into a ``SourceNode`` tree, keeping the position of every value.
///
/// Foundation's `JSONSerialization` reports neither lines nor columns, and a strategy officer
/// fixing a file by hand needs both, so this is a small recursive-descent reader of its own,
/// working on the UTF-8 bytes. Like ``YAMLReader`` it reads twice: a first pass builds
/// nothing and refuses the document at the first value past a cap in ``InputLimits`` (so the
/// recursion never goes deeper than the nesting cap), and a second builds the tree.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let limits: InputLimits
    private let building: Bool
    private(set) var index = 0
    private var line = 1
    private var column = 1
    private var values = 0

    /// Parses one JSON document.
    ///
    /// - Returns: the tree, or `nil` for a document of only white space.
    /// - Throws: a ``Diagnostic`` at the first character that is not valid JSON, or at the
    ///   value that passes a cap.
    static func read(_ text: String, file: String, limits: InputLimits = .standard) throws(Diagnostic) -> SourceNode? {
        var text = text
        var result: Result<SourceNode?, Diagnostic> = .success(nil)
        text.withUTF8 { bytes in
            result = Result { () throws(Diagnostic) -> SourceNode? in
                var counter = JSONReader(bytes: bytes, file: file, limits: limits, building: false)
                _ = try counter.document()
                var builder = JSONReader(bytes: bytes, file: file, limits: limits, building: true)
                return try builder.document()
            }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: InputLimits, building: Bool) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        self.building = building
    }

    private mutating func document() throws(Diagnostic) -> SourceNode? {
        skipWhitespace()
        if atEnd { return nil }
        let node = try value(depth: 0)
        skipWhitespace()
        if !atEnd {
            throw failure("unexpected \(describeCurrent()) after the end of the document",
                          hint: "a JSON file holds one value; remove what follows it")
        }
        return node
    }

    var atEnd: Bool { index >= bytes.count }
    var current: UInt8? { atEnd ? nil : bytes[index] }
    var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    /// The current position, cheaper than ``here`` for values the first pass never keeps.
    var mark: (line: Int, column: Int) { (line, column) }

    func location(_ mark: (line: Int, column: Int)) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Moves past one byte; columns count Unicode scalars, so continuation bytes add none.
    mutating func advance() {
        guard let byte = current else { return }
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte == 0x0D {
            if current != 0x0A { line += 1; column = 1 }
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
    }

    func describeCurrent() -> String {
        guard let byte = current else { return "end of file" }
        if byte < 0x20 || byte == 0x7F { return "control character U+\(String(byte, radix: 16, uppercase: true))" }
        return "'\(currentCharacter())'"
    }

    /// The whole UTF-8 sequence at the current byte, as text.
    func currentCharacter() -> String {
        guard !atEnd else { return "" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
    }

    func failure(_ message: String, hint: String? = nil) -> Diagnostic {
        .error("malformed JSON: \(message)", hint: hint, at: here)
    }

    /// Counts one more value, refusing the document once there are more than the cap.
    private mutating func countValue() throws(Diagnostic) {
        values += 1
        guard values <= limits.maxValues else {
            throw .error("the document has more than \(grouped(limits.maxValues)) values",
                         hint: "a map of 20,000 items and 100,000 interactions has about 1,000,000; check this is a place map",
                         at: here)
        }
    }

    /// Reads one value; the tree is built only on the second pass, so the first returns `nil`.
    private mutating func value(depth: Int) throws(Diagnostic) -> SourceNode? {
        skipWhitespace()
        try countValue()
        let start = mark
        switch current {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < limits.maxDepth else {
                throw .error("nesting is deeper than \(limits.maxDepth) levels",
                             hint: "a place map needs 8 levels; check for lists or objects left open", at: here)
            }
            return current == UInt8(ascii: "{") ? try object(depth: depth + 1) : try array(depth: depth + 1)
        case UInt8(ascii: "\""):
            let text = try string(keeping: building)
            return building ? .scalar(SourceScalar(text: text, isQuoted: true, isNull: false, location: location(start))) : nil
        case let byte? where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte):
            let text = try number(keeping: building)
            return building ? .scalar(SourceScalar(text: text, isQuoted: false, isNull: false, location: location(start))) : nil
        case let byte? where (0x61...0x7A).contains(byte):
            var word = ""
            while let letter = current, (0x61...0x7A).contains(letter) { word.unicodeScalars.append(Unicode.Scalar(letter)); advance() }
            guard ["true", "false", "null"].contains(word) else {
                throw .error("malformed JSON: unexpected word '\(WarningGroup.cut(word))'",
                             hint: "text values need double quotes", at: location(start))
            }
            return building ? .scalar(SourceScalar(text: word == "null" ? "" : word, isQuoted: false,
                                                   isNull: word == "null", location: location(start))) : nil
        case nil:
            throw failure("unexpected end of file", hint: "the document stops before a value is complete")
        default:
            throw failure("unexpected \(describeCurrent())",
                          hint: "expected a value: an object, a list, text in double quotes, a number, true, false or null")
        }
    }

    private mutating func object(depth: Int) throws(Diagnostic) -> SourceNode? {
        let start = mark
        advance()
        var entries: [SourceEntry] = []
        var seen: [String: SourceLocation] = [:]
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return building ? .mapping([], location(start)) : nil }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                throw failure("expected a key in double quotes, found \(describeCurrent())",
                              hint: current == UInt8(ascii: "}") ? "remove the comma before '}'" : "keys are text in double quotes")
            }
            try countValue()
            let keyMark = mark
            let key = try string(keeping: true)
            if building {
                let keyLocation = location(keyMark)
                if let first = seen[key] {
                    throw .error("duplicate key '\(key)' in one object",
                                 hint: "the first is at line \(first.line); each key may appear once", at: keyLocation)
                }
                seen[key] = keyLocation
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw failure("expected ':' after key '\(key)', found \(describeCurrent())") }
            advance()
            if let node = try value(depth: depth) {
                entries.append(SourceEntry(key: key, keyLocation: location(keyMark), value: node))
            }
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "}") { advance(); return building ? .mapping(entries, location(start)) : nil }
            throw failure("expected ',' or '}', found \(describeCurrent())",
                          hint: "separate members with commas and close the object with '}'")
        }
    }

    private mutating func array(depth: Int) throws(Diagnostic) -> SourceNode? {
        let start = mark
        advance()
        var items: [SourceNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return building ? .sequence([], location(start)) : nil }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw failure("unexpected ']'", hint: "remove the comma before ']'") }
            if let node = try value(depth: depth) { items.append(node) }
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "]") { advance(); return building ? .sequence(items, location(start)) : nil }
            throw failure("expected ',' or ']', found \(describeCurrent())",
                          hint: "separate items with commas and close the list with ']'")
        }
    }
}
