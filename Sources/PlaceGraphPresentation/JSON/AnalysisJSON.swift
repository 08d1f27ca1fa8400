import Foundation
import PlaceGraphKit

/// The JSON forms of the analysis values (SPEC §4, with extra keys).
enum AnalysisJSON {
    struct Link: Encodable {
        let from: String, to: String, effect: JSONNumber, confidence: String
        let because: String?, evidence: String?
        /// At service level, the interactions a rolled-up one stands for.
        let members: [Link]?, standsFor: Int?

        init(_ link: InteractionLink) {
            from = link.from.id
            to = link.to.id
            effect = JSONNumber(link.effect)
            confidence = link.confidence.rawValue
            because = link.because
            evidence = link.evidence
            members = link.members.isEmpty ? nil : link.members.map(Link.init)
            standsFor = link.members.isEmpty ? nil : link.standsFor
        }
    }

    /// A contract window's four SPEC §4 keys, absent together when there is no window.
    struct WindowFields {
        let window: CalendarDate?, windowState: String?, decideBy: CalendarDate?, overdue: Bool?

        init(_ window: ContractWindow?) {
            self.window = window?.date
            windowState = window?.state.rawValue
            decideBy = window?.decideBy
            overdue = window?.overdue
        }
    }

    struct ContractJSON: Encodable {
        let id: String, name: String, service: String, owner: String?, supplier: String?, ocid: String?
        let start: CalendarDate?, end: CalendarDate?, `extension`: CalendarDate?, extensions: [CalendarDate]
        let leadTime: String, leadTimeSource: String
        let window: CalendarDate?, windowState: String?, decideBy: CalendarDate?, overdue: Bool?

        init(_ contract: ContractReference, asOf: CalendarDate) {
            self.init(contract, window: contract.window(asOf: asOf))
        }

        init(_ contract: ContractReference, window: ContractWindow?) {
            id = contract.id
            name = contract.name
            service = contract.serviceID
            owner = contract.owner
            supplier = contract.supplier
            ocid = contract.ocid
            start = contract.start
            end = contract.end
            self.extension = contract.extensionEnd
            extensions = contract.extensionOptions
            leadTime = contract.leadTime.description
            leadTimeSource = contract.leadTimeSource.rawValue
            let fields = WindowFields(window)
            (self.window, windowState, decideBy, overdue) = (fields.window, fields.windowState, fields.decideBy, fields.overdue)
        }
    }

    struct KnockOnJSON: Encodable {
        let path: [String], effects: [JSONNumber], strength: JSONNumber, severity: JSONNumber
        let step: Int, direction: String, words: String

        init(_ knockOn: KnockOn) {
            path = knockOn.path.map(\.id)
            effects = knockOn.links.map { JSONNumber($0.effect) }
            strength = JSONNumber(knockOn.strength)
            severity = JSONNumber(knockOn.severity)
            step = knockOn.step
            direction = knockOn.isDownstream ? "downstream" : "upstream"
            words = Words.knockOn(knockOn)
        }
    }

    struct ConflictJSON: Encodable {
        let id: String, kind: String, from: String, fromName: String, to: String, toName: String
        let path: [String], effects: [JSONNumber], links: [Link]
        let severity: JSONNumber, strength: JSONNumber, confidence: String, lowConfidenceOnly: Bool
        let services: [String], owners: [String], suppliers: [String], contracts: [ContractJSON]
        let contractPairs: [[String]]
        let window: CalendarDate?, windowState: String?, decideBy: CalendarDate?, overdue: Bool?
        let windowContract: String?
        let knockOns: [KnockOnJSON], knockOnCount: Int, restsOn: [String]?

        init(_ conflict: Conflict, asOf: CalendarDate) {
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
            lowConfidenceOnly = conflict.lowConfidenceOnly
            services = conflict.services
            owners = conflict.owners
            suppliers = conflict.suppliers
            contracts = conflict.contracts.map { ContractJSON($0, asOf: asOf) }
            contractPairs = conflict.contractPairs
            let first = conflict.window(asOf: asOf)
            let fields = WindowFields(first?.window)
            (window, windowState, decideBy, overdue) = (fields.window, fields.windowState, fields.decideBy, fields.overdue)
            windowContract = first?.contract.id
            knockOns = conflict.knockOns.map(KnockOnJSON.init)
            knockOnCount = conflict.knockOnCount
            restsOn = conflict.kind == .hidden ? conflict.restsOn : nil
        }
    }
}
