/// A place where one part of the map works against another: the unit of a conflict card.
///
/// Every conflict carries what a workshop needs to act on it: the items and the interactions
/// between them, how severe it is, who owns the items, which contracts would have to change,
/// and the earliest date one of those contracts can be changed (its ``window``).
public struct Conflict: Sendable, Hashable, Identifiable {
    /// The shapes a conflict takes (SPEC §4).
    ///
    /// Each unordered pair of items with an undermining interaction gives one conflict, whose
    /// kind is the first that applies:
    /// 1. ``contractContradiction``: an undermining interaction runs from an item of one
    ///    contract (the contract or an objective it pays for) to an item of another contract,
    ///    whatever the reverse interaction is;
    /// 2. ``mutual``: the two items undermine each other;
    /// 3. ``tradeOff``: one undermines the other, which reinforces it in return;
    /// 4. ``direct``: one undermines the other and nothing runs back.
    ///
    /// ``hidden`` conflicts join pairs with no interaction either way.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case direct
        case mutual
        case tradeOff = "trade-off"
        case contractContradiction = "contract-contradiction"
        /// No interaction either way, but a chain of two or three whose signs multiply to
        /// undermining. The strongest chain per ordered pair is kept; its strength is
        /// `Π|eᵢ| / 3^(k−1)` for *k* interactions and its severity that × the lowest confidence
        /// weight on it. The search follows ``ConflictOptions``: chains of at most
        /// ``ConflictOptions/maxChainLength``, a step budget, and the
        /// ``ConflictOptions/hiddenLimit`` most severe kept.
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
    /// The interactions involved: for a pair, `from → to` then any `to → from`; for a hidden
    /// conflict, the chain in order.
    public let links: [InteractionLink]
    /// How strongly `from` works against `to` on the effect scale, before confidence weights:
    /// the sum of the pair's undermining |effects|, or a hidden chain's strength.
    public let strength: Double
    /// ``strength`` weighted by confidence; conflicts are ranked by it.
    public let severity: Double
    /// The lowest confidence among the interactions that make the conflict.
    public let confidence: Confidence
    /// The services the items belong to, sorted.
    public let services: [String]
    /// The teams that commission the items, sorted.
    public let owners: [String]
    /// The contracts a change would go through, by end date then id.
    public let contracts: [ContractReference]
    /// The suppliers of those contracts, sorted.
    public let suppliers: [String]

    /// The contract that can be changed first: the earliest end among ``contracts``.
    public var windowContract: ContractReference? { contracts.first { $0.end != nil } }
    /// The earliest date at which a contract involved can be changed (its end); `nil` when
    /// no contract with an end date is involved.
    public var window: CalendarDate? { windowContract?.end }
    /// The latest date the window contract's extension option runs to, when it has one.
    public var windowExtension: CalendarDate? { windowContract?.extensionEnd }
    /// The effects of ``links``, in order.
    public var effects: [Effect] { links.map(\.effect) }
    /// The undermining interactions; the reinforcing half of a trade-off is left out.
    public var underminingLinks: [InteractionLink] { links.filter(\.effect.isUndermining) }
    /// The interactions the conflict rests on: every link of a hidden chain, the undermining
    /// ones of a pair. Were one of them wrong, the conflict would go.
    public var carryingLinks: [InteractionLink] { kind == .hidden ? links : underminingLinks }

    init(kind: Kind, path: [ItemReference], links: [InteractionLink], strength: Double, severity: Double,
         confidence: Confidence, involvement: FindingContext.Involvement) {
        self.kind = kind
        from = path[0]
        to = path[path.count - 1]
        id = "\(kind.rawValue):\(from.id)>\(to.id)"
        self.path = path
        self.links = links
        self.strength = strength
        self.severity = severity
        self.confidence = confidence
        services = involvement.services
        owners = involvement.owners
        contracts = involvement.contracts
        suppliers = involvement.suppliers
    }

    /// Ranking order: most severe first, then by id. Severities are compared at 1e-9 so that
    /// rounding noise never reorders equal ones.
    static func ranked(_ lhs: Conflict, _ rhs: Conflict) -> Bool {
        let left = (lhs.severity * 1e9).rounded(), right = (rhs.severity * 1e9).rounded()
        return left != right ? left > right : lhs.id < rhs.id
    }
}

/// How conflicts are searched for.
public struct ConflictOptions: Sendable, Hashable {
    /// Whether to look for hidden conflicts at all.
    public var includeHidden: Bool
    /// The longest chain searched, in interactions: 2 or 3.
    public var maxChainLength: Int
    /// The most hidden conflicts kept, the most severe first.
    public var hiddenLimit: Int
    /// The most chain steps the hidden search takes before it stops and says so.
    public var searchBudget: Int

    public init(includeHidden: Bool = true, maxChainLength: Int = 3, hiddenLimit: Int = 100,
                searchBudget: Int = 2_000_000) {
        self.includeHidden = includeHidden
        self.maxChainLength = min(3, max(2, maxChainLength))
        self.hiddenLimit = max(0, hiddenLimit)
        self.searchBudget = max(0, searchBudget)
    }
}

/// Every conflict in a map, ranked, with what the bounded hidden search did.
public struct ConflictAnalysis: Sendable, Hashable {
    /// Conflicts ranked by severity (highest first), then by id.
    public let conflicts: [Conflict]
    /// Hidden conflicts found before ``ConflictOptions/hiddenLimit`` was applied.
    public let hiddenFound: Int
    /// True when the hidden search ran out of budget, so more hidden conflicts may exist.
    public let hiddenTruncated: Bool
    /// The options the search ran with.
    public let options: ConflictOptions

    /// The number of conflicts of `kind`.
    public func count(of kind: Conflict.Kind) -> Int { conflicts.filter { $0.kind == kind }.count }

    /// The conflict with `id`.
    public func conflict(_ id: String) -> Conflict? { conflicts.first { $0.id == id } }

    public static let info = AnalysisInfo(
        id: "conflicts",
        title: "Conflicts",
        summary: "Finds where services, contracts and objectives work against each other, directly, "
            + "both ways, as trade-offs, across contracts, or hidden in chains of two or three interactions.",
        citation: "Nilsson, Griggs & Visbeck (2016), Map the interactions between Sustainable Development Goals, "
            + "Nature 534:320–322; Weitz, Carlsen, Nilsson & Skånberg (2018), Sustainability Science 13:531–548")
}
