/// One node of a ``PlaceGraph``: a service, a contract, an objective, or a factor named by a
/// spreadsheet.
public struct Item: Sendable, Hashable, Identifiable {
    /// What an item is.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case service, contract, objective, factor
    }

    public let id: String
    /// A readable name: the service or contract name, the objective's text, or the factor's id.
    public let name: String
    public let kind: Kind
    /// The service this item is, or belongs to.
    public let serviceID: String?
    /// The contract this item is, or belongs to (a contract objective or KPI).
    public let contractID: String?
    /// The owning service's domain, owner and areas.
    public let domain: String?
    public let owner: String?
    public let areas: [String]
    /// The contract's supplier, for contracts and their objectives.
    public let supplier: String?
    /// An objective's KPI.
    public let kpi: String?
    @SourceAnchored public private(set) var location: SourceLocation?
}

/// One directed edge of a ``PlaceGraph``, from one item to another.
///
/// A `mutual` interaction gives two arcs, one each way, that share one ``interaction``.
public struct Arc: Sendable, Hashable {
    /// Index of the source item in ``PlaceGraph/items``.
    public let from: Int
    /// Index of the target item in ``PlaceGraph/items``.
    public let to: Int
    /// Index of the interaction in the map's ``PlaceMap/interactions``.
    public let interaction: Int
    public let effect: Effect
    public let confidence: Confidence
    /// True for the arc a `mutual` interaction adds in the reverse direction.
    public let isMutualReverse: Bool
}
