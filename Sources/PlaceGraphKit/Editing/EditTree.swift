/// A map file's structure with where each part is written: what ``MapEditor`` needs to change
/// one value without touching the bytes around it.
///
/// Positions are indices into the file's Unicode scalars (libyaml counts characters, not
/// bytes, and a line break `\r\n` is two scalars here as it is there).
struct EditNode {
    enum Content {
        case scalar(String)
        case mapping([EditEntry])
        case sequence([EditNode])
    }

    var content: Content
    /// The first scalar of the node, its anchor or tag included.
    var start: Int
    /// One past the node's last scalar: after a closing quote or bracket, after the last
    /// character of a block scalar's text (not its final line break), and for a block list or
    /// mapping after its last value.
    var end: Int
    /// True for `{…}` and `[…]` (every JSON collection), false for YAML's indented block form.
    var isFlow = false
    /// Where the closing `}` or `]` of a flow collection starts.
    var closeStart: Int?
    /// True when the node carries an anchor or a tag, which an edit would lose.
    var hasProperties = false

    var entries: [EditEntry] {
        if case let .mapping(entries) = content { return entries }
        return []
    }

    var items: [EditNode] {
        if case let .sequence(items) = content { return items }
        return []
    }

    var scalarText: String? {
        if case let .scalar(text) = content { return text }
        return nil
    }

    /// The entry for `key`, if the mapping has one.
    func entry(_ key: String) -> EditEntry? { entries.first { $0.key == key } }
}

/// One `key: value` of a mapping.
struct EditEntry {
    let key: String
    /// The first scalar of the key (its opening quote when quoted).
    let keyStart: Int
    /// One past the key's last scalar.
    let keyEnd: Int
    let value: EditNode
}

/// Finding the parts of a place map that edits name.
extension EditNode {
    /// The mapping of the contract with this id, anywhere under `services`.
    func contract(_ id: String) -> EditNode? {
        for service in entry("services")?.value.items ?? [] {
            for contract in service.entry("contracts")?.value.items ?? []
            where contract.entry("id")?.value.scalarText == id {
                return contract
            }
        }
        return nil
    }

    /// The index of the interaction from `from` to `to` in `interactions`, or of a mutual one
    /// written the other way round.
    func interactionIndex(from: String, to: String) -> Int? {
        let items = entry("interactions")?.value.items ?? []
        func ends(_ item: EditNode) -> (String?, String?) {
            (item.entry("from")?.value.scalarText, item.entry("to")?.value.scalarText)
        }
        if let index = items.firstIndex(where: { ends($0) == (from, to) }) { return index }
        return items.firstIndex { item in
            ends(item) == (to, from) && BooleanReader.read(item.entry("mutual")?.value.scalarText ?? "") == true
        }
    }
}
