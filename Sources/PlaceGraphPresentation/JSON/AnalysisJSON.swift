import Foundation
import PlaceGraphKit

/// The JSON forms of the analysis values (SPEC §4, with extra keys).
enum AnalysisJSON {
    struct Link: Encodable {
        let from: String, to: String, effect: JSONNumber, confidence: String
        let because: String?, evidence: String?

        init(_ link: InteractionLink) {
            from = link.from.id
            to = link.to.id
            effect = JSONNumber(link.effect)
            confidence = link.confidence.rawValue
            because = link.because
            evidence = link.evidence
        }
    }

    struct ContractJSON: Encodable {
        let id: String, name: String, service: String, supplier: String?
        let start: CalendarDate?, end: CalendarDate?, `extension`: CalendarDate?

        init(_ contract: ContractReference) {
            id = contract.id
            name = contract.name
            service = contract.serviceID
            supplier = contract.supplier
            start = contract.start
            end = contract.end
            self.extension = contract.extensionEnd
        }
    }

    struct ConflictJSON: Encodable {
        let id: String, kind: String, from: String, fromName: String, to: String, toName: String
        let path: [String], effects: [JSONNumber], links: [Link]
        let severity: JSONNumber, strength: JSONNumber, confidence: String
        let services: [String], owners: [String], suppliers: [String], contracts: [ContractJSON]
        let window: CalendarDate?, windowContract: String?, windowExtension: CalendarDate?

        init(_ conflict: Conflict) {
            id = conflict.id
            kind = conflict.kind.rawValue
            from = conflict.from.id
            fromName = conflict.from.name
            to = conflict.to.id
            toName = conflict.to.name
            path = conflict.path.map(\.id)
            effects = conflict.effects.map(JSONNumber.init)
            links = conflict.links.map(Link.init)
            severity = JSONNumber(conflict.severity)
            strength = JSONNumber(conflict.strength)
            confidence = conflict.confidence.rawValue
            services = conflict.services
            owners = conflict.owners
            suppliers = conflict.suppliers
            contracts = conflict.contracts.map(ContractJSON.init)
            window = conflict.window
            windowContract = conflict.windowContract?.id
            windowExtension = conflict.windowExtension
        }
    }

    struct WindowJSON: Encodable {
        let from: CalendarDate, to: CalendarDate, contracts: [String]
    }

    struct SynergyJSON: Encodable {
        let id: String, kind: String, items: [String], names: [String], strength: JSONNumber, confidence: String
        let links: [Link], services: [String], owners: [String], suppliers: [String], contracts: [ContractJSON]
        let alignedWindow: Bool?, window: WindowJSON?

        init(_ synergy: Synergy) {
            id = synergy.id
            kind = synergy.kind.rawValue
            items = synergy.items.map(\.id)
            names = synergy.items.map(\.name)
            strength = JSONNumber(synergy.strength)
            confidence = synergy.confidence.rawValue
            links = synergy.links.map(Link.init)
            services = synergy.services
            owners = synergy.owners
            suppliers = synergy.suppliers
            contracts = synergy.contracts.map(ContractJSON.init)
            alignedWindow = synergy.kind == .cluster ? synergy.alignedWindow != nil : nil
            window = synergy.alignedWindow.map { WindowJSON(from: $0.from, to: $0.to, contracts: $0.contracts) }
        }
    }

    struct InfluenceJSON: Encodable {
        let item: String, name: String, kind: String
        let out: JSONNumber, outPositive: JSONNumber, outNegative: JSONNumber
        let `in`: JSONNumber, inPositive: JSONNumber, inNegative: JSONNumber, net: JSONNumber
        let secondOrder: JSONNumber, secondOrderPositive: JSONNumber, secondOrderNegative: JSONNumber
        let influence: JSONNumber, dependence: JSONNumber, quadrant: String

        init(_ entry: ItemInfluence) {
            item = entry.item.id
            name = entry.item.name
            kind = entry.item.kind.rawValue
            out = JSONNumber(entry.out)
            outPositive = JSONNumber(entry.outPositive)
            outNegative = JSONNumber(entry.outNegative)
            self.in = JSONNumber(entry.in)
            inPositive = JSONNumber(entry.inPositive)
            inNegative = JSONNumber(entry.inNegative)
            net = JSONNumber(entry.net)
            secondOrder = JSONNumber(entry.secondOrder)
            secondOrderPositive = JSONNumber(entry.secondOrderPositive)
            secondOrderNegative = JSONNumber(entry.secondOrderNegative)
            influence = JSONNumber(entry.influence)
            dependence = JSONNumber(entry.dependence)
            quadrant = entry.quadrant.rawValue
        }
    }

    struct NoteJSON: Encodable {
        let kind: String, message: String, items: [String], conflicts: [String]?

        init(_ note: DataQualityNote) {
            kind = note.kind.rawValue
            message = Words.message(note)
            items = note.items
            conflicts = note.conflicts.isEmpty ? nil : note.conflicts
        }
    }

    struct EntryJSON: Encodable {
        let id: String, name: String, service: String, owner: String?, supplier: String?
        let start: CalendarDate?, end: CalendarDate?, `extension`: CalendarDate?, value: JSONNumber?
        let status: String, daysUntilEnd: Int?, daysUntilExtensionEnd: Int?, nextWindow: CalendarDate?
        let conflicts: [String], synergies: [String]

        init(_ entry: Timeline.Entry) {
            let contract = entry.contract
            id = contract.id
            name = contract.name
            service = contract.serviceID
            owner = contract.owner
            supplier = contract.supplier
            start = contract.start
            end = contract.end
            self.extension = contract.extensionEnd
            value = contract.value.map(JSONNumber.init)
            status = entry.status.rawValue
            daysUntilEnd = entry.daysUntilEnd
            daysUntilExtensionEnd = entry.daysUntilExtensionEnd
            nextWindow = entry.nextWindow
            conflicts = entry.conflicts
            synergies = entry.synergies
        }
    }
}
