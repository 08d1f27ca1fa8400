/// A place where parts of the map help each other: a chance to commission them together.
public struct Synergy: Sendable, Hashable, Identifiable {
    /// The shapes a synergy takes.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// One item reinforces another, and nothing runs back.
        case direct
        /// Two items reinforce each other.
        case mutual
        /// Services bound together by reinforcing interactions, found by community detection:
        /// a candidate for joint or place-based commissioning.
        case cluster
    }

    /// `direct:from>to`, `mutual:from>to` or `cluster:first+second+…`.
    public let id: String
    public let kind: Kind
    /// The two items of a direct or mutual synergy (`from` first), or a cluster's services
    /// (or spreadsheet factors) sorted by id.
    public let items: [ItemReference]
    /// For a direct or mutual synergy its interactions; for a cluster, the reinforcing
    /// interactions of the analysed graph between its members.
    public let links: [InteractionLink]
    /// The reinforcement on the effect scale: a direct synergy's effect, the sum of a mutual
    /// pair's two effects, or the total weight binding a cluster (see
    /// ``PlaceGraph/synergies(asOf:)``).
    public let strength: Double
    /// The lowest confidence among ``links``.
    public let confidence: Confidence
    public let services: [String]
    public let owners: [String]
    /// The contracts involved, by end date then id: for a cluster, every contract of its services.
    public let contracts: [ContractReference]
    public let suppliers: [String]
    /// For a cluster, a 12-month span in which every contracted service of the cluster has a
    /// contract coming up for renewal; `nil` when there is none, and for other kinds.
    public let alignedWindow: AlignedWindow?

    init(kind: Kind, items: [ItemReference], links: [InteractionLink], strength: Double,
         involvement: FindingContext.Involvement, alignedWindow: AlignedWindow? = nil) {
        self.kind = kind
        let separator = kind == .cluster ? "+" : ">"
        id = "\(kind.rawValue):" + items.map(\.id).joined(separator: separator)
        self.items = items
        self.links = links
        self.strength = strength
        confidence = links.map(\.confidence).min() ?? .medium
        services = involvement.services
        owners = involvement.owners
        contracts = involvement.contracts
        suppliers = involvement.suppliers
        self.alignedWindow = alignedWindow
    }

    /// `synergies` in the order they are listed in: clusters, then mutual, then direct; within
    /// a kind the strongest first, then by id.
    static func ranked(_ synergies: [Synergy]) -> [Synergy] {
        let order: [Kind] = [.cluster, .mutual, .direct]
        let kinds = synergies.map { order.firstIndex(of: $0.kind) ?? 0 }
        let keys = synergies.map { ($0.strength * 1e9).rounded() }
        return synergies.sortedByPosition { a, b in
            if kinds[a] != kinds[b] { return kinds[a] < kinds[b] }
            return keys[a] != keys[b] ? keys[a] > keys[b] : synergies[a].id < synergies[b].id
        }
    }
}

/// A 12-month span in which contracts of every contracted service in a cluster come up for
/// renewal, so the services could be re-commissioned together.
public struct AlignedWindow: Sendable, Hashable {
    /// The first renewal date in the span.
    public let from: CalendarDate
    /// The last renewal date in the span, at most 12 months after ``from``.
    public let to: CalendarDate
    /// The contracts whose next window falls in the span, by date then id.
    public let contracts: [String]
}

/// Every synergy in a map, and how well the clusters split the reinforcing network.
public struct SynergyAnalysis: Sendable, Hashable {
    /// Clusters, then mutual, then direct synergies; strongest first within each, then by id.
    public let synergies: [Synergy]
    /// The modularity *Q* of the cluster partition of the reinforcing service network
    /// (−½…1; above about 0.3 the clusters are clearly separated); 0 when nothing reinforces.
    public let modularity: Double
    /// The date aligned windows were judged from.
    public let asOf: CalendarDate
    /// The position of each synergy in ``synergies``, by id.
    private let positions: [String: Int]

    init(synergies: [Synergy], modularity: Double, asOf: CalendarDate) {
        self.synergies = synergies
        self.modularity = modularity
        self.asOf = asOf
        positions = Dictionary(synergies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The number of synergies of `kind`.
    public func count(of kind: Synergy.Kind) -> Int { synergies.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }

    /// The synergy with `id`.
    ///
    /// - Complexity: O(1).
    public func synergy(_ id: String) -> Synergy? { positions[id].map { synergies[$0] } }

    public static let info = AnalysisInfo(
        id: "synergies",
        title: "Synergies",
        summary: "Finds where services, contracts and objectives reinforce each other, and groups services "
            + "bound by reinforcing interactions into clusters that could be commissioned together.",
        citation: "Blondel, Guillaume, Lambiotte & Lefebvre (2008), Fast unfolding of communities in large networks, "
            + "J. Stat. Mech. P10008 (Louvain method)")
}
