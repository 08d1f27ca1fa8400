import Foundation
@testable import PlaceGraphKit

/// A random place map with services, contracts and objectives, written as YAML, with the facts
/// a brute force needs (which service and contract each item belongs to, every directed arc)
/// kept apart from the library.
struct RandomServiceMap: CustomStringConvertible {
    struct Item {
        let id: String
        let service: String
        let contract: String?
    }

    struct Interaction {
        let from: Int
        let to: Int
        let effect: Int
        let mutual: Bool
        let confidence: String
    }

    let items: [Item]
    let services: [String]
    let interactions: [Interaction]
    let yaml: String

    /// - Parameters:
    ///   - services: how many services (at least 1).
    ///   - interactions: how many interactions to try to draw; repeats of an ordered pair are skipped.
    init(seed: UInt64, services serviceCount: Int, interactions wanted: Int) {
        var random = SplitMix64(seed: seed)
        var items: [Item] = [], lines = ["placegraph: 1", "place:", "  name: Random", "services:"]
        let services = (0..<serviceCount).map { "s\($0)" }
        for service in services {
            lines += ["  - id: \(service)", "    name: Service \(service)"]
            items.append(Item(id: service, service: service, contract: nil))
            let own = Int.random(in: 0...2, using: &random)
            lines.append(own == 0 ? "    objectives: []" : "    objectives:")
            for number in 0..<own {
                let id = "\(service)-o\(number)"
                lines.append("      - {id: \(id), text: \(id)}")
                items.append(Item(id: id, service: service, contract: nil))
            }
            let contracts = Int.random(in: 0...2, using: &random)
            lines.append(contracts == 0 ? "    contracts: []" : "    contracts:")
            for number in 0..<contracts {
                let contract = "\(service)-c\(number)"
                lines += ["      - id: \(contract)", "        name: \(contract)", "        end: 2027-0\(number + 3)-31"]
                items.append(Item(id: contract, service: service, contract: contract))
                let paid = Int.random(in: 0...2, using: &random)
                lines.append(paid == 0 ? "        objectives: []" : "        objectives:")
                for objective in 0..<paid {
                    let id = "\(contract)-k\(objective)"
                    lines.append("          - {id: \(id), text: \(id)}")
                    items.append(Item(id: id, service: service, contract: contract))
                }
            }
        }
        var used = Set<[Int]>(), interactions: [Interaction] = []
        for _ in 0..<wanted {
            let from = Int.random(in: 0..<items.count, using: &random), to = Int.random(in: 0..<items.count, using: &random)
            guard from != to else { continue }
            let mutual = Double.random(in: 0..<1, using: &random) < 0.15
            let pairs = mutual ? [[from, to], [to, from]] : [[from, to]]
            guard pairs.allSatisfy({ !used.contains($0) }) else { continue }
            pairs.forEach { used.insert($0) }
            let size = Double.random(in: 0..<1, using: &random) < 0.08 ? 0 : Int.random(in: 1...3, using: &random)
            let effect = Bool.random(using: &random) ? size : -size
            let confidence = ["low", "medium", "high"][Int.random(in: 0...2, using: &random)]
            interactions.append(Interaction(from: from, to: to, effect: effect, mutual: mutual, confidence: confidence))
        }
        lines.append(interactions.isEmpty ? "interactions: []" : "interactions:")
        for interaction in interactions {
            lines.append("  - {from: \(items[interaction.from].id), to: \(items[interaction.to].id), effect: \(interaction.effect), "
                         + "confidence: \(interaction.confidence), mutual: \(interaction.mutual)}")
        }
        self.items = items
        self.services = services
        self.interactions = interactions
        yaml = lines.joined(separator: "\n") + "\n"
    }

    var description: String { yaml }

    /// Directed arcs with their effects; a mutual interaction gives one each way.
    var arcs: [(from: Int, to: Int, effect: Int)] {
        interactions.flatMap { interaction -> [(from: Int, to: Int, effect: Int)] in
            let forward = (interaction.from, interaction.to, interaction.effect)
            return interaction.mutual ? [forward, (interaction.to, interaction.from, interaction.effect)] : [forward]
        }
    }

    func graph() throws -> PlaceGraph {
        let result = MapLoader.load(text: yaml, file: "random.yaml", format: .yaml)
        guard let graph = result.graph else {
            throw RandomSignedGraph.GraphError(message: result.diagnostics.map(\.message).joined(separator: "\n"))
        }
        return graph
    }
}
