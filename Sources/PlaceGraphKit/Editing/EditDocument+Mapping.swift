/// Setting, adding and removing one `key: value` of a mapping, touching only its lines.
extension EditDocument {
    /// Gives `key` in `mapping` the already written value `rendered`, or removes it when
    /// `rendered` is `nil`.
    ///
    /// A value already there is replaced where it stands, so a comment after it stays. A new
    /// key goes after the key that comes before it in `order` (the documented order), on a
    /// line of its own in a block mapping or JSON written over several lines, and inline in a
    /// flow mapping.
    ///
    /// - Throws: a ``MapEditError`` when the value carries an anchor or tag an edit would lose.
    mutating func set(_ key: String, to rendered: String?, in mapping: EditNode, order: [String]) throws(MapEditError) {
        let entries = mapping.entries
        if let index = entries.firstIndex(where: { $0.key == key }) {
            let entry = entries[index]
            guard let rendered else { return remove(at: index, in: mapping) }
            guard !entry.value.hasProperties else {
                throw MapEditError(.unsupported("'\(key)' carries a YAML anchor or tag, which an edit would lose; change it by hand"))
            }
            if entry.value.scalarText != nil, entry.value.start < entry.value.end {
                replace(entry.value.start..<entry.value.end, with: rendered)
            } else {
                // An empty value (`key:`), or a list or mapping replaced by a one-line value.
                replace(colon(after: entry.keyEnd)..<max(colon(after: entry.keyEnd), entry.value.end), with: " " + rendered)
            }
            return
        }
        guard let rendered else { return }
        add(key, rendered, in: mapping, order: order)
    }

    private mutating func add(_ key: String, _ rendered: String, in mapping: EditNode, order: [String]) {
        let entries = mapping.entries
        let rank = order.firstIndex(of: key) ?? order.count
        let before = entries.indices.filter { (order.firstIndex(of: entries[$0].key) ?? order.count) < rank }
            .max { (order.firstIndex(of: entries[$0].key) ?? 0) < (order.firstIndex(of: entries[$1].key) ?? 0) }
        let pair = self.key(key) + ": " + rendered
        guard let first = entries.first else {
            // An empty flow mapping, `{}`: a block mapping always has an entry.
            replace((mapping.closeStart ?? mapping.end)..<(mapping.closeStart ?? mapping.end), with: pair)
            return
        }
        let multiLine = !mapping.isFlow || !sameLine(mapping.start, entries.last?.keyStart ?? first.keyStart)
        if !mapping.isFlow {
            // After the line of the entry before it (or of the last entry, when the new key
            // sorts first: the first may share its line with a list's dash).
            let after = entries[before ?? entries.count - 1]
            let line = Self.spaces(column(after.keyStart)) + pair
            insertLine(line, after: after.value.end)
        } else if let before, multiLine, before + 1 < entries.count {
            let next = entries[before + 1]
            replace(next.keyStart..<next.keyStart, with: pair + ",\n" + Self.spaces(column(next.keyStart)))
        } else if let before, multiLine {
            let after = entries[before]
            replace(after.value.end..<after.value.end, with: ",\n" + Self.spaces(column(after.keyStart)) + pair)
        } else if let before {
            replace(entries[before].value.end..<entries[before].value.end, with: ", " + pair)
        } else {
            replace(first.keyStart..<first.keyStart, with: pair + (multiLine ? ",\n" + Self.spaces(column(first.keyStart)) : ", "))
        }
    }

    /// Inserts `line` as a line of its own after the line holding `index`.
    mutating func insertLine(_ line: String, after index: Int) {
        let next = nextLineStart(index)
        if lineIsTerminated(index) {
            replace(next..<next, with: line + "\n")
        } else {
            replace(next..<next, with: "\n" + line)
        }
    }

    /// Removes the entry at `index` of `mapping` with its line, or from its flow mapping.
    private mutating func remove(at index: Int, in mapping: EditNode) {
        let entries = mapping.entries
        let entry = entries[index]
        if !mapping.isFlow, startsLine(entry.keyStart) {
            replace(lineStart(entry.keyStart)..<nextLineStart(entry.value.end), with: "")
        } else if !mapping.isFlow || index == 0 {
            // The first key of a list item shares its line with the dash: the next key moves up.
            let end = index + 1 < entries.count ? entries[index + 1].keyStart : entry.value.end
            replace(entry.keyStart..<end, with: "")
        } else {
            replace(entries[index - 1].value.end..<entry.value.end, with: "")
        }
    }
}
