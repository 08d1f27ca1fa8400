import PlaceGraphKit

extension Words {
    /// The one-line summary of a diff: "2 items added, 1 removed, 1 changed; 1 interaction
    /// added, …; 1 conflict introduced, 2 resolved; …", or "no changes".
    public static func summary(_ diff: MapDiff) -> String {
        func part(_ noun: String, plural: String? = nil, _ counts: [(Int, String)]) -> String? {
            let listed = counts.filter { $0.0 > 0 }
            guard let first = listed.first else { return nil }
            return ([count(first.0, noun, plural: plural) + " " + first.1] + listed.dropFirst().map { "\($0.0) \($0.1)" })
                .joined(separator: ", ")
        }
        let map = diff.map
        let parts = [
            part("item", [(map.addedItems.count, "added"), (map.removedItems.count, "removed"),
                          (map.changedItems.count, "changed")]),
            part("interaction", [(map.addedInteractions.count, "added"), (map.removedInteractions.count, "removed"),
                                 (map.changedInteractions.count, "changed")]),
            part("conflict", [(diff.introducedConflicts.count, "introduced"), (diff.resolvedConflicts.count, "resolved"),
                              (diff.changedConflicts.count, "changed")]),
            part("contract contradiction", [(diff.introducedContradictions.count, "introduced"),
                                            (diff.resolvedContradictions.count, "resolved")]),
            part("agenda entry", plural: "agenda entries", [(diff.agenda.count, "changed")]),
            diff.balance.flatMap { $0.old.frustrationIndex == $0.new.frustrationIndex ? nil : frustration($0) },
        ].compactMap { $0 }
        return parts.isEmpty ? "no changes" : parts.joined(separator: "; ")
    }

    /// A duration in seconds, fractions included.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// "frustration index 7 → 6".
    public static func frustration(_ balance: MapDiff.BalanceChange) -> String {
        "frustration index \(index(balance.old)) → \(index(balance.new))"
    }

    /// "7", or "6–8" when the solver did not prove it within its time limit.
    static func index(_ balance: BalanceAnalysis) -> String {
        balance.exact ? "\(balance.frustrationIndex)" : "\(balance.lowerBound)–\(balance.upperBound)"
    }

    /// How the balance solver was bounded: "exact in both; solver limit 60 s a version".
    public static func balanceNote(_ balance: MapDiff.BalanceChange) -> String {
        let exact = balance.old.exact && balance.new.exact ? "exact in both versions"
            : "not proven optimal in \(balance.old.exact ? "the new version" : balance.new.exact ? "the old version" : "either version"), so bounds are shown"
        let limit = balance.timeLimit.map { "solver limit \(formatNumber(seconds($0), decimals: 2)) s per version" }
            ?? "no solver time limit"
        return "\(exact); \(limit)"
    }

    /// "end 2026-03-31 → 2027-03-31", "supplier (none) → Verdant Ltd".
    public static func change(_ field: MapComparison.FieldChange) -> String {
        "\(fieldName(field.field)) \(field.old ?? "(none)") → \(field.new ?? "(none)")"
    }

    /// A field's name as a reader says it.
    static func fieldName(_ field: String) -> String {
        switch field {
        case "leadTime": "lead time"
        case "holder": "belongs to"
        default: field
        }
    }

    /// "-2 counteracting, medium confidence, mutual".
    public static func interaction(_ interaction: Interaction) -> String {
        "\(effect(interaction.effect)), \(interaction.confidence.rawValue) confidence" + (interaction.mutual ? ", mutual" : "")
    }

    /// "a → b" or "a ↔ b" for a mutual one.
    public static func ends(_ interaction: Interaction) -> String {
        "\(interaction.from) \(interaction.mutual ? "↔" : "→") \(interaction.to)"
    }

    /// "re-signed +1 enabling → -1 constraining; confidence low → high; because or evidence edited".
    public static func change(_ change: MapComparison.InteractionChange) -> String {
        change.aspects.map { aspect -> String in
            switch aspect {
            case .resigned, .reweighted: "\(aspect.rawValue) \(effect(change.old.effect)) → \(effect(change.new.effect))"
            case .confidence: "confidence \(change.old.confidence.rawValue) → \(change.new.confidence.rawValue)"
            case .mutual: change.new.mutual ? "now mutual" : "now one-way"
            case .text: "because or evidence edited"
            }
        }.joined(separator: "; ")
    }

    /// What a conflict is in one line: "contract-contradiction fortnightly-cut → pollinator-corridor,
    /// severity 1.5, 2 knock-ons".
    public static func line(_ conflict: Conflict) -> String {
        "\(conflict.kind.rawValue) \(route(of: conflict)), severity \(number(conflict.severity))"
            + (conflict.knockOnCount > 0 ? ", " + count(conflict.knockOnCount, "knock-on") : "")
    }

    /// "severity 1.5 → 2.25; direct → contract-contradiction; knock-ons 2 → 3".
    public static func change(_ change: MapDiff.ConflictChange) -> String {
        var parts: [String] = []
        if change.old.kind != change.new.kind { parts.append("\(change.old.kind.rawValue) → \(change.new.kind.rawValue)") }
        if (change.old.severity * 1e9).rounded() != (change.new.severity * 1e9).rounded() {
            parts.append("severity \(number(change.old.severity)) → \(number(change.new.severity))")
        }
        if change.old.knockOnCount != change.new.knockOnCount {
            parts.append("knock-ons \(change.old.knockOnCount) → \(change.new.knockOnCount)")
        }
        if parts.isEmpty { parts.append("effects \(change.old.effects.map(effect).joined(separator: ", ")) → "
                                        + change.new.effects.map(effect).joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// "joins the agenda, decide by 2026-03-31", "leaves the agenda", "decide by 2026-03-31 →
    /// 2027-03-31; gains conflict x; loses conflict y".
    public static func move(_ move: MapDiff.AgendaMove) -> String {
        func date(_ date: CalendarDate?) -> String { date?.description ?? "(no date)" }
        var parts: [String]
        switch move.change {
        case .added: parts = ["joins the agenda, decide by \(date(move.newDecideBy))"]
        case .dropped: parts = ["leaves the agenda"]
        case .changed: parts = move.moved ? ["decide by \(date(move.oldDecideBy)) → \(date(move.newDecideBy))"] : []
        }
        if move.change != .added, !move.conflictsGained.isEmpty {
            parts.append("gains \(move.conflictsGained.joined(separator: ", "))")
        }
        if move.change != .dropped, !move.conflictsLost.isEmpty {
            parts.append("loses \(move.conflictsLost.joined(separator: ", "))")
        }
        return parts.joined(separator: "; ")
    }
}
