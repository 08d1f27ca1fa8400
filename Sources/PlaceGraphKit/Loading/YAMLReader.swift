import Yams

/// Reads YAML text into a ``SourceNode`` tree through Yams (libyaml), keeping positions.
enum YAMLReader {
    /// Parses one YAML document.
    ///
    /// - Returns: the tree, or `nil` for a document with no content.
    /// - Throws: a ``Diagnostic`` located where libyaml gave up.
    static func read(_ text: String, file: String) throws(Diagnostic) -> SourceNode? {
        let root: Node?
        do {
            let parser = try Parser(yaml: text)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file, text: text)
        } catch {
            throw .error("could not read the YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        guard let root else { return nil }
        return convert(root, file: file)
    }

    private static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node, file: String) -> SourceNode {
        let here = location(node.mark, file: file)
        switch node {
        case let .scalar(scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                || scalar.style == .literal || scalar.style == .folded
            return .scalar(SourceScalar(text: scalar.string, isQuoted: quoted,
                                        isNull: !quoted && ["", "~", "null", "Null", "NULL"].contains(scalar.string),
                                        location: here))
        case let .mapping(mapping):
            let entries = mapping.map { pair in
                SourceEntry(key: pair.key.string ?? describe(pair.key),
                            keyLocation: location(pair.key.mark, file: file),
                            value: convert(pair.value, file: file))
            }
            return .mapping(entries, here)
        case let .sequence(sequence):
            return .sequence(sequence.map { convert($0, file: file) }, here)
        case .alias:
            return .scalar(SourceScalar(text: "", isQuoted: false, isNull: true, location: here))
        }
    }

    private static func describe(_ key: Node) -> String {
        switch key {
        case .mapping: "{…}"
        case .sequence: "[…]"
        default: ""
        }
    }

    private static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        let hint = "check the indentation and quoting near this point; text with ': ' or '#' needs quotes"
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "malformed YAML: \(problem)"
            if let context { message += " \(context.text)" }
            return .error(message, hint: hint, at: location(mark, file: file))
        case let .reader(problem, offset, _, _):
            let position = offset.map { TextPosition.of(byteOffset: $0, in: text) } ?? (line: 1, column: 1)
            return .error("unreadable text: \(problem)",
                          hint: "save the file as UTF-8 text",
                          at: SourceLocation(file: file, line: position.line, column: position.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("duplicate key \(keys) in one mapping",
                          hint: "each key may appear once; remove or rename the second",
                          at: location(context.mark, file: file))
        default:
            return .error("could not read the YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}

/// Converts byte offsets to 1-based line and column (columns in characters).
enum TextPosition {
    static func of(byteOffset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1, consumed = 0
        for ch in text {
            let width = ch.utf8.count
            if consumed + width > byteOffset { break }
            consumed += width
            if ch == "\n" || ch == "\r\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
