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
            let lines = YAMLLineStarts(bytes)
            while failure == nil {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    failure = diagnostic(for: parser, file: file, bytes: bytes, lines: lines)
                    return
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return }
                guard let converted = convert(event, readsText: readsText, lines: lines) else { continue }
                do throws(Diagnostic) { try body(converted) } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    private static func convert(_ event: yaml_event_t, readsText: Bool, lines: YAMLLineStarts?) -> YAMLEvent? {
        let (line, column) = position(event.start_mark, lines)
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

    /// A libyaml mark as 1-based line and column, lines counted at line feeds only.
    private static func position(_ mark: yaml_mark_t, _ lines: YAMLLineStarts?) -> (line: Int, column: Int) {
        lines?.position(ofScalar: Int(mark.index)) ?? (Int(mark.line) + 1, Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// libyaml's error, in the loaders' words, at the position libyaml gave up.
    private static func diagnostic(for parser: yaml_parser_t, file: String,
                                   bytes: UnsafeBufferPointer<UInt8>, lines: YAMLLineStarts?) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let hint = "check the indentation and quoting near this point; text with ': ' or '#' needs quotes"
        switch parser.error {
        case YAML_READER_ERROR:
            let position = TextPosition.of(byteOffset: parser.problem_offset, in: bytes)
            return .error("unreadable text: \(problem)", hint: "save the file as UTF-8 text",
                          at: SourceLocation(file: file, line: position.line, column: position.column))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let (line, column) = position(parser.problem_mark, lines)
            let here = SourceLocation(file: file, line: line, column: column)
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

/// Where each line starts, for a YAML text that holds the line breaks YAML knows but the rest
/// of placegraph does not (NEL, LS and PS): libyaml counts lines at those too, so its marks
/// are turned back into lines counted at line feeds, from its count of characters.
struct YAMLLineStarts {
    /// The index, in Unicode scalars, of the first scalar of each line.
    private let starts: [Int]

    /// `nil` when the text holds none of those breaks, so libyaml's lines stand as they are.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hasOtherBreaks = false
        for index in bytes.indices where bytes[index] == 0x85 || bytes[index] == 0xA8 || bytes[index] == 0xA9 {
            let previous = index > 0 ? bytes[index - 1] : 0
            if (bytes[index] == 0x85 && previous == 0xC2) || (previous == 0x80 && index > 1 && bytes[index - 2] == 0xE2) {
                hasOtherBreaks = true
                break
            }
        }
        guard hasOtherBreaks else { return nil }
        var starts = [0], scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            scalars += 1
            if byte == 0x0A { starts.append(scalars) }
        }
        self.starts = starts
    }

    func position(ofScalar index: Int) -> (line: Int, column: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low + 1, index - starts[low] + 1)
    }
}
