import PlaceGraphKit

extension MapDiff {
    /// The diff as Markdown for a pull-request comment: a title and the summary line, then a
    /// section with a table for each kind of change that has any. A table longer than
    /// ``collapseAfter`` rows is folded into a `<details>` block.
    ///
    /// - Parameters:
    ///   - old: how to name the old version, such as its path.
    ///   - new: how to name the new version.
    public func markdown(old: String, new: String) -> String {
        var lines = ["## Changes from \(Markdown.code(old)) to \(Markdown.code(new))", "",
                     Markdown.escape("\(Words.summary(self).prefix(1).uppercased())\(Words.summary(self).dropFirst())."
                                     + " \(level.rawValue.prefix(1).uppercased())\(level.rawValue.dropFirst()) level, as of \(asOf)."),
                     ""]
        guard !isEmpty else { return lines.joined(separator: "\n") }
        let map = self.map
        lines += section("Place", ["field", "before", "after"], map.place.map {
            [Markdown.escape(Words.fieldName($0.field)), Markdown.escape($0.old ?? "(none)"), Markdown.escape($0.new ?? "(none)")]
        })
        let items = map.addedItems.map { ("added", $0, "") } + map.removedItems.map { ("removed", $0, "") }
            + map.changedItems.map { ("changed", $0.new, $0.fields.map(Words.change).joined(separator: "; ")) }
        lines += section("Items", ["", "id", "kind", "name", "what changed"], items.map { change, item, what in
            [change, Markdown.code(item.id), item.kind.rawValue, Markdown.escape(item.name), Markdown.escape(what)]
        })
        if !map.renames.isEmpty {
            lines += map.renames.map {
                "- Perhaps \(Markdown.code($0.removed)) was renamed \(Markdown.code($0.added)): the two are close."
            } + [""]
        }
        let interactions = map.addedInteractions.map { ("added", $0, Words.interaction($0)) }
            + map.removedInteractions.map { ("removed", $0, Words.interaction($0)) }
            + map.changedInteractions.map { ("changed", $0.new, Words.change($0)) }
        lines += section("Interactions", ["", "interaction", "what"], interactions.map { change, interaction, what in
            [change, Markdown.code(interaction.from) + (interaction.mutual ? " ↔ " : " → ") + Markdown.code(interaction.to),
             Markdown.escape(what)]
        })
        lines += conflictSection("Conflicts", introduced: introducedConflicts, resolved: resolvedConflicts,
                                 changed: changedConflicts)
        lines += conflictSection("Contract contradictions", introduced: introducedContradictions,
                                 resolved: resolvedContradictions, changed: [])
        lines += section("Agenda", ["", "contract", "what"], agenda.map {
            [$0.change.rawValue, Markdown.code($0.contract), Markdown.escape(Words.move($0))]
        })
        if let loops {
            let rows = loops.gained.map { ("gained", $0) } + loops.lost.map { ("lost", $0) }
            lines += section("Loops", ["", "polarity", "items"], rows.map { change, loop in
                [change, loop.polarity.rawValue, loop.items.map(Markdown.code).joined(separator: " → ")]
            }, note: loops.truncated ? "The loop search was bounded, so a loop may only have crossed the bound." : nil)
        }
        if let balance {
            lines += ["### Balance", "", Markdown.escape("The \(Words.frustration(balance)) (\(Words.balanceNote(balance))")
                        + ").", ""]
        }
        return lines.joined(separator: "\n")
    }

    /// Tables longer than this many rows are folded into `<details>`.
    public static let collapseAfter = 10

    private func conflictSection(_ title: String, introduced: [Conflict], resolved: [Conflict],
                                 changed: [ConflictChange]) -> [String] {
        let rows = introduced.map { ("introduced", $0) } + resolved.map { ("resolved", $0) }
        var table = rows.map { change, conflict in
            [change, conflict.kind.rawValue, conflict.path.map { Markdown.code($0.id) }.joined(separator: " → "),
             Words.number(conflict.severity), "\(conflict.knockOnCount)"]
        }
        table += changed.map {
            ["changed", $0.new.kind.rawValue, $0.new.path.map { Markdown.code($0.id) }.joined(separator: " → "),
             Markdown.escape(Words.change($0)), "\($0.new.knockOnCount)"]
        }
        return section(title, ["", "kind", "items", "severity", "knock-ons"], table)
    }

    /// A heading and a table, folded when long; nothing when there are no rows.
    private func section(_ title: String, _ header: [String], _ rows: [[String]], note: String? = nil) -> [String] {
        guard !rows.isEmpty else { return [] }
        var lines = ["### \(title)", ""]
        if let note { lines += [Markdown.escape(note), ""] }
        let table = [Markdown.row(header), Markdown.row(header.map { _ in "---" })] + rows.map(Markdown.row)
        if rows.count > Self.collapseAfter {
            lines += ["<details><summary>\(rows.count) rows</summary>", ""] + table + ["", "</details>"]
        } else {
            lines += table
        }
        return lines + [""]
    }
}
