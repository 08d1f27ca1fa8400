/// The signed, directed graph of a place: every item indexed, every arc sorted.
///
/// This is the one value every analysis and renderer reads. Items are sorted by id and each
/// item's arcs by the other end's id, so whatever order the file was written in, the graph,
/// and so every output, is the same.
///
/// Get one from ``MapLoader``, which checks the map first; a graph is never partly valid.
public struct PlaceGraph: Sendable {
    /// The map as read.
    public let map: PlaceMap
    /// All items, sorted by id.
    public let items: [Item]
    /// All arcs, sorted by source id, then target id, then effect.
    public let arcs: [Arc]
    /// Whether items are every service, contract and objective, or services only.
    public let level: DetailLevel
    /// At ``DetailLevel/services``, the original interactions each rolled-up one stands for,
    /// indexed like ``PlaceMap/interactions``; empty at ``DetailLevel/objectives``.
    public let rolledUpFrom: [[Interaction]]
    private let indexByID: [String: Int]
    let outgoing: [[Int]]
    let incoming: [[Int]]

    /// The number of items.
    public var count: Int { items.count }

    /// The position of the item with `id` in ``items``.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The item with `id`.
    public func item(_ id: String) -> Item? { indexByID[id].map { items[$0] } }

    /// Arcs leaving the item at `index`, sorted by target id.
    public func outgoingArcs(of index: Int) -> [Arc] { outgoing[index].map { arcs[$0] } }

    /// Arcs entering the item at `index`, sorted by source id.
    public func incomingArcs(of index: Int) -> [Arc] { incoming[index].map { arcs[$0] } }

    /// The items the item with `id` affects, sorted by id.
    public func successors(of id: String) -> [Item] {
        guard let index = indexByID[id] else { return [] }
        return outgoing[index].map { items[arcs[$0].to] }
    }

    /// The items that affect the item with `id`, sorted by id.
    public func predecessors(of id: String) -> [Item] {
        guard let index = indexByID[id] else { return [] }
        return incoming[index].map { items[arcs[$0].from] }
    }

    /// The interaction an arc came from.
    public func interaction(of arc: Arc) -> Interaction { map.interactions[arc.interaction] }

    /// The arc from `from` to `to`, if there is one; the undermining one when a service-level
    /// graph has one of each sign.
    public func arc(from: Int, to: Int) -> Arc? {
        outgoing[from].lazy.map { arcs[$0] }.first { $0.to == to }
    }

    /// Every arc from `from` to `to`: at most one at objective level; at service level one per
    /// sign, undermining first (see ``rolledUpToServices()``).
    public func arcs(from: Int, to: Int) -> [Arc] {
        outgoing[from].map { arcs[$0] }.filter { $0.to == to }
    }

    /// Builds the graph of a checked map, reporting what only the whole graph shows.
    ///
    /// At ``DetailLevel/objectives`` a map holds one interaction per ordered pair of items. A
    /// service roll-up may hold two, one of each sign, so at ``DetailLevel/services`` only a
    /// repeat of the same sign is refused; arcs between the same two items are sorted by
    /// effect, undermining first.
    ///
    /// - Returns: the graph (or `nil` when an error was found) and its diagnostics: a warning
    ///   for each self-interaction, an error for each repeated interaction between the same
    ///   two items in the same direction.
    /// - Complexity: O(*n* log *n* + *m* log *m*) for *n* items and *m* interactions.
    static func build(from map: PlaceMap, level: DetailLevel = .objectives,
                      rolledUpFrom: [[Interaction]] = []) -> (graph: PlaceGraph?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var items = Self.items(of: map, level: level)
        items.sort { $0.id < $1.id }
        var indexByID: [String: Int] = [:]
        for (index, item) in items.enumerated() { indexByID[item.id] = index }

        var arcs: [Arc] = []
        var firstArc: [Pair: Int] = [:]  // the position of the interaction that gave each arc
        firstArc.reserveCapacity(map.interactions.count)
        // At service level the two signs of a pair are kept apart, so each may have its arc.
        func key(_ source: Int, _ target: Int, _ effect: Effect) -> Pair {
            Pair(from: source, to: target, sign: level == .services ? effect.sign : 0)
        }
        var selfInteractions = WarningGroup()
        for (position, interaction) in map.interactions.enumerated() {
            guard let from = indexByID[interaction.from], let to = indexByID[interaction.to] else { continue }
            if from == to {
                selfInteractions.add(interaction.from, message: "'\(interaction.from)' interacts with itself",
                                     at: interaction.location)
            }
            var directions = [(from, to, false)]
            if interaction.mutual && from != to { directions.append((to, from, true)) }
            for (source, target, reverse) in directions {
                if let first = firstArc[key(source, target, interaction.effect)] {
                    let line = map.interactions[first].location.map { " at line \($0.line)" } ?? ""
                    diagnostics.append(.error("a second interaction from '\(items[source].id)' to '\(items[target].id)'",
                                              hint: "the first is\(line); merge them into one, or mark one 'mutual: true'",
                                              at: interaction.location))
                    continue
                }
                firstArc[key(source, target, interaction.effect)] = position
                arcs.append(Arc(from: source, to: target, interaction: position, effect: interaction.effect,
                                confidence: interaction.confidence, isMutualReverse: reverse))
            }
        }
        if let warning = selfInteractions.warning(
            plural: "items interact with themselves",
            hint: "a self-interaction is a feedback loop of length one; check it is meant") {
            diagnostics.append(warning)
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        // Indices follow id order, so sorting by index sorts by id.
        arcs.sort { ($0.from, $0.to, $0.effect.value) < ($1.from, $1.to, $1.effect.value) }
        var outgoing = Array(repeating: [Int](), count: items.count)
        var incoming = Array(repeating: [Int](), count: items.count)
        // Filled in arc order, so each list is sorted by the other end's id, then effect.
        for (index, arc) in arcs.enumerated() {
            outgoing[arc.from].append(index)
            incoming[arc.to].append(index)
        }
        let graph = PlaceGraph(map: map, items: items, arcs: arcs, level: level, rolledUpFrom: rolledUpFrom,
                               indexByID: indexByID,
                               outgoing: outgoing, incoming: incoming)
        return (graph, diagnostics)
    }

    /// The items a map gives at a level of detail, in file order: its factors, then each
    /// service followed (at objective level) by its objectives, contracts and their objectives.
    static func items(of map: PlaceMap, level: DetailLevel) -> [Item] {
        var items: [Item] = map.factors.map {
            Item(id: $0.id, name: $0.id, kind: .factor, serviceID: nil, contractID: nil, domain: nil,
                 owner: nil, areas: [], supplier: nil, kpi: nil, location: $0.location)
        }
        for service in map.services {
            func item(_ id: String, _ name: String, _ kind: Item.Kind, contract: Contract? = nil,
                      kpi: String? = nil, location: SourceLocation?) -> Item {
                Item(id: id, name: name, kind: kind, serviceID: service.id, contractID: contract?.id,
                     domain: service.domain, owner: service.owner, areas: service.areas,
                     supplier: contract?.supplier, kpi: kpi, location: location)
            }
            items.append(item(service.id, service.name, .service, location: service.location))
            if level == .services { continue }
            for objective in service.objectives {
                items.append(item(objective.id, objective.text, .objective, kpi: objective.kpi, location: objective.location))
            }
            for contract in service.contracts {
                items.append(item(contract.id, contract.name, .contract, contract: contract, location: contract.location))
                for objective in contract.objectives {
                    items.append(item(objective.id, objective.text, .objective, contract: contract,
                                      kpi: objective.kpi, location: objective.location))
                }
            }
        }
        return items
    }

    private struct Pair: Hashable { let from: Int, to: Int, sign: Int }
}
