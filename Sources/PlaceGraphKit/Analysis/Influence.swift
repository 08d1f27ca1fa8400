/// Where an item sits on the MICMAC influence–dependence plane (Godet).
public enum Quadrant: String, Sendable, Hashable, CaseIterable, Codable {
    /// High influence, low dependence: a lever that moves the rest of the map.
    case driver
    /// High influence, high dependence: passes change on, and is unstable.
    case relay
    /// Low influence, high dependence: an outcome that shows the results of the rest.
    case dependent
    /// Low influence, low dependence: loosely tied to the rest of the map.
    case autonomous

    /// Classifies by thresholds: above a threshold (strictly) is high.
    static func of(influence: Double, dependence: Double, thresholds: (Double, Double)) -> Quadrant {
        let high = influence > thresholds.0 + 1e-9, dependent = dependence > thresholds.1 + 1e-9
        switch (high, dependent) {
        case (true, false): return .driver
        case (true, true): return .relay
        case (false, true): return .dependent
        case (false, false): return .autonomous
        }
    }
}

/// How much one item affects the rest of the map and is affected by it.
public struct ItemInfluence: Sendable, Hashable {
    public let item: ItemReference
    /// Out-strength: the sum of the effects of the item's outgoing interactions (its row sum in
    /// the cross-impact matrix), and its reinforcing (≥ 0) and undermining (≤ 0) parts.
    public let out: Double
    public let outPositive: Double
    public let outNegative: Double
    /// In-strength: the sum of the effects of the interactions reaching the item (its column sum).
    public let `in`: Double
    public let inPositive: Double
    public let inNegative: Double
    /// `out − in` (Weitz et al. 2018). The sums are signed, so an item that others undermine
    /// has a negative in-strength, which raises its net.
    public let net: Double
    /// Second-order influence: Σⱼ aᵢⱼ · Σₖ aⱼₖ, the effects of the item on the items it
    /// affects carried one step further (the row sum of A²), split into the chains whose
    /// product reinforces (≥ 0) and undermines (≤ 0).
    public let secondOrder: Double
    public let secondOrderPositive: Double
    public let secondOrderNegative: Double
    /// MICMAC indirect influence and dependence, scaled so that their means are 1 (see
    /// ``InfluenceAnalysis``).
    public let influence: Double
    public let dependence: Double
    public let quadrant: Quadrant

    /// True when some interaction with a sign leaves or reaches the item.
    public var hasInteractions: Bool {
        outPositive != 0 || outNegative != 0 || inPositive != 0 || inNegative != 0
    }
}

/// Influence of every item, first- and second-order, and the MICMAC plane.
///
/// With A the cross-impact matrix (aᵢⱼ is the effect of item i on item j; a `mutual`
/// interaction fills both cells):
/// - out-strength, in-strength and net as in Weitz, Carlsen, Nilsson & Skånberg (2018):
///   row sums, column sums, and their difference;
/// - second order: row sums of A², see ``ItemInfluence/secondOrder``;
/// - MICMAC (Duperrin & Godet 1973; Godet 1986): with M = |A| without its diagonal, add up
///   the powers M, M², M³, …, each scaled so its entries sum to *n*, until the ranking of the
///   row sums (indirect influence) and of the column sums (indirect dependence) is the same
///   as one step before, no chain of the next length exists, or *n* powers have been added.
///   The sum is scaled so its entries sum to *n*, making the mean influence and mean
///   dependence 1 (0 on a map with no interactions). The means are the quadrant thresholds.
///   Adding the powers rather than keeping the last one stops items on short chains of an
///   acyclic map from falling to zero.
public struct InfluenceAnalysis: Sendable, Hashable {
    /// One entry per item, in item (id) order; ``ranked`` gives the ranking order.
    public let items: [ItemInfluence]
    /// The quadrant thresholds: the mean indirect influence and mean indirect dependence.
    public let influenceThreshold: Double
    public let dependenceThreshold: Double
    /// How many matrix powers MICMAC added.
    public let iterations: Int
    /// True when MICMAC stopped because its rankings stopped changing (or no longer chains
    /// exist), false when it hit the cap of *n* powers first.
    public let stable: Bool

    /// Items in ranking order, the one order every output lists them in: by MICMAC indirect
    /// ``ItemInfluence/influence`` (the axis the quadrants use), highest first; ties by the size
    /// of the direct outgoing effects, `outPositive − outNegative`; then by id. Items with no
    /// interaction with a sign, in or out, come last, by id.
    ///
    /// - Complexity: O(*n* log *n*).
    public var ranked: [ItemInfluence] {
        func key(_ entry: ItemInfluence) -> (Int, Double, Double) {
            (entry.hasInteractions ? 0 : 1, -(entry.influence * 1e9).rounded(),
             -((entry.outPositive - entry.outNegative) * 1e9).rounded())
        }
        return items.sorted {
            let left = key($0), right = key($1)
            return left != right ? left < right : $0.item.id < $1.item.id
        }
    }

    /// The entry for the item with `id`.
    public func influence(of id: String) -> ItemInfluence? { items.first { $0.item.id == id } }

    public static let info = AnalysisInfo(
        id: "influence",
        title: "Influence",
        summary: "Measures how strongly each item shapes the rest of the map and is shaped by it, directly, "
            + "one step further, and through all chains.",
        citation: "Weitz, Carlsen, Nilsson & Skånberg (2018), Towards systemic and contextual priority setting for "
            + "implementing the 2030 Agenda, Sustainability Science 13:531–548")

    public static let micmacInfo = AnalysisInfo(
        id: "micmac",
        title: "Influence and dependence (MICMAC)",
        summary: "Places each item as a driver, relay, dependent or autonomous item by its indirect influence and dependence.",
        citation: "Duperrin & Godet (1973), Méthode de hiérarchisation des éléments d'un système, CEA-R-4541; "
            + "Godet (1986), Introduction to la prospective, Futures 18(2):134–157")
}
