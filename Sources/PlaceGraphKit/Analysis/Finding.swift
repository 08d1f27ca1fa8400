/// An item as a finding names it: its id, its readable name and what it is.
public struct ItemReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let id: String
    /// The service or contract name, the objective's text, or a factor's id.
    public let name: String
    public let kind: Item.Kind

    public init(id: String, name: String, kind: Item.Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }

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
    /// The latest date an extension option can run to, when there is one.
    public let extensionEnd: CalendarDate?
    /// The contract's value in GBP.
    public let value: Double?

    public init(_ contract: Contract, of service: Service) {
        id = contract.id
        name = contract.name
        serviceID = service.id
        owner = service.owner
        supplier = contract.supplier
        start = contract.start
        end = contract.end
        extensionEnd = contract.extensionEnd
        value = contract.value
    }

    /// True when the contract carries an extension option.
    public var hasExtension: Bool { extensionEnd != nil }

    /// Contracts in the order a timeline shows them: by end date (undated last), then by id.
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

    public init(from: ItemReference, to: ItemReference, effect: Effect, confidence: Confidence,
                because: String?, evidence: String?, location: SourceLocation?) {
        self.from = from
        self.to = to
        self.effect = effect
        self.confidence = confidence
        self.because = because
        self.evidence = evidence
        self.location = location
    }

    /// |effect| × confidence weight: how much this interaction counts towards a severity.
    public var weightedMagnitude: Double { effect.magnitude * confidence.weight }
}
