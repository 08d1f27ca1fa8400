// libyaml's events carry where each value starts and ends, which Yams' tree drops; the editor
// needs both ends to replace a value in place.
internal import CYaml

extension EditNode {
    /// The structure of a YAML document, with positions in `scalars`.
    ///
    /// - Returns: the root node, or `nil` when the text has no document or libyaml cannot read
    ///   it (the loader reports why; the editor only edits maps that load).
    static func yaml(_ scalars: [Unicode.Scalar]) -> EditNode? {
        var text = String(String.UnicodeScalarView(scalars))
        // libyaml skips a byte-order mark without counting it.
        let offset = scalars.first == "\u{FEFF}" ? 1 : 0
        var builder = YAMLTreeBuilder(scalars: scalars, offset: offset)
        let finished: Bool = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return false }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, bytes.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return false }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return true }
                builder.take(event)
            }
        }
        return finished ? builder.root : nil
    }
}

/// Builds ``EditNode``s from libyaml's events.
private struct YAMLTreeBuilder {
    let scalars: [Unicode.Scalar]
    let offset: Int
    var root: EditNode?
    private var stack: [(node: EditNode, pendingKey: (text: String, start: Int, end: Int)?)] = []

    init(scalars: [Unicode.Scalar], offset: Int) {
        self.scalars = scalars
        self.offset = offset
    }

    mutating func take(_ event: yaml_event_t) {
        let start = Int(event.start_mark.index) + offset, end = Int(event.end_mark.index) + offset
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            let isBlock = scalar.style == YAML_LITERAL_SCALAR_STYLE || scalar.style == YAML_FOLDED_SCALAR_STYLE
            var node = EditNode(content: .scalar(text), start: start, end: isBlock ? trimmedEnd(end) : end)
            node.hasProperties = scalar.anchor != nil || scalar.tag != nil
            add(node)
        case YAML_ALIAS_EVENT:
            add(EditNode(content: .scalar(""), start: start, end: end))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            var node = EditNode(content: .mapping([]), start: start, end: end)
            node.isFlow = data.style == YAML_FLOW_MAPPING_STYLE
            node.hasProperties = data.anchor != nil || data.tag != nil
            stack.append((node, nil))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            var node = EditNode(content: .sequence([]), start: start, end: end)
            node.isFlow = data.style == YAML_FLOW_SEQUENCE_STYLE
            node.hasProperties = data.anchor != nil || data.tag != nil
            stack.append((node, nil))
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            guard var (node, _) = stack.popLast() else { return }
            if node.isFlow {
                node.closeStart = start
                node.end = end
            } else {
                let last: EditNode? = switch node.content {
                case let .mapping(entries): entries.last?.value
                case let .sequence(items): items.last
                case .scalar: nil
                }
                node.end = max(node.start, last?.end ?? node.start)
            }
            add(node)
        default:
            break
        }
    }

    /// A block scalar's end before the line breaks and spaces libyaml counts as part of it.
    private func trimmedEnd(_ end: Int) -> Int {
        var end = min(end, scalars.count)
        while end > 0, [" ", "\t", "\n", "\r"].contains(scalars[end - 1]) { end -= 1 }
        return end
    }

    private mutating func add(_ node: EditNode) {
        guard let top = stack.indices.last else {
            root = node
            return
        }
        switch stack[top].node.content {
        case var .sequence(items):
            items.append(node)
            stack[top].node.content = .sequence(items)
        case var .mapping(entries):
            if let key = stack[top].pendingKey {
                entries.append(EditEntry(key: key.text, keyStart: key.start, keyEnd: key.end, value: node))
                stack[top].node.content = .mapping(entries)
                stack[top].pendingKey = nil
            } else {
                stack[top].pendingKey = (node.scalarText ?? "", node.start, node.end)
            }
        case .scalar:
            break
        }
    }
}
