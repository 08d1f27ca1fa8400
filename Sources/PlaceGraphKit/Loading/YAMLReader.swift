/// Reads YAML text into a ``SourceNode`` tree, keeping positions, from libyaml's events.
///
/// It reads twice. The first walk builds nothing: it counts every value, each alias as the
/// values it repeats (known from its anchor, so nothing is expanded), and the nesting, and
/// refuses the file as soon as a cap in ``InputLimits`` is passed, so a 500-byte alias bomb
/// that would expand to a billion values is refused after a few hundred events. The second
/// walk builds the tree, an alias sharing its anchor's nodes.
struct YAMLReader {
    private let file: String
    private let limits: InputLimits
    private let building: Bool
    private var stack: [Frame] = []
    /// Each anchor's latest node (when building), values and height; a later anchor of the same
    /// name shadows an earlier one, as YAML says.
    private var anchors: [String: (node: SourceNode?, values: Int, height: Int)] = [:]
    private var values = 0
    private var documents = 0
    private var root: SourceNode?

    /// Parses one YAML document.
    ///
    /// - Returns: the tree, or `nil` for a document with no content.
    /// - Throws: a ``Diagnostic`` where libyaml gave up, at the value that passed a cap, or at
    ///   a second document, an unknown alias, a duplicate key or a merge key.
    static func read(_ text: String, file: String, limits: InputLimits = .standard) throws(Diagnostic) -> SourceNode? {
        var counter = YAMLReader(file: file, limits: limits, building: false)
        try YAMLEvents.walk(text, file: file, readsText: false) { event throws(Diagnostic) in try counter.take(event) }
        var builder = YAMLReader(file: file, limits: limits, building: true)
        try YAMLEvents.walk(text, file: file) { event throws(Diagnostic) in try builder.take(event) }
        return builder.root
    }

    private init(file: String, limits: InputLimits, building: Bool) {
        self.file = file
        self.limits = limits
        self.building = building
    }

    private mutating func take(_ event: YAMLEvent) throws(Diagnostic) {
        switch event {
        case let .documentStart(line, column):
            documents += 1
            if documents > 1 {
                throw .error("the file holds more than one YAML document",
                             hint: "a map is one document; remove this '---' and what follows, or move it to a file of its own",
                             at: location(line, column))
            }
        case let .scalar(text, anchor, isQuoted, line, column):
            try count(1, height: 0, line: line, column: column, isAlias: false)
            let isNull = !isQuoted && Self.nullWords.contains(text)
            let node = building ? SourceNode.scalar(SourceScalar(text: text, isQuoted: isQuoted, isNull: isNull,
                                                                 location: location(line, column))) : nil
            if let anchor { anchors[anchor] = (node, 1, 0) }
            try add(node, values: 1, height: 0)
        case let .alias(name, line, column):
            let here = location(line, column)
            guard let target = anchors[name] else {
                throw .error("unknown alias '*\(name)'",
                             hint: "an alias names an anchor ('&\(name)') written before it, outside the alias itself", at: here)
            }
            try count(target.values, height: target.height, line: line, column: column, isAlias: true)
            try add(target.node.map { Self.relocated($0, to: here) }, values: target.values, height: target.height)
        case let .sequenceStart(anchor, line, column), let .mappingStart(anchor, line, column):
            let here = location(line, column)
            try count(1, height: 1, line: line, column: column, isAlias: false)
            var isMapping = false
            if case .mappingStart = event { isMapping = true }
            stack.append(Frame(isMapping: isMapping, anchor: anchor, location: here))
        case .collectionEnd:
            guard let frame = stack.popLast() else { return }
            let node: SourceNode? = building
                ? (frame.isMapping ? .mapping(frame.entries, frame.location) : .sequence(frame.items, frame.location)) : nil
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.values, frame.height) }
            try add(node, values: frame.values, height: frame.height)
        }
    }

    /// Counts `added` values (a new value, or all an alias repeats) and checks the nesting they
    /// reach: `height` lists and mappings inside one another (0 for a single value).
    private mutating func count(_ added: Int, height: Int, line: Int, column: Int, isAlias: Bool) throws(Diagnostic) {
        var here: SourceLocation { location(line, column) }
        values += added
        if values > limits.maxValues {
            throw isAlias
                ? .error("aliases expand the document past \(grouped(limits.maxValues)) values",
                         hint: "each alias repeats everything its anchor holds; placegraph reads at most "
                             + "\(grouped(limits.maxValues)) values after aliases are expanded", at: here)
                : .error("the document has more than \(grouped(limits.maxValues)) values",
                         hint: "a map of 20,000 items and 100,000 interactions has about 1,000,000; check this is a place map",
                         at: here)
        }
        if stack.count + height > limits.maxDepth {
            throw .error("nesting is deeper than \(limits.maxDepth) levels",
                         hint: "a place map needs 8 levels; check for lists or mappings left open", at: here)
        }
    }

    /// Puts a finished value into the list or mapping being read, or makes it the root.
    private mutating func add(_ node: SourceNode?, values: Int, height: Int) throws(Diagnostic) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].values += values
        stack[top].height = max(stack[top].height, height + 1)
        guard building, let node else { return }
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].entries.append(SourceEntry(key: key.text, keyLocation: key.location, value: node))
            stack[top].pendingKey = nil
        } else {
            let key = Self.keyText(node)
            if key == "<<", case let .scalar(scalar) = node, !scalar.isQuoted {
                throw .error("merge keys ('<<') are not read",
                             hint: "write the keys out in each mapping; an alias can still stand for one value",
                             at: node.location)
            }
            if let first = stack[top].keys[key] {
                throw .error("duplicate key '\(key)' in one mapping",
                             hint: "the first is at line \(first.line); each key may appear once", at: node.location)
            }
            stack[top].keys[key] = node.location
            stack[top].pendingKey = (key, node.location)
        }
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// A key as text: a scalar's own text, or a stand-in for a list or mapping used as a key.
    private static func keyText(_ node: SourceNode) -> String {
        switch node {
        case let .scalar(scalar): scalar.text
        case .mapping: "{…}"
        case .sequence: "[…]"
        }
    }

    /// An alias's value, placed where the alias is written; what it holds stays shared.
    private static func relocated(_ node: SourceNode, to here: SourceLocation) -> SourceNode {
        switch node {
        case let .scalar(scalar):
            .scalar(SourceScalar(text: scalar.text, isQuoted: scalar.isQuoted, isNull: scalar.isNull, location: here))
        case let .mapping(entries, _): .mapping(entries, here)
        case let .sequence(items, _): .sequence(items, here)
        }
    }

    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// A list or mapping being read.
    private struct Frame {
        let isMapping: Bool
        let anchor: String?
        let location: SourceLocation
        var values = 1
        var height = 1
        var items: [SourceNode] = []
        var entries: [SourceEntry] = []
        var pendingKey: (text: String, location: SourceLocation)?
        var keys: [String: SourceLocation] = [:]
    }
}
