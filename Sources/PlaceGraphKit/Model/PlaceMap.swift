/// One place as its map file describes it: the services that act there, their contracts and
/// objectives, and the interactions between them.
///
/// A `PlaceMap` is what a loader read, already checked: every id is unique and every
/// interaction names items that exist. Build a ``PlaceGraph`` from it to analyse or draw it.
public struct PlaceMap: Sendable, Hashable {
    /// The place itself.
    public let place: Place
    /// Services in file order.
    public let services: [Service]
    /// Items that exist only because an edge list or matrix named them.
    public let factors: [Factor]
    /// Interactions in file order.
    public let interactions: [Interaction]

    public init(place: Place, services: [Service], factors: [Factor] = [],
                interactions: [Interaction]) {
        self.place = place
        self.services = services
        self.factors = factors
        self.interactions = interactions
    }
}

/// The place a map describes.
public struct Place: Sendable, Hashable {
    public let name: String
    public let mission: String?
    /// How long a re-procurement decision takes, for every contract that gives none of its own.
    public let leadTime: CalendarSpan?
    public let areas: [Area]

    public init(name: String, mission: String? = nil, leadTime: CalendarSpan? = nil, areas: [Area] = []) {
        self.name = name
        self.mission = mission
        self.leadTime = leadTime
        self.areas = areas
    }
}

/// A part of the place: a block, a park, a street.
public struct Area: Sendable, Hashable {
    public let id: String
    public let name: String
    @SourceAnchored public private(set) var location: SourceLocation?

    public init(id: String, name: String, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.location = location
    }
}

/// A service commissioned in the place, with its own objectives and its contracts.
public struct Service: Sendable, Hashable {
    public let id: String
    public let name: String
    public let domain: String?
    public let owner: String?
    public let areas: [String]
    public let objectives: [Objective]
    public let contracts: [Contract]
    @SourceAnchored public private(set) var location: SourceLocation?

    public init(id: String, name: String, domain: String? = nil, owner: String? = nil,
                areas: [String] = [], objectives: [Objective] = [], contracts: [Contract] = [],
                location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.domain = domain
        self.owner = owner
        self.areas = areas
        self.objectives = objectives
        self.contracts = contracts
        self.location = location
    }
}

/// A contract that delivers (part of) a service, and the objectives or KPIs it pays for.
public struct Contract: Sendable, Hashable {
    public let id: String
    public let name: String
    public let supplier: String?
    public let start: CalendarDate?
    public let end: CalendarDate?
    /// The dates each extension option runs to, earliest first, each after the one before and
    /// after ``end``: `[2028-03-31, 2029-03-31]` for a 5 + 1 + 1 term. Written as `extension`
    /// (one option) or `extensions` (several).
    public let extensionOptions: [CalendarDate]
    /// How long a re-procurement decision for this contract takes; `nil` to use the place's.
    public let leadTime: CalendarSpan?
    /// The Open Contracting id (`ocds-…`) or contract-register reference the contract is
    /// published under.
    public let ocid: String?
    /// The contract's value in GBP.
    public let value: Double?
    public let objectives: [Objective]
    @SourceAnchored public private(set) var location: SourceLocation?

    /// The latest date an extension option can run to: the last of ``extensionOptions``.
    public var extensionEnd: CalendarDate? { extensionOptions.last }

    public init(id: String, name: String, supplier: String? = nil, start: CalendarDate? = nil,
                end: CalendarDate? = nil, extensionOptions: [CalendarDate] = [], leadTime: CalendarSpan? = nil,
                ocid: String? = nil, value: Double? = nil, objectives: [Objective] = [],
                location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.supplier = supplier
        self.start = start
        self.end = end
        self.extensionOptions = extensionOptions
        self.leadTime = leadTime
        self.ocid = ocid
        self.value = value
        self.objectives = objectives
        self.location = location
    }

    /// A contract with at most one extension option, the form most maps use.
    public init(id: String, name: String, supplier: String? = nil, start: CalendarDate? = nil,
                end: CalendarDate? = nil, extensionEnd: CalendarDate?, value: Double? = nil,
                objectives: [Objective] = [], location: SourceLocation? = nil) {
        self.init(id: id, name: name, supplier: supplier, start: start, end: end,
                  extensionOptions: extensionEnd.map { [$0] } ?? [], value: value, objectives: objectives,
                  location: location)
    }
}

/// An outcome a service seeks, or a KPI a contract pays for.
public struct Objective: Sendable, Hashable {
    public let id: String
    public let text: String
    public let kpi: String?
    @SourceAnchored public private(set) var location: SourceLocation?

    public init(id: String, text: String, kpi: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.text = text
        self.kpi = kpi
        self.location = location
    }
}

/// An item known only by the name an edge list or cross-impact matrix used for it.
public struct Factor: Sendable, Hashable {
    public let id: String
    @SourceAnchored public private(set) var location: SourceLocation?

    public init(id: String, location: SourceLocation? = nil) {
        self.id = id
        self.location = location
    }
}

/// How one item affects another.
public struct Interaction: Sendable, Hashable {
    public let from: String
    public let to: String
    public let effect: Effect
    public let because: String?
    public let evidence: String?
    public let confidence: Confidence
    /// True when the effect runs both ways, `from` ↔ `to`.
    public let mutual: Bool
    @SourceAnchored public private(set) var location: SourceLocation?

    public init(from: String, to: String, effect: Effect, because: String? = nil,
                evidence: String? = nil, confidence: Confidence = .medium, mutual: Bool = false,
                location: SourceLocation? = nil) {
        self.from = from
        self.to = to
        self.effect = effect
        self.because = because
        self.evidence = evidence
        self.confidence = confidence
        self.mutual = mutual
        self.location = location
    }
}
