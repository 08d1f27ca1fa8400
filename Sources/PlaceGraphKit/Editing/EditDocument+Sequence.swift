/// Adding and removing one entry of a list, touching only its lines.
extension EditDocument {
    /// Adds `item` at the end of the list under the root's `key`, making the list when there is
    /// none.
    ///
    /// In a block list the entry takes the dash column of the entries above it, on one line
    /// when it fits in 100 columns (as `placegraph convert` writes it); in a flow list or JSON
    /// written on one line it goes before the closing bracket.
    mutating func append(_ item: MapOutline, toList key: String, in root: EditNode, order: [String]) throws(MapEditError) {
        guard let entry = root.entry(key) else {
            if syntax == .yaml, !root.isFlow {
                appendSection(key, item: item)
                return
            }
            return try set(key, to: "[" + flow(item) + "]", in: root, order: order)
        }
        let list = entry.value
        switch list.content {
        case .scalar where list.start == list.end && !root.isFlow:
            // `interactions:` with nothing after it: the entries go on the lines below.
            insertLine(itemLines(item, dashColumn: column(entry.keyStart) + 2), after: entry.keyEnd)
        case .scalar, .mapping:
            try set(key, to: "[" + flow(item) + "]", in: root, order: order)
        case let .sequence(items):
            guard let last = items.last else {
                let close = list.closeStart ?? list.end
                replace(close..<close, with: flow(item))
                return
            }
            if !list.isFlow {
                let dash = dash(before: last.start) ?? last.start
                insertLine(itemLines(item, dashColumn: column(dash)), after: last.end)
            } else if syntax == .json, !sameLine(list.start, last.start) {
                let column = column(last.start)
                replace(last.end..<last.end, with: ",\n" + Self.spaces(column) + JSONMapWriter().render(item, indent: column, lead: 0))
            } else {
                replace(last.end..<last.end, with: ", " + flow(item))
            }
        }
    }

    /// Removes the entry at `index` of `list`, with its lines in a block list.
    mutating func remove(itemAt index: Int, in list: EditNode) {
        let items = list.items
        let item = items[index]
        if !list.isFlow, let dash = dash(before: item.start) {
            replace(lineStart(dash)..<nextLineStart(item.end), with: "")
        } else if index > 0 {
            replace(items[index - 1].end..<item.end, with: "")
        } else {
            replace(item.start..<(items.count > 1 ? items[1].start : item.end), with: "")
        }
    }

    /// A new `key:` section at the end of a YAML file, with one entry.
    private mutating func appendSection(_ key: String, item: MapOutline) {
        let end = scalars.count
        let opening = end > 0 && scalars[end - 1] != "\n" ? "\n" : ""
        replace(end..<end, with: opening + "\n\(key):\n" + itemLines(item, dashColumn: 2) + "\n")
    }

    /// The lines of one block-list entry with its dash at `dashColumn`, without a final break.
    private func itemLines(_ item: MapOutline, dashColumn: Int) -> String {
        var lines = YAMLMapWriter().lines(.list([item]), indent: dashColumn - 2)
        if lines.hasPrefix("\n") { lines.removeFirst() }
        if lines.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// An entry on one line, as a flow collection holds it.
    private func flow(_ item: MapOutline) -> String {
        syntax == .yaml ? YAMLMapWriter().flow(item) : JSONMapWriter().flow(item)
    }
}
