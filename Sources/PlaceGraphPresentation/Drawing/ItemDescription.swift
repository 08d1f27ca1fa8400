import PlaceGraphKit

/// The words a drawing's tooltips show for an item or an interaction, as plain lines of text.
///
/// The lines are user text and fixed words; ``DOTText`` escapes them where they are written.
/// Services and contracts are looked up by id in tables built once, so describing every item
/// of a large map stays linear in its size.
struct ItemDescription {
    let graph: PlaceGraph
    private let services: [String: Service]
    private let contracts: [String: Contract]
    /// The contract each contract and contract objective belongs to, by id, as written in the
    /// map: at service level the ends of the interactions an arc stands for are looked up here.
    private let contractOf: [String: String]

    /// - Complexity: O(*s* + *c* + *o*) for *s* services, *c* contracts and *o* objectives.
    init(_ graph: PlaceGraph) {
        self.graph = graph
        var services: [String: Service] = [:], contracts: [String: Contract] = [:], contractOf: [String: String] = [:]
        for service in graph.map.services {
            services[service.id] = services[service.id] ?? service
            for contract in service.contracts {
                contracts[contract.id] = contracts[contract.id] ?? contract
                contractOf[contract.id] = contractOf[contract.id] ?? contract.id
                for objective in contract.objectives { contractOf[objective.id] = contractOf[objective.id] ?? contract.id }
            }
        }
        self.services = services
        self.contracts = contracts
        self.contractOf = contractOf
    }

    /// The pairs of contracts an undermining link sets against each other (SPEC §4, kind
    /// `contract-contradiction`), each once in first-seen order: at objective level the link's
    /// own ends, at service level the ends of the undermining interactions it stands for.
    /// Empty when the link is no contract contradiction.
    func contradictions(_ link: DrawnLink) -> [(from: Contract, to: Contract)] {
        guard link.effect.isUndermining else { return [] }
        let ends: [(String?, String?)] = graph.level == .services
            ? link.members.filter(\.effect.isUndermining).map { (contractOf[$0.from], contractOf[$0.to]) }
            : [(graph.items[link.from].contractID, graph.items[link.to].contractID)]
        var seen = Set<[String]>(), pairs: [(from: Contract, to: Contract)] = []
        for case let (from?, to?) in ends where from != to && seen.insert([from, to]).inserted {
            if let a = contracts[from], let b = contracts[to] { pairs.append((a, b)) }
        }
        return pairs
    }

    /// The contract with `id`.
    func contract(_ id: String) -> Contract? { contracts[id] }

    /// Name, kind and id, where it belongs, and what it is measured by.
    func lines(for item: Item) -> [String] {
        var lines = [item.name, "\(item.kind.rawValue) '\(item.id)'"]
        if item.kind != .service, let service = item.serviceID.flatMap({ services[$0] }) {
            lines.append("service: \(service.name)")
        }
        if item.kind == .objective, let contract = item.contractID.flatMap({ contracts[$0] }) {
            lines.append("contract: \(contract.name)")
        }
        if item.kind == .service || graph.level == .services {
            if let domain = item.domain { lines.append("domain: \(domain)") }
            if let owner = item.owner { lines.append("owner: \(owner)") }
        }
        if let supplier = item.supplier { lines.append("supplier: \(supplier)") }
        if item.kind == .contract, let contract = contracts[item.id] {
            if let start = contract.start, let end = contract.end { lines.append("runs \(start) to \(end)") }
            if let extensionEnd = contract.extensionEnd { lines.append("can be extended to \(extensionEnd)") }
        }
        if let kpi = item.kpi { lines.append("KPI: \(kpi)") }
        return lines
    }

    /// Its two ends, effect, confidence, `because` and evidence; for one sign of a rolled-up
    /// pair, how many interactions it stands for.
    func lines(for link: DrawnLink, mutual: Bool, contradictions: [(from: Contract, to: Contract)]) -> [String] {
        let from = graph.items[link.from], to = graph.items[link.to]
        var lines = ["\(from.name) \(mutual ? "<->" : "->") \(to.name)"]
        let scale = link.effect.name.map { " (\($0))" } ?? ""
        lines.append("effect \(link.effect)\(scale), \(link.confidence.rawValue) confidence")
        if link.from == link.to, graph.level == .services {
            lines.append("inside the service: its own items work against each other")
        }
        if let because = link.because { lines.append("because: \(because)") }
        if let evidence = link.evidence { lines.append("evidence: \(evidence)") }
        for (a, b) in contradictions {
            lines.append("contract contradiction: '\(a.name)' works against '\(b.name)'")
        }
        if let count = link.standsFor {
            let sign = link.effect.isReinforcing ? "reinforcing " : link.effect.isUndermining ? "undermining " : ""
            // The roll-up keeps each sign's strongest effect, never a sum, so the tooltip says so.
            let strongest = count > 1 ? "; its effect is the strongest of theirs" : ""
            lines.append("stands for \(count) \(sign)interaction\(count == 1 ? "" : "s") between the two services\(strongest)")
        }
        if link.isMixed { lines.append("mixed: the same pair also has interactions of the other sign, drawn as a second arc") }
        return lines
    }
}
