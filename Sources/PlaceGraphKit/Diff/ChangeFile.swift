/// Reads a change file for `placegraph whatif --changes`: a YAML list of the changes to try,
/// each a mapping with one key, applied in order.
///
/// ```yaml
/// changes:
///   - drop: leaf-blower-clearance
///   - retire: fortnightly-cut
///   - drop-interaction: {from: cctv-coverage, to: dark-corridor-bats}
///   - set: {from: fortnightly-cut, to: pollinator-corridor, effect: constraining,
///           because: Cut every six weeks instead, confidence: low}
/// ```
///
/// Every problem is a located ``Diagnostic``; each change keeps its location, so a change
/// that names an unknown id is reported where it is written.
public enum ChangeFile {
    /// The operations, as written.
    public static let operations = ["drop", "retire", "drop-interaction", "set"]

    /// The changes in `text`, or every problem found in it.
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: the name diagnostics use.
    public static func read(text: String, file: String) -> (changes: [MapChange], diagnostics: [Diagnostic]) {
        let root: SourceNode?
        do { root = try YAMLReader.read(text, file: file) } catch { return ([], [error]) }
        guard case let .mapping(entries, _)? = root, let list = entries.first(where: { $0.key == "changes" }) else {
            return ([], [.error("a change file needs a 'changes' list", hint: "write 'changes:' and one '- drop: ID', "
                                + "'- retire: ID', '- drop-interaction: {from: A, to: B}' or '- set: {from: A, to: B, effect: E}' a line",
                                at: root?.location ?? SourceLocation(file: file, line: 1, column: 1))])
        }
        var reader = Reader()
        for entry in entries where entry.key != "changes" {
            reader.fail("unknown key '\(entry.key)'", hint: "a change file has one key, 'changes'", at: entry.keyLocation)
        }
        guard case let .sequence(items, _) = list.value else {
            reader.fail("'changes' must be a list, not \(list.value.kindDescription)", at: list.value.location)
            return ([], reader.diagnostics)
        }
        let changes = items.compactMap { reader.change($0) }
        return (reader.diagnostics.isEmpty ? changes : [], reader.diagnostics)
    }

    private struct Reader {
        var diagnostics: [Diagnostic] = []

        mutating func fail(_ message: String, hint: String? = nil, at location: SourceLocation) {
            diagnostics.append(.error(message, hint: hint, at: location))
        }

        mutating func change(_ node: SourceNode) -> MapChange? {
            guard case let .mapping(entries, location) = node, entries.count == 1, let entry = entries.first else {
                fail("each change is one of \(ChangeFile.operations.map { "'\($0)'" }.joined(separator: ", ")) with its value",
                     hint: "for example '- drop: leaf-blower-clearance'", at: node.location)
                return nil
            }
            switch entry.key {
            case "drop", "retire":
                guard let id = scalar(entry.value) else { fail("'\(entry.key)' needs an item id", at: entry.value.location); return nil }
                return MapChange(entry.key == "drop" ? .drop(id) : .retire(id), location: location)
            case "drop-interaction":
                guard let fields = fields(entry.value, allowed: ["from", "to"], required: ["from", "to"]),
                      let from = fields["from"], let to = fields["to"] else { return nil }
                return MapChange(.dropInteraction(from: from, to: to), location: location)
            case "set":
                guard let fields = fields(entry.value, allowed: ["from", "to", "effect", "because", "confidence"],
                                          required: ["from", "to", "effect"]),
                      let from = fields["from"], let to = fields["to"], let text = fields["effect"] else { return nil }
                guard let effect = Effect(parsing: text) else {
                    fail("'\(text)' is not an effect", hint: "write a number from -3 to 3 or a name such as 'counteracting' or 'enabling'",
                         at: entry.value.location)
                    return nil
                }
                var confidence: Confidence?
                if let text = fields["confidence"] {
                    guard let value = Confidence(rawValue: text) else {
                        fail("'\(text)' is not a confidence", hint: "write low, medium or high", at: entry.value.location)
                        return nil
                    }
                    confidence = value
                }
                return MapChange(.set(from: from, to: to, effect: effect, because: fields["because"], confidence: confidence),
                                 location: location)
            default:
                let suggestion = Suggestion.didYouMean(entry.key, in: ChangeFile.operations)
                fail("unknown change '\(entry.key)'\(suggestion)",
                     hint: "a change is one of \(ChangeFile.operations.joined(separator: ", "))", at: entry.keyLocation)
                return nil
            }
        }

        /// A mapping's scalar fields, checked against the keys allowed and required.
        mutating func fields(_ node: SourceNode, allowed: [String], required: [String]) -> [String: String]? {
            guard case let .mapping(entries, location) = node else {
                fail("expected a mapping with \(required.joined(separator: ", ")), found \(node.kindDescription)", at: node.location)
                return nil
            }
            var fields: [String: String] = [:]
            var failed = false
            for entry in entries {
                guard allowed.contains(entry.key) else {
                    fail("unknown key '\(entry.key)'\(Suggestion.didYouMean(entry.key, in: allowed))",
                         hint: "allowed here: \(allowed.joined(separator: ", "))", at: entry.keyLocation)
                    failed = true
                    continue
                }
                guard let value = scalar(entry.value) else {
                    fail("'\(entry.key)' needs a single value", at: entry.value.location)
                    failed = true
                    continue
                }
                fields[entry.key] = value
            }
            for key in required where fields[key] == nil && !failed {
                fail("missing '\(key)'", at: location)
                failed = true
            }
            return failed ? nil : fields
        }

        func scalar(_ node: SourceNode) -> String? {
            guard case let .scalar(scalar) = node, !scalar.isNull else { return nil }
            return scalar.text
        }
    }
}
