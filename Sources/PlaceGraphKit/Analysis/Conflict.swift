/// A place where one part of the map works against another: the unit of a conflict card.
///
/// Every conflict carries what a workshop needs to act on it: the items and the interactions
/// between them, how severe it is, who owns the items, which contracts would have to change
/// (and so when it can next be changed, ``window(asOf:)``), and the chains through which it
/// reaches further (its ``knockOns``).
public struct Conflict: Sendable, Hashable, Identifiable {
    /// The shapes a conflict takes (SPEC §4).
    ///
    /// Each unordered pair of items with an undermining interaction gives one conflict, whose
    /// kind is the first that applies:
    /// 1. ``contractContradiction``: an undermining interaction runs from an item of one
    ///    contract (the contract or an objective it pays for) to an item of another contract,
    ///    whatever the reverse interaction is; at service level, when any interaction a
    ///    rolled-up undermining one stands for does;
    /// 2. ``mutual``: the two items undermine each other;
    /// 3. ``tradeOff``: one undermines the other, which reinforces it in return;
    /// 4. ``direct``: one undermines the other and nothing reinforces back.
    ///
    /// ``hidden`` conflicts join pairs with no interaction either way.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case direct
        case mutual
        case tradeOff = "trade-off"
        case contractContradiction = "contract-contradiction"
        /// No interaction either way, but a chain of two or three whose signs multiply to
        /// undermining, strong enough to count (``Conflict/hiddenThreshold``), between two
        /// services (or a service and itself) that no pair conflict joins. See
        /// ``PlaceGraph/conflicts(_:)``.
        case hidden
    }

    /// `kind:from>to`, unique within one analysis and stable across runs.
    public let id: String
    public let kind: Kind
    /// The item that undermines.
    public let from: ItemReference
    /// The item undermined.
    public let to: ItemReference
    /// The items from ``from`` to ``to``: two for a direct pair, three or four for a hidden chain.
    public let path: [ItemReference]
    /// The interactions involved: for a pair, those `from → to` (undermining first), then those
    /// `to → from`; for a hidden conflict, the chain in order.
    public let links: [InteractionLink]
    /// How strongly `from` works against `to` on the effect scale, before confidence weights:
    /// the sum of the pair's undermining |effects| (at most one each way), or a hidden chain's
    /// strength.
    public let strength: Double
    /// ``strength`` weighted by confidence; conflicts are ranked by it.
    public let severity: Double
    /// The lowest confidence among the interactions that make the conflict.
    public let confidence: Confidence
    /// The services the items belong to, sorted.
    public let services: [String]
    /// The teams that commission the items, sorted.
    public let owners: [String]
    /// The contracts a change would go through, by end date then id: the contracts of the
    /// items at the ends of the interactions it rests on, as written in the map, so the same
    /// contracts at either level.
    public let contracts: [ContractReference]
    /// The suppliers of those contracts, sorted.
    public let suppliers: [String]
    /// True when the conflict would go were its low-confidence interactions wrong: for a pair,
    /// when all its undermining interactions are of low confidence; for a hidden chain, when
    /// any of its links is, since the chain needs every link. At service level a rolled-up
    /// interaction counts as low only when all the interactions it stands for are.
    public let lowConfidenceOnly: Bool
    /// The chains through which this conflict reaches further, most severe first, at most
    /// ``ConflictOptions/knockOnLimit``; empty for a hidden conflict.
    public let knockOns: [KnockOn]
    /// How many knock-ons were found, before the limit.
    public let knockOnCount: Int
    /// For a hidden conflict, the ids of the pair conflicts its undermining steps are; empty
    /// for a pair.
    public let restsOn: [String]

    /// The weakest hidden chain counted as a conflict of its own: 1, the weakest effect a
    /// workshop can score (−1, constraining). A weaker chain is below the scale's resolution.
    public static let hiddenThreshold = 1.0

    /// The effects of ``links``, in order.
    public var effects: [Effect] { links.map(\.effect) }
    /// The undermining interactions; the reinforcing half of a trade-off is left out.
    public var underminingLinks: [InteractionLink] { links.filter(\.effect.isUndermining) }
    /// The interactions the conflict rests on: every link of a hidden chain, the undermining
    /// ones of a pair. Were one of them wrong, the conflict would go.
    public var carryingLinks: [InteractionLink] { kind == .hidden ? links : underminingLinks }

    /// The contracts that contradict each other in a pair conflict, as `[from, to]` pairs of
    /// contract ids, sorted: one for each undermining interaction, as written in the map, that
    /// runs from an item of one contract to an item of another. Empty for a hidden conflict,
    /// whose steps are conflicts of their own (``restsOn``).
    public var contractPairs: [[String]] {
        guard kind != .hidden else { return [] }
        let pairs = underminingLinks.flatMap(\.written).filter(\.effect.isUndermining).compactMap(\.contractPair)
        return Set(pairs.map { [$0.from, $0.to] }).sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The involved contract whose window, seen from `asOf`, comes first (ties by decide-by
    /// date, then id), with that window; `nil` when no dated contract is involved.
    public func window(asOf: CalendarDate) -> (contract: ContractReference, window: ContractWindow)? {
        contracts.compactMap { contract in contract.window(asOf: asOf).map { (contract, $0) } }
            .min { ($0.1.date, $0.1.decideBy, $0.0.id) < ($1.1.date, $1.1.decideBy, $1.0.id) }
    }

    init(kind: Kind, path: [ItemReference], links: [InteractionLink], strength: Double, severity: Double,
         confidence: Confidence, lowConfidenceOnly: Bool, involvement: FindingContext.Involvement,
         knockOns: [KnockOn] = [], knockOnCount: Int = 0, restsOn: [String] = []) {
        self.kind = kind
        from = path[0]
        to = path[path.count - 1]
        id = "\(kind.rawValue):\(from.id)>\(to.id)"
        self.path = path
        self.links = links
        self.strength = strength
        self.severity = severity
        self.confidence = confidence
        self.lowConfidenceOnly = lowConfidenceOnly
        services = involvement.services
        owners = involvement.owners
        contracts = involvement.contracts
        suppliers = involvement.suppliers
        self.knockOns = knockOns
        self.knockOnCount = knockOnCount
        self.restsOn = restsOn
    }

    /// The same conflict with the knock-ons it lists, of `count` found.
    func with(knockOns listed: [KnockOn], count: Int) -> Conflict {
        Conflict(kind: kind, path: path, links: links, strength: strength, severity: severity, confidence: confidence,
                 lowConfidenceOnly: lowConfidenceOnly,
                 involvement: .init(services: services, owners: owners, contracts: contracts, suppliers: suppliers),
                 knockOns: listed, knockOnCount: count, restsOn: restsOn)
    }

    /// `conflicts` in ranking order: most severe first, then by id. Severities are compared at
    /// 1e-9 so that rounding noise never reorders equal ones.
    static func ranked(_ conflicts: [Conflict]) -> [Conflict] {
        let keys = conflicts.map { ($0.severity * 1e9).rounded() }
        return conflicts.sortedByPosition { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : conflicts[$0].id < conflicts[$1].id }
    }
}
