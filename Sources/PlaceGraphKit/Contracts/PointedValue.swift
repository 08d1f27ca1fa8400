/// A value of a parsed JSON document with its JSON pointer (RFC 6901), so a reader of
/// published data can say where a problem is in the file's own terms: `/releases/3/awards/0`.
struct PointedValue {
    let node: SourceNode
    let pointer: String
    let file: String

    init(root: SourceNode, file: String) {
        self.init(node: root, pointer: "", file: file)
    }

    private init(node: SourceNode, pointer: String, file: String) {
        self.node = node
        self.pointer = pointer
        self.file = file
    }

    /// The pointer, with the line and column the value is written at for quoting.
    var location: SourceLocation {
        SourceLocation(file: file, pointer: pointer, line: node.location.line, column: node.location.column)
    }

    /// The member called `key` of an object; `nil` when there is none or it is `null`.
    subscript(key: String) -> PointedValue? {
        guard case let .mapping(entries, _) = node, let entry = entries.last(where: { $0.key == key }) else { return nil }
        if case let .scalar(scalar) = entry.value, scalar.isNull { return nil }
        let escaped = key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        return PointedValue(node: entry.value, pointer: pointer + "/" + escaped, file: file)
    }

    /// The elements of an array, or `nil` for anything else.
    var items: [PointedValue]? {
        guard case let .sequence(items, _) = node else { return nil }
        return items.enumerated().map { PointedValue(node: $1, pointer: pointer + "/\($0)", file: file) }
    }

    var isObject: Bool {
        if case .mapping = node { return true }
        return false
    }

    /// The text of a JSON string.
    var string: String? {
        guard case let .scalar(scalar) = node, scalar.isQuoted else { return nil }
        return scalar.text
    }

    /// The value of a JSON number.
    var number: Double? {
        guard case let .scalar(scalar) = node, !scalar.isQuoted, !scalar.isNull,
              scalar.text != "true", scalar.text != "false" else { return nil }
        return Double(scalar.text)
    }

    /// What the value is, for "expected …, found …" messages.
    var kind: String {
        switch node {
        case .mapping: "an object"
        case .sequence: "an array"
        case let .scalar(scalar) where scalar.isQuoted: "a string"
        case let .scalar(scalar) where scalar.text == "true" || scalar.text == "false": "a boolean"
        case let .scalar(scalar) where scalar.isNull: "null"
        case .scalar: "a number"
        }
    }
}
