/// The lookups every finding needs, built once per graph: readable references for items and
/// arcs, and the contracts, owners and services behind a set of items.
struct FindingContext {
    let graph: PlaceGraph
    let references: [ItemReference]
    private let contractsByID: [String: ContractReference]
    private let contractsOfService: [String: [ContractReference]]

    /// - Complexity: O(*n* + *c*) for *n* items and *c* contracts.
    init(_ graph: PlaceGraph) {
        self.graph = graph
        references = graph.items.map { ItemReference(id: $0.id, name: $0.name, kind: $0.kind) }
        var byID: [String: ContractReference] = [:], ofService: [String: [ContractReference]] = [:]
        for service in graph.map.services {
            let contracts = service.contracts.map { ContractReference($0, of: service) }
            for contract in contracts { byID[contract.id] = contract }
            ofService[service.id] = contracts.sorted(by: ContractReference.byEnd)
        }
        contractsByID = byID
        contractsOfService = ofService
    }

    /// The contracts a change to this item would go through.
    ///
    /// A contract, or an objective a contract pays for, has its contract. At service level a
    /// service stands for all its contracts, since re-procuring any of them is a chance to
    /// change how the service works. Service objectives, services at objective level and
    /// spreadsheet factors have none.
    func contracts(of index: Int) -> [ContractReference] {
        let item = graph.items[index]
        if let contractID = item.contractID, let contract = contractsByID[contractID] { return [contract] }
        if graph.level == .services, item.kind == .service { return contractsOfService[item.id] ?? [] }
        return []
    }

    /// All contracts of a service, sorted by end date then id.
    func contracts(ofService id: String) -> [ContractReference] { contractsOfService[id] ?? [] }

    /// The contract with `id`.
    func contract(_ id: String) -> ContractReference? { contractsByID[id] }

    /// The interaction behind an arc, as a finding shows it.
    func link(_ arc: Arc) -> InteractionLink {
        let interaction = graph.interaction(of: arc)
        return InteractionLink(from: references[arc.from], to: references[arc.to], effect: arc.effect,
                               confidence: arc.confidence, because: interaction.because,
                               evidence: interaction.evidence, location: interaction.location)
    }

    /// The services, owners, contracts and suppliers behind a set of items, each sorted and
    /// without repeats; contracts by end date, then id.
    func involvement(of indices: [Int]) -> Involvement {
        var services = Set<String>(), owners = Set<String>(), contracts: [String: ContractReference] = [:]
        for index in indices {
            let item = graph.items[index]
            if let service = item.serviceID { services.insert(service) }
            if let owner = item.owner { owners.insert(owner) }
            for contract in self.contracts(of: index) { contracts[contract.id] = contract }
        }
        let sorted = contracts.values.sorted(by: ContractReference.byEnd)
        return Involvement(services: services.sorted(), owners: owners.sorted(), contracts: sorted,
                           suppliers: Set(sorted.compactMap(\.supplier)).sorted())
    }

    /// Who and what a finding involves.
    struct Involvement {
        let services: [String]
        let owners: [String]
        let contracts: [ContractReference]
        let suppliers: [String]
    }
}
