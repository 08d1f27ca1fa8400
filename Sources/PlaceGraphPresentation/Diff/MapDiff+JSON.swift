import Foundation
import PlaceGraphKit

extension MapDiff {
    /// The diff as JSON (SPEC §4): `items`, `interactions` (each `added`, `removed`,
    /// `changed`), `conflicts` (`introduced`, `resolved`, `changed`), `contractContradictions`
    /// (`introduced`, `resolved`), and `renames`, `place`, `contracts` (those whose terms
    /// changed), `agenda`, `loops` and `balance` (each absent when not computed). Keys are
    /// sorted; numbers follow the one policy.
    ///
    /// - Throws: `EncodingError` when a number cannot be written.
    public func json() throws -> Data {
        try JSONDocument.encode(JSONBody(self))
    }

    private struct JSONBody: Encodable {
        let asOf: String
        let level: String
        let summary: String
        let changed: Bool
        let items: Lists<JSONItem, JSONItemChange>
        let renames: [JSONRename]
        let place: [JSONField]
        let contracts: [String]
        let interactions: Lists<JSONInteraction, JSONInteractionChange>
        let conflicts: Findings
        let contractContradictions: Findings
        let agenda: [JSONMove]
        let loops: JSONLoops?
        let balance: JSONBalance?

        init(_ diff: MapDiff) {
            let map = diff.map
            asOf = diff.asOf.description
            level = diff.level.rawValue
            summary = Words.summary(diff)
            changed = !diff.isEmpty
            items = Lists(added: map.addedItems.map(JSONItem.init), removed: map.removedItems.map(JSONItem.init),
                          changed: map.changedItems.map(JSONItemChange.init))
            renames = map.renames.map(JSONRename.init)
            place = map.place.map(JSONField.init)
            contracts = map.changedContracts.map(\.id)
            interactions = Lists(added: map.addedInteractions.map(JSONInteraction.init),
                                 removed: map.removedInteractions.map(JSONInteraction.init),
                                 changed: map.changedInteractions.map(JSONInteractionChange.init))
            conflicts = Findings(introduced: diff.introducedConflicts.map(JSONConflict.init),
                                 resolved: diff.resolvedConflicts.map(JSONConflict.init),
                                 changed: diff.changedConflicts.map(JSONConflictChange.init))
            contractContradictions = Findings(introduced: diff.introducedContradictions.map(JSONConflict.init),
                                              resolved: diff.resolvedContradictions.map(JSONConflict.init), changed: nil)
            agenda = diff.agenda.map(JSONMove.init)
            loops = diff.loops.map(JSONLoops.init)
            balance = diff.balance.map(JSONBalance.init)
        }
    }

    private struct Lists<Entry: Encodable, Change: Encodable>: Encodable {
        let added, removed: [Entry]
        let changed: [Change]
    }

    private struct Findings: Encodable {
        let introduced, resolved: [JSONConflict]
        let changed: [JSONConflictChange]?
    }

    private struct JSONItem: Encodable {
        let id, kind, name: String
        let holder: String?
        init(_ item: MapItem) { (id, kind, name, holder) = (item.id, item.kind.rawValue, item.name, item.parent) }
    }

    private struct JSONField: Encodable {
        let field: String
        let old, new: String?
        init(_ change: MapComparison.FieldChange) { (field, old, new) = (change.field, change.old, change.new) }
    }

    private struct JSONItemChange: Encodable {
        let id, kind: String
        let fields: [JSONField]
        init(_ change: MapComparison.ItemChange) {
            (id, kind, fields) = (change.id, change.new.kind.rawValue, change.fields.map(JSONField.init))
        }
    }

    private struct JSONRename: Encodable {
        let removed, added: String
        let distance: JSONNumber
        init(_ rename: MapComparison.Rename) {
            (removed, added, distance) = (rename.removed, rename.added, JSONNumber(rename.distance))
        }
    }

    private struct JSONInteraction: Encodable {
        let from, to, confidence: String
        let effect: JSONNumber
        let mutual: Bool
        let because, evidence: String?
        init(_ interaction: Interaction) {
            (from, to, effect) = (interaction.from, interaction.to, JSONNumber(interaction.effect.value))
            (confidence, mutual) = (interaction.confidence.rawValue, interaction.mutual)
            (because, evidence) = (interaction.because, interaction.evidence)
        }
    }

    private struct JSONInteractionChange: Encodable {
        let from, to: String
        let aspects: [String]
        let old, new: JSONInteraction
        init(_ change: MapComparison.InteractionChange) {
            (from, to, aspects) = (change.new.from, change.new.to, change.aspects.map(\.rawValue))
            (old, new) = (JSONInteraction(change.old), JSONInteraction(change.new))
        }
    }

    private struct JSONConflict: Encodable {
        let id, kind, from, to: String
        let severity: JSONNumber
        let path: [String]
        let contracts: [[String]]
        let knockOns: [[String]]
        let knockOnCount: Int
        init(_ conflict: Conflict) {
            (id, kind, from, to) = (conflict.id, conflict.kind.rawValue, conflict.from.id, conflict.to.id)
            (severity, path) = (JSONNumber(conflict.severity), conflict.path.map(\.id))
            contracts = conflict.contractPairs
            knockOns = conflict.knockOns.map { $0.path.map(\.id) }
            knockOnCount = conflict.knockOnCount
        }
    }

    private struct JSONConflictChange: Encodable {
        let from, to: String
        let old, new: JSONConflict
        init(_ change: MapDiff.ConflictChange) {
            (from, to) = (change.new.from.id, change.new.to.id)
            (old, new) = (JSONConflict(change.old), JSONConflict(change.new))
        }
    }

    private struct JSONMove: Encodable {
        let contract, change: String
        let oldDecideBy, newDecideBy: String?
        let conflictsGained, conflictsLost: [String]
        init(_ move: MapDiff.AgendaMove) {
            (contract, change) = (move.contract, move.change.rawValue)
            (oldDecideBy, newDecideBy) = (move.oldDecideBy?.description, move.newDecideBy?.description)
            (conflictsGained, conflictsLost) = (move.conflictsGained, move.conflictsLost)
        }
    }

    private struct JSONLoop: Encodable {
        let items: [String]
        let polarity: String
        let length: Int
        init(_ loop: FeedbackLoop) { (items, polarity, length) = (loop.items, loop.polarity.rawValue, loop.length) }
    }

    private struct JSONLoops: Encodable {
        let gained, lost: [JSONLoop]
        let before, after: Int
        let truncated: Bool
        init(_ loops: MapDiff.LoopChange) {
            (gained, lost) = (loops.gained.map(JSONLoop.init), loops.lost.map(JSONLoop.init))
            (before, after, truncated) = (loops.oldCount, loops.newCount, loops.truncated)
        }
    }

    private struct JSONBalance: Encodable {
        struct Side: Encodable {
            let frustrationIndex, lowerBound, upperBound: Int
            let exact: Bool
            init(_ balance: BalanceAnalysis) {
                (frustrationIndex, lowerBound, upperBound) = (balance.frustrationIndex, balance.lowerBound, balance.upperBound)
                exact = balance.exact
            }
        }
        let before, after: Side
        let timeLimit: JSONNumber?
        init(_ balance: MapDiff.BalanceChange) {
            (before, after) = (Side(balance.old), Side(balance.new))
            timeLimit = balance.timeLimit.map { JSONNumber(Words.seconds($0)) }
        }
    }
}
