/// A map taken apart into a flat list of items, each naming the item that holds it, plus its
/// interactions: the form in which maps are compared, changed and put back together.
///
/// Taking a map apart and putting it back gives the same map (``map()`` after ``init(_:)``).
/// Changes keep the order of the items they leave alone; new items go after them.
struct MapInventory {
    var place: Place
    /// Every item by id.
    private(set) var items: [String: MapItem] = [:]
    /// Ids in the order the map writes them; an id may linger here after removal, and is
    /// skipped when the map is put back together.
    private var order: [String] = []
    private var listed: Set<String> = []
    var interactions: [Interaction]

    /// Takes `map` apart.
    init(_ map: PlaceMap) {
        place = map.place
        interactions = map.interactions
        for factor in map.factors { insert(MapItem(.factor(factor), parent: nil)) }
        for service in map.services {
            insert(MapItem(.service(service), parent: nil))
            for objective in service.objectives { insert(MapItem(.objective(objective), parent: service.id)) }
            for contract in service.contracts {
                insert(MapItem(.contract(contract), parent: service.id))
                for objective in contract.objectives { insert(MapItem(.objective(objective), parent: contract.id)) }
            }
        }
    }

    /// Every item, in the order the map writes them.
    var ordered: [MapItem] { order.compactMap { items[$0] } }

    /// Adds an item, or replaces the one with its id where it stands.
    mutating func insert(_ item: MapItem) {
        items[item.id] = item
        if listed.insert(item.id).inserted { order.append(item.id) }
    }

    /// Removes the item with `id` alone.
    mutating func remove(_ id: String) {
        items.removeValue(forKey: id)
    }

    /// Removes the item with `id` and every item it holds, and returns their ids.
    ///
    /// - Complexity: O(*n*) for *n* items.
    @discardableResult
    mutating func removeWithContents(_ id: String) -> Set<String> {
        var removed: Set<String> = [], pending = [id]
        let children = Dictionary(grouping: items.values.filter { $0.parent != nil }, by: { $0.parent ?? "" })
        while let next = pending.popLast() {
            guard items.removeValue(forKey: next) != nil else { continue }
            removed.insert(next)
            pending += (children[next] ?? []).map(\.id)
        }
        return removed
    }

    /// The map put back together: factors, then each service with its objectives and its
    /// contracts, each contract with its objectives, all in inventory order. An item whose
    /// holder is gone is left out.
    func map() -> PlaceMap {
        let ordered = self.ordered
        var children: [String: [MapItem]] = [:]
        for item in ordered { if let parent = item.parent { children[parent, default: []].append(item) } }
        func objectives(of id: String) -> [Objective] {
            (children[id] ?? []).compactMap { item in
                guard case let .objective(objective) = item.body else { return nil }
                return objective
            }
        }
        var services: [Service] = [], factors: [Factor] = []
        for item in ordered {
            switch item.body {
            case let .factor(factor):
                factors.append(factor)
            case let .service(service):
                let contracts = (children[service.id] ?? []).compactMap { child -> Contract? in
                    guard let contract = child.contract else { return nil }
                    return Contract(id: contract.id, name: contract.name, supplier: contract.supplier,
                                    start: contract.start, end: contract.end,
                                    extensionOptions: contract.extensionOptions, leadTime: contract.leadTime,
                                    ocid: contract.ocid, value: contract.value, objectives: objectives(of: contract.id),
                                    location: contract.location)
                }
                services.append(Service(id: service.id, name: service.name, domain: service.domain,
                                        owner: service.owner, areas: service.areas,
                                        objectives: objectives(of: service.id), contracts: contracts,
                                        location: service.location))
            case .contract, .objective:
                continue
            }
        }
        return PlaceMap(place: place, services: services, factors: factors, interactions: interactions)
    }
}
