import PlaceGraphKit

extension MapDiff {
    /// The diff as terminal text: a title naming the two versions, the summary line, then a
    /// section for each kind of change that has any. Every line starts with `+` (added or
    /// introduced), `-` (removed or resolved) or `~` (changed), so it reads without colour.
    ///
    /// - Parameters:
    ///   - old: how to name the old version, such as its path.
    ///   - new: how to name the new version.
    public func text(old: String, new: String) -> StyledText {
        var out = TextWriter()
        out.line("\(StyledText("Changes from \(old) to \(new)", .emphasis))")
        out.line("\("\(level.rawValue) level, as of \(asOf)", .dim)")
        out.line("\(Words.summary(self))")
        guard !isEmpty else { return out.text }
        writeMap(&out)
        writeFindings(&out)
        return out.text
    }

    private func writeMap(_ out: inout TextWriter) {
        let map = self.map
        if !map.place.isEmpty {
            out.heading("Place", Words.count(map.place.count, "field") + " changed")
            for field in map.place { out.line("  ~ \(Words.change(field))") }
        }
        let items = map.addedItems.count + map.removedItems.count + map.changedItems.count
        if items > 0 {
            out.heading("Items", "\(map.addedItems.count) added, \(map.removedItems.count) removed, \(map.changedItems.count) changed")
            for item in map.addedItems { out.line("  \("+", .synergy) \(item.id) (\(item.kind.rawValue)): \(item.name)") }
            for item in map.removedItems { out.line("  \("-", .conflict) \(item.id) (\(item.kind.rawValue)): \(item.name)") }
            for change in map.changedItems {
                out.line("  ~ \(change.id) (\(change.new.kind.rawValue)): \(change.fields.map(Words.change).joined(separator: "; "))")
            }
            for rename in map.renames {
                out.line("\("  perhaps '\(rename.removed)' was renamed '\(rename.added)': the two are close", .dim)")
            }
        }
        let interactions = map.addedInteractions.count + map.removedInteractions.count + map.changedInteractions.count
        if interactions > 0 {
            out.heading("Interactions", "\(map.addedInteractions.count) added, \(map.removedInteractions.count) removed, "
                        + "\(map.changedInteractions.count) changed")
            for added in map.addedInteractions { out.line("  \("+", .synergy) \(Words.ends(added))  \(Words.interaction(added))") }
            for removed in map.removedInteractions {
                out.line("  \("-", .conflict) \(Words.ends(removed))  \(Words.interaction(removed))")
            }
            for change in map.changedInteractions { out.line("  ~ \(Words.ends(change.new))  \(Words.change(change))") }
        }
    }

    private func writeFindings(_ out: inout TextWriter) {
        writeConflicts("Conflicts", introduced: introducedConflicts, resolved: resolvedConflicts, &out)
        for change in changedConflicts {
            out.line("  ~ \(Words.route(of: change.new)): \(Words.change(change))")
        }
        writeConflicts("Contract contradictions", introduced: introducedContradictions, resolved: resolvedContradictions, &out)
        if !agenda.isEmpty {
            out.heading("Agenda", Words.count(agenda.count, "entry", plural: "entries") + " changed")
            for move in agenda {
                let mark: StyledText = switch move.change {
                case .added: StyledText("+", .synergy)
                case .dropped: StyledText("-", .conflict)
                case .changed: "~"
                }
                out.line("  \(mark) \(move.contract): \(Words.move(move))")
            }
        }
        if let loops, !(loops.gained.isEmpty && loops.lost.isEmpty) {
            out.heading("Loops", "\(loops.oldCount) → \(loops.newCount)"
                        + (loops.truncated ? "; the search was bounded, so a loop may only have crossed the bound" : ""))
            for loop in loops.gained { out.line("  \("+", .synergy) \(loop.polarity.rawValue): \(loop.items.joined(separator: " → "))") }
            for loop in loops.lost { out.line("  \("-", .conflict) \(loop.polarity.rawValue): \(loop.items.joined(separator: " → "))") }
        }
        if let balance {
            out.heading("Balance", Words.frustration(balance))
            out.line("\("  \(Words.balanceNote(balance))", .dim)")
        }
    }

    private func writeConflicts(_ title: String, introduced: [Conflict], resolved: [Conflict], _ out: inout TextWriter) {
        let changed = title == "Conflicts" ? changedConflicts.count : 0
        guard !(introduced.isEmpty && resolved.isEmpty && changed == 0) else { return }
        out.heading(title, "\(introduced.count) introduced, \(resolved.count) resolved" + (changed > 0 ? ", \(changed) changed" : ""))
        for conflict in introduced {
            out.line("  \("+", .conflict) \(Words.line(conflict))")
            writeKnockOns(conflict, verb: "with", &out)
        }
        for conflict in resolved {
            out.line("  \("-", .synergy) \(Words.line(conflict))")
            writeKnockOns(conflict, verb: "and with it", &out)
        }
    }

    private func writeKnockOns(_ conflict: Conflict, verb: String, _ out: inout TextWriter) {
        for knockOn in conflict.knockOns {
            out.line("\("      \(verb) its knock-on: \(knockOn.path.map(\.id).joined(separator: " → "))", .dim)")
        }
        if conflict.knockOnCount > conflict.knockOns.count {
            out.line("\("      and \(conflict.knockOnCount - conflict.knockOns.count) more knock-ons", .dim)")
        }
    }
}
