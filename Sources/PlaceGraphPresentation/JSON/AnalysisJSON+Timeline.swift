import Foundation
import PlaceGraphKit

/// The JSON forms of the timeline and the agenda.
extension AnalysisJSON {
    /// A timeline entry: its contract's keys (``ContractJSON``, with the entry's window)
    /// and the entry's own, in one object.
    struct EntryJSON: Encodable {
        let contract: ContractJSON
        let value: JSONNumber?, status: String, daysUntilEnd: Int?, daysUntilExtensionEnd: Int?
        let conflicts: [String], synergies: [String]

        init(_ entry: Timeline.Entry) {
            contract = ContractJSON(entry.contract, window: entry.window)
            value = entry.contract.value.map(JSONNumber.init)
            status = entry.status.rawValue
            daysUntilEnd = entry.daysUntilEnd
            daysUntilExtensionEnd = entry.daysUntilExtensionEnd
            conflicts = entry.conflicts
            synergies = entry.synergies
        }

        private enum CodingKeys: String, CodingKey {
            case value, status, daysUntilEnd, daysUntilExtensionEnd, conflicts, synergies
        }

        func encode(to encoder: Encoder) throws {
            try contract.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(value, forKey: .value)
            try container.encode(status, forKey: .status)
            try container.encodeIfPresent(daysUntilEnd, forKey: .daysUntilEnd)
            try container.encodeIfPresent(daysUntilExtensionEnd, forKey: .daysUntilExtensionEnd)
            try container.encode(conflicts, forKey: .conflicts)
            try container.encode(synergies, forKey: .synergies)
        }
    }

    /// One agenda entry (SPEC §4: `contract`, `window`, `windowState`, `decideBy`, `overdue`,
    /// `conflicts` and `synergies` as id pairs), with extra keys.
    struct AgendaEntryJSON: Encodable {
        let contract: String, name: String, service: String, owner: String?, supplier: String?
        let window: CalendarDate?, windowState: String?, decideBy: CalendarDate?, overdue: Bool?
        let leadTime: String, leadTimeSource: String
        let conflicts: [[String]], synergies: [[String]]
        let conflictDetails: [AgendaConflictJSON], synergyIds: [String]
        let aligned: [AlignedJSON], suggestions: [SuggestionJSON]

        init(_ entry: Agenda.Entry, conflicts found: [Conflict], synergies joined: [Synergy]) {
            let contract = entry.contract
            self.contract = contract.id
            name = contract.name
            service = contract.serviceID
            owner = contract.owner
            supplier = contract.supplier
            let fields = WindowFields(entry.window)
            (window, windowState, decideBy, overdue) = (fields.window, fields.windowState, fields.decideBy, fields.overdue)
            leadTime = contract.leadTime.description
            leadTimeSource = contract.leadTimeSource.rawValue
            conflicts = found.map { [$0.from.id, $0.to.id] }
            synergies = joined.map { $0.items.map(\.id) }
            conflictDetails = found.map(AgendaConflictJSON.init)
            synergyIds = joined.map(\.id)
            aligned = entry.aligned.map(AlignedJSON.init)
            suggestions = entry.suggestions.map(SuggestionJSON.init)
        }
    }

    struct AgendaConflictJSON: Encodable {
        let id: String, kind: String, from: String, to: String, severity: JSONNumber, lowConfidenceOnly: Bool
        let knockOns: [KnockOnJSON], knockOnCount: Int

        init(_ conflict: Conflict) {
            id = conflict.id
            kind = conflict.kind.rawValue
            from = conflict.from.id
            to = conflict.to.id
            severity = JSONNumber(conflict.severity)
            lowConfidenceOnly = conflict.lowConfidenceOnly
            knockOns = conflict.knockOns.map(KnockOnJSON.init)
            knockOnCount = conflict.knockOnCount
        }
    }

    struct AlignedJSON: Encodable {
        let contract: String, window: CalendarDate, windowState: String, decideBy: CalendarDate, synergies: [String]

        init(_ aligned: Agenda.AlignedContract) {
            contract = aligned.contract.id
            window = aligned.window.date
            windowState = aligned.window.state.rawValue
            decideBy = aligned.window.decideBy
            synergies = aligned.synergies
        }
    }

    struct SuggestionJSON: Encodable {
        let kind: String, words: String
        let objective: String?, target: String?, targetContract: String?, conflict: String?
        let contract: String?, window: CalendarDate?, windowState: String?, decideBy: CalendarDate?
        let conflicts: [String]?, cluster: String?

        init(_ suggestion: AgendaSuggestion) {
            words = Words.suggestion(suggestion)
            var objective: String?, target: String?, targetContract: String?, conflict: String?
            var contract: String?, window: ContractWindow?, conflicts: [String]?, cluster: String?
            switch suggestion {
            case let .respecify(item, against, other, id):
                kind = "respecify"
                (objective, target, targetContract, conflict) = (item.id, against.id, other, id)
            case let .align(other, theirs, ids):
                kind = "align"
                (contract, window, conflicts) = (other.id, theirs, ids)
            case let .commissionJointly(other, theirs, id):
                kind = "commission-jointly"
                (contract, window, cluster) = (other.id, theirs, id)
            }
            (self.objective, self.target, self.targetContract, self.conflict) = (objective, target, targetContract, conflict)
            (self.contract, self.conflicts, self.cluster) = (contract, conflicts, cluster)
            self.window = window?.date
            windowState = window?.state.rawValue
            decideBy = window?.decideBy
        }
    }
}
