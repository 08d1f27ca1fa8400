/// How far a map is from splitting into two coherent camps, and which interactions stand in
/// the way (SPEC §4, `balance`).
///
/// A map is *balanced* when its items fall into two camps with only reinforcing interactions
/// inside each camp and only undermining ones between them. The *frustration index* is the
/// least number of interactions whose sign must flip to get there; the interactions that
/// disagree with the best split found are the ties that cut across the alignment.
public struct BalanceAnalysis: Sendable, Hashable {
    /// The interactions counted: every one with a non-zero effect, a `mutual` one once, two
    /// opposite one-way interactions twice, self-interactions included.
    public let interactions: Int
    /// Interactions left out because their effect is 0 (`consistent`): they carry no sign.
    public let ignored: Int
    /// The frustration index: proven when ``exact``, otherwise the best found (the upper bound).
    public let frustrationIndex: Int
    /// True only when the index is proven optimal.
    public let exact: Bool
    /// A proven lower bound on the index.
    public let lowerBound: Int
    /// The index of the best split found; equal to ``lowerBound`` when ``exact``.
    public let upperBound: Int
    /// The two camps of the items that take part in a counted interaction, each sorted by id;
    /// the camp holding the smallest id comes first, and the second is empty when the map
    /// needs no split.
    public let groups: [[String]]
    /// The items with no counted interaction, sorted by id: nothing ties them to either camp.
    public let noCamp: [String]
    /// The interactions that disagree with the split, sorted by `from` then `to`.
    public let frustrated: [FrustratedInteraction]
    /// The triangles of the map and how many of them are balanced.
    public let triangles: TriangleCensus

    /// 1 − 2·L / m for index L and m counted interactions: 1 for a balanced map, and 0 for one
    /// as frustrated as a random split would leave it on average (Aref & Wilson 2018). 1 when
    /// nothing is counted.
    public var normalized: Double {
        interactions == 0 ? 1 : 1 - 2 * Double(frustrationIndex) / Double(interactions)
    }

    /// What this analysis does, for reports and docs.
    public static let info = AnalysisInfo(
        id: "balance",
        title: "Structural balance",
        summary: "Finds the split of the map into two camps that leaves the fewest interactions out of line (the frustration index), and names those ties that cut across the alignment: undermining inside a camp, or reinforcing across the camps.",
        citation: "S. Aref, A. J. Mason and M. C. Wilson, \"An exact method for computing the frustration index in signed networks using binary programming\", arXiv:1611.09030, 2019; and \"Computing the line index of balance using linear programming optimisation\", Optimization Problems in Graph Theory, Springer, 2018. Solved with COIN-OR CBC."
    )
}

/// An interaction that disagrees with the split: a tie that cuts across the alignment, either
/// undermining inside a camp or reinforcing across the camps.
public struct FrustratedInteraction: Sendable, Hashable {
    /// How an interaction cuts across the two camps.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// It undermines an item of its own camp (or the item itself).
        case underminingInsideCamp = "undermining-inside-camp"
        /// It reinforces an item of the other camp.
        case reinforcingAcrossCamps = "reinforcing-across-camps"
    }

    public let from: String
    public let to: String
    public let effect: Effect
    /// True when the interaction runs both ways.
    public let mutual: Bool
    /// Its index in the map's ``PlaceMap/interactions``.
    public let interaction: Int
    public let kind: Kind
}

/// The triangles of the map's underlying undirected graph and how many are balanced.
///
/// A pair of items is an edge when some interaction with a non-zero effect joins them, in
/// either direction; its sign is that of those interactions. A pair joined by interactions of
/// both signs has no sign, and triangles through it are not counted. A triangle is balanced
/// when the product of its three signs is positive.
public struct TriangleCensus: Sendable, Hashable {
    /// Triangles whose three pairs all have a sign.
    public let total: Int
    /// Triangles whose signs multiply to a positive number.
    public let balanced: Int
    /// Pairs joined by interactions of both signs, left out of the count.
    public let mixedPairs: Int

    /// The triangles whose signs multiply to a negative number.
    public var unbalanced: Int { total - balanced }
    /// `balanced / total`, or `nil` when there are no triangles.
    public var balancedFraction: Double? { total == 0 ? nil : Double(balanced) / Double(total) }
}

/// Why structural balance could not be computed.
public enum BalanceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The time limit is negative or not a number.
    case invalidTimeLimit(String)
    /// The solver gave up or failed; `reason` says how.
    case solverFailed(reason: String)

    public var description: String {
        switch self {
        case let .invalidTimeLimit(value): "the time limit must be 0 seconds or more, not '\(value)'"
        case let .solverFailed(reason): "the solver failed: \(reason)"
        }
    }
}
