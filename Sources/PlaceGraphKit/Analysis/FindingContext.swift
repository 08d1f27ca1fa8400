/// The lookups every finding needs, built once per graph: readable references for items and
/// arcs, and the contracts, owners and services behind a finding.
struct FindingContext {
    let graph: PlaceGraph
    let references: [ItemReference]
    /// References for every item of the map as written, by id: at service level, the ends of
    /// the interactions each rolled-up one stands for.
    private let writtenReferences: [String: ItemReference]
    private let contractsByID: [String: ContractReference]
    private let contractsOfService: [String: [ContractReference]]

    /// - Complexity: O(*n* + *c*) for *n* items and *c* contracts.
    init(_ graph: PlaceGraph) {
        self.graph = graph
        references = graph.items.map(ItemReference.init)
        var byID: [String: ContractReference] = [:], ofService: [String: [ContractReference]] = [:]
        for contract in graph.contractReferences() {
            byID[contract.id] = contract
            ofService[contract.serviceID, default: []].append(contract)
        }
        contractsByID = byID
        contractsOfService = ofService.mapValues { $0.sorted(by: ContractReference.byEnd) }
        var written: [String: ItemReference] = [:]
        if graph.level == .services {
            for item in PlaceGraph.items(of: graph.map, level: .objectives) { written[item.id] = ItemReference(item) }
        }
        writtenReferences = written
    }

    /// All contracts of a service, sorted by end date then id.
    func contracts(ofService id: String) -> [ContractReference] { contractsOfService[id] ?? [] }

    /// The contract with `id`.
    func contract(_ id: String) -> ContractReference? { contractsByID[id] }

    /// The interaction behind an arc, as a finding shows it; at service level with the
    /// interactions it stands for.
    func link(_ arc: Arc) -> InteractionLink {
        let interaction = graph.interaction(of: arc)
        var members: [InteractionLink] = []
        if graph.level == .services, arc.interaction < graph.rolledUpFrom.count {
            members = graph.rolledUpFrom[arc.interaction].compactMap { member in
                guard let from = writtenReferences[member.from], let to = writtenReferences[member.to] else { return nil }
                return InteractionLink(from: from, to: to, effect: member.effect, confidence: member.confidence,
                                       because: member.because, evidence: member.evidence, location: member.location)
            }
        }
        return InteractionLink(from: references[arc.from], to: references[arc.to], effect: arc.effect,
                               confidence: arc.confidence, because: interaction.because,
                               evidence: interaction.evidence, location: interaction.location, members: members)
    }

    /// Who and what a finding involves: the services and owners of its items, and the
    /// contracts a change would go through, the contracts of the ends of the interactions it
    /// rests on as written in the map (so the same at either level). Each list is sorted and
    /// without repeats; contracts by end date, then id.
    func involvement(of indices: [Int], through links: [InteractionLink]) -> Involvement {
        var services = Set<String>(), owners = Set<String>(), contracts: [String: ContractReference] = [:]
        for index in indices {
            let item = graph.items[index]
            if let service = item.serviceID { services.insert(service) }
            if let owner = item.owner { owners.insert(owner) }
        }
        for link in links.flatMap(\.written) {
            for end in [link.from, link.to] {
                if let id = end.contractID, let contract = contractsByID[id] { contracts[id] = contract }
            }
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
