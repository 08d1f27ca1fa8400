import PlaceGraphKit

/// The words a drawing's tooltips show for an item or an interaction, as plain lines of text.
///
/// The lines are user text and fixed words; ``DOTText`` escapes them where they are written.
enum ItemDescription {
    /// Name, kind and id, where it belongs, and what it is measured by.
    static func lines(for item: Item, in graph: PlaceGraph) -> [String] {
        var lines = [item.name, "\(item.kind.rawValue) '\(item.id)'"]
        if item.kind != .service, let service = item.serviceID.flatMap(graph.map.service) {
            lines.append("service: \(service.name)")
        }
        if item.kind == .objective, let contract = item.contractID.flatMap({ contract($0, in: graph.map) }) {
            lines.append("contract: \(contract.name)")
        }
        if item.kind == .service || graph.level == .services {
            if let domain = item.domain { lines.append("domain: \(domain)") }
            if let owner = item.owner { lines.append("owner: \(owner)") }
        }
        if let supplier = item.supplier { lines.append("supplier: \(supplier)") }
        if item.kind == .contract, let contract = contract(item.id, in: graph.map) {
            if let start = contract.start, let end = contract.end { lines.append("runs \(start) to \(end)") }
            if let extensionEnd = contract.extensionEnd { lines.append("can be extended to \(extensionEnd)") }
        }
        if let kpi = item.kpi { lines.append("KPI: \(kpi)") }
        return lines
    }

    /// Its two ends, effect, confidence, `because` and evidence.
    static func lines(for arc: Arc, in graph: PlaceGraph, mutual: Bool, contradiction: Bool) -> [String] {
        let from = graph.items[arc.from], to = graph.items[arc.to]
        let interaction = graph.interaction(of: arc)
        var lines = ["\(from.name) \(mutual ? "<->" : "->") \(to.name)"]
        let scale = arc.effect.name.map { " (\($0))" } ?? ""
        lines.append("effect \(arc.effect)\(scale), \(arc.confidence.rawValue) confidence")
        if let because = interaction.because { lines.append("because: \(because)") }
        if let evidence = interaction.evidence { lines.append("evidence: \(evidence)") }
        if contradiction, let a = from.contractID.flatMap({ contract($0, in: graph.map) }),
           let b = to.contractID.flatMap({ contract($0, in: graph.map) }) {
            lines.append("contract contradiction: '\(a.name)' works against '\(b.name)'")
        }
        if graph.level == .services, arc.interaction < graph.rolledUpFrom.count {
            let count = graph.rolledUpFrom[arc.interaction].count
            lines.append("sum of \(count) interaction\(count == 1 ? "" : "s") between the two services")
        }
        return lines
    }

    /// The contract with `id`.
    static func contract(_ id: String, in map: PlaceMap) -> Contract? {
        for service in map.services {
            if let contract = service.contracts.first(where: { $0.id == id }) { return contract }
        }
        return nil
    }
}

extension PlaceMap {
    /// The service with `id`.
    func service(_ id: String) -> Service? { services.first { $0.id == id } }
}
