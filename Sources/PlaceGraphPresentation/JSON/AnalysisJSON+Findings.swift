import Foundation
import PlaceGraphKit

extension AnalysisJSON {
    struct AlignedWindowJSON: Encodable {
        let from: CalendarDate, to: CalendarDate, contracts: [String]
    }

    struct SynergyJSON: Encodable {
        let id: String, kind: String, items: [String], names: [String], strength: JSONNumber, confidence: String
        let links: [Link], services: [String], owners: [String], suppliers: [String], contracts: [ContractJSON]
        let alignedWindow: Bool?, window: AlignedWindowJSON?

        init(_ synergy: Synergy, asOf: CalendarDate) {
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
            contracts = synergy.contracts.map { ContractJSON($0, asOf: asOf) }
            alignedWindow = synergy.kind == .cluster ? synergy.alignedWindow != nil : nil
            window = synergy.alignedWindow.map { AlignedWindowJSON(from: $0.from, to: $0.to, contracts: $0.contracts) }
        }
    }

    struct InfluenceJSON: Encodable {
        let item: String, name: String, kind: String, rank: Int, hasInteractions: Bool
        let out: JSONNumber, outPositive: JSONNumber, outNegative: JSONNumber
        let `in`: JSONNumber, inPositive: JSONNumber, inNegative: JSONNumber, net: JSONNumber
        let secondOrder: JSONNumber, secondOrderPositive: JSONNumber, secondOrderNegative: JSONNumber
        let influence: JSONNumber, dependence: JSONNumber, quadrant: String

        init(_ entry: ItemInfluence, rank: Int) {
            item = entry.item.id
            name = entry.item.name
            kind = entry.item.kind.rawValue
            self.rank = rank
            hasInteractions = entry.hasInteractions
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
}
