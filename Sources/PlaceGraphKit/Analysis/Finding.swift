/// An item as a finding names it: its id, its readable name and what it is.
public struct ItemReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let id: String
    /// The service or contract name, the objective's text, or a factor's id.
    public let name: String
    public let kind: Item.Kind
    /// The service the item is, or belongs to; `nil` for a spreadsheet factor.
    public let serviceID: String?
    /// The contract the item is, or belongs to (a contract objective).
    public let contractID: String?

    public init(id: String, name: String, kind: Item.Kind, serviceID: String? = nil, contractID: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.serviceID = serviceID
        self.contractID = contractID
    }

    /// The reference of a graph item.
    public init(_ item: Item) {
        self.init(id: item.id, name: item.name, kind: item.kind, serviceID: item.serviceID, contractID: item.contractID)
    }

    /// The service the item stands for when a map is seen service to service: its service, or
    /// itself for a spreadsheet factor.
    public var unit: String { serviceID ?? id }

    /// The id, which is what maps and outputs use to name an item.
    public var description: String { id }

    public static func < (lhs: ItemReference, rhs: ItemReference) -> Bool { lhs.id < rhs.id }
}

/// A contract taking part in a finding, with the dates at which it can next be changed.
public struct ContractReference: Sendable, Hashable {
    public let id: String
    public let name: String
    /// The service the contract delivers.
    public let serviceID: String
    /// The commissioning team or directorate, from the contract's service.
    public let owner: String?
    public let supplier: String?
    public let start: CalendarDate?
    /// The end of the contract's term: the first date it can be re-procured or changed.
    public let end: CalendarDate?
    /// The dates its extension options run to, earliest first.
    public let extensionOptions: [CalendarDate]
    /// How long a decision to re-procure or change it takes: the contract's own lead time, else
    /// the place's, else ``ContractWindow/defaultLeadTime``.
    public let leadTime: CalendarSpan
    /// Where ``leadTime`` comes from.
    public let leadTimeSource: LeadTimeSource
    /// The Open Contracting id or contract-register reference, when the map gives one.
    public let ocid: String?
    /// The contract's value in GBP.
    public let value: Double?

    /// Where a contract's lead time comes from.
    public enum LeadTimeSource: String, Sendable, Hashable, CaseIterable, Codable {
        /// The contract's own `lead_time`.
        case contract
        /// The place's `lead_time`.
        case place
        /// Neither gives one: ``ContractWindow/defaultLeadTime``.
        case `default`
    }

    /// A contract as findings name it, with its lead time resolved.
    ///
    /// - Parameters:
    ///   - contract: the contract as the map writes it.
    ///   - service: the service it delivers, whose owner it takes.
    ///   - place: the place whose `lead_time` applies when the contract gives none.
    public init(_ contract: Contract, of service: Service, in place: Place) {
        id = contract.id
        name = contract.name
        serviceID = service.id
        owner = service.owner
        supplier = contract.supplier
        start = contract.start
        end = contract.end
        extensionOptions = contract.extensionOptions
        if let own = contract.leadTime {
            (leadTime, leadTimeSource) = (own, .contract)
        } else if let placed = place.leadTime {
            (leadTime, leadTimeSource) = (placed, .place)
        } else {
            (leadTime, leadTimeSource) = (ContractWindow.defaultLeadTime, .default)
        }
        ocid = contract.ocid
        value = contract.value
    }

    /// The latest date an extension option can run to, when there is one.
    public var extensionEnd: CalendarDate? { extensionOptions.last }

    /// True when the contract carries an extension option.
    public var hasExtension: Bool { !extensionOptions.isEmpty }

    /// Contracts by end date (undated last), then by id.
    static func byEnd(_ lhs: ContractReference, _ rhs: ContractReference) -> Bool {
        switch (lhs.end, rhs.end) {
        case let (left?, right?) where left != right: left < right
        case (_?, nil): true
        case (nil, _?): false
        default: lhs.id < rhs.id
        }
    }
}

/// One interaction a finding rests on, with the words and evidence a workshop card shows.
public struct InteractionLink: Sendable, Hashable {
    public let from: ItemReference
    public let to: ItemReference
    public let effect: Effect
    public let confidence: Confidence
    /// Why the mappers think the effect holds; several texts joined by `; ` at service level.
    public let because: String?
    public let evidence: String?
    /// Where the interaction is written in the map file.
    public let location: SourceLocation?
    /// At service level, the interactions between the two services' items that this rolled-up
    /// one stands for, each in the direction it runs; empty at objective level.
    public let members: [InteractionLink]

    public init(from: ItemReference, to: ItemReference, effect: Effect, confidence: Confidence,
                because: String?, evidence: String?, location: SourceLocation?, members: [InteractionLink] = []) {
        self.from = from
        self.to = to
        self.effect = effect
        self.confidence = confidence
        self.because = because
        self.evidence = evidence
        self.location = location
        self.members = members
    }

    /// |effect| × confidence weight: how much this interaction counts towards a severity.
    public var weightedMagnitude: Double { effect.magnitude * confidence.weight }

    /// The interactions as written in the map: ``members`` for a rolled-up link, else itself.
    public var written: [InteractionLink] { members.isEmpty ? [self] : members }

    /// How many interactions of the map this link stands for.
    public var standsFor: Int { max(1, members.count) }

    /// The two contracts this interaction runs between, when its ends belong to two different
    /// contracts: a contract contradiction when it undermines. `nil` at service level, where
    /// the ``members`` say it.
    public var contractPair: (from: String, to: String)? {
        guard let from = from.contractID, let to = to.contractID, from != to else { return nil }
        return (from, to)
    }
}
