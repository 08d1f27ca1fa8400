// The one file that calls libyaml. Yams bundles it as its CYaml module; Yams' own composer
// expands every alias (and hashes whole subtrees to find duplicate keys) before a caller can
// look, so placegraph walks libyaml's events itself and counts what aliases repeat first.
internal import CYaml

/// One libyaml parse event, with positions made 1-based (columns count Unicode scalars).
enum YAMLEvent {
    case scalar(String, anchor: String?, isQuoted: Bool, line: Int, column: Int)
    case alias(String, line: Int, column: Int)
    case sequenceStart(anchor: String?, line: Int, column: Int)
    case mappingStart(anchor: String?, line: Int, column: Int)
    case collectionEnd
    case documentStart(line: Int, column: Int)
}

/// Walks a YAML text's events through libyaml, which builds nothing, so a document's size can
/// be counted before any of it is expanded.
enum YAMLEvents {
    private static let stringTag = "tag:yaml.org,2002:str"

    /// Calls `body` with each event of `text`, in order, up to the end of the stream.
    ///
    /// - Parameter readsText: whether scalar events carry their text; a walk that only
    ///   counts leaves it empty and allocates nothing per value.
    ///
    /// - Throws: a ``Diagnostic`` where libyaml found the text malformed, or whatever `body`
    ///   throws, which ends the walk.
    static func walk(_ text: String, file: String, readsText: Bool = true,
                     _ body: (YAMLEvent) throws(Diagnostic) -> Void) throws(Diagnostic) {
        var text = text
        var failure: Diagnostic?
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                failure = .error("could not start the YAML reader", at: SourceLocation(file: file, line: 1, column: 1))
                return
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, bytes.count)
            while failure == nil {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    failure = diagnostic(for: parser, file: file, bytes: bytes)
                    return
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return }
                guard let converted = convert(event, readsText: readsText) else { continue }
                do throws(Diagnostic) { try body(converted) } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    private static func convert(_ event: yaml_event_t, readsText: Bool) -> YAMLEvent? {
        let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = readsText
                ? scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                : ""
            let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE && scalar.style != YAML_ANY_SCALAR_STYLE
                || string(scalar.tag) == stringTag
            return .scalar(value, anchor: string(scalar.anchor), isQuoted: quoted, line: line, column: column)
        case YAML_ALIAS_EVENT:
            return .alias(string(event.data.alias.anchor) ?? "", line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: string(event.data.sequence_start.anchor), line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: string(event.data.mapping_start.anchor), line: line, column: column)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return .collectionEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(line: line, column: column)
        default:
            return nil
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// libyaml's error, in the loaders' words, at the position libyaml gave up.
    private static func diagnostic(for parser: yaml_parser_t, file: String,
                                   bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let hint = "check the indentation and quoting near this point; text with ': ' or '#' needs quotes"
        switch parser.error {
        case YAML_READER_ERROR:
            let position = TextPosition.of(byteOffset: parser.problem_offset, in: bytes)
            return .error("unreadable text: \(problem)", hint: "save the file as UTF-8 text",
                          at: SourceLocation(file: file, line: position.line, column: position.column))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let here = SourceLocation(file: file, line: Int(parser.problem_mark.line) + 1,
                                      column: Int(parser.problem_mark.column) + 1)
            // libyaml's scanner has a nesting cap of its own (1,000 levels), met before the
            // reader's when brackets are left open.
            if problem.hasPrefix("Maximum nesting level") {
                return .error("nesting is deeper than 1,000 levels",
                              hint: "a place map needs 8 levels; check for lists or mappings left open", at: here)
            }
            var message = "malformed YAML: \(problem)"
            if let context = parser.context { message += " \(String(cString: context))" }
            return .error(message, hint: hint, at: here)
        default:
            return .error("could not read the YAML: \(problem)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}

/// Converts byte offsets to 1-based line and column (columns in Unicode scalars).
enum TextPosition {
    static func of(byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(byteOffset) {
            if byte == 0x0A {
                line += 1; column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
