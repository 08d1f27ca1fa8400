import Foundation
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// A random signed map written as a CSV edge list, with the facts a brute force needs kept
/// apart from the library.
struct RandomSignedGraph: CustomStringConvertible {
    struct Interaction {
        let from: Int
        let to: Int
        let effect: Int
        let mutual: Bool
    }

    /// Item names, deliberately not in index order, so that sorting by id is exercised.
    let ids: [String]
    let interactions: [Interaction]

    private static let words = ["kite", "alder", "moss", "birch", "fern", "oak", "elm", "ash", "yew", "rowan",
                                "hazel", "lime", "pine", "willow", "holly", "thorn"]

    /// - Parameters:
    ///   - items: how many items (at most 16).
    ///   - density: the chance that a pair of items interacts.
    ///   - selfLoops: the chance that an item interacts with itself.
    ///   - zeros: the chance that an effect is 0.
    init(seed: UInt64, items: Int, density: Double, selfLoops: Double = 0, zeros: Double = 0, mutual: Double = 0.2) {
        var random = SplitMix64(seed: seed)
        ids = Array(RandomSignedGraph.words.shuffled(using: &random).prefix(items))
        func effect() -> Int {
            if Double.random(in: 0..<1, using: &random) < zeros { return 0 }
            let size = Int.random(in: 1...3, using: &random)
            return Bool.random(using: &random) ? size : -size
        }
        var interactions: [Interaction] = []
        for i in 0..<items {
            if Double.random(in: 0..<1, using: &random) < selfLoops {
                interactions.append(Interaction(from: i, to: i, effect: effect(), mutual: false))
            }
            for j in (i + 1)..<max(items, i + 1) {
                guard Double.random(in: 0..<1, using: &random) < density else { continue }
                let roll = Double.random(in: 0..<1, using: &random)
                if roll < mutual {
                    interactions.append(Interaction(from: i, to: j, effect: effect(), mutual: true))
                } else if roll < mutual + (1 - mutual) / 3 {
                    interactions.append(Interaction(from: i, to: j, effect: effect(), mutual: false))
                } else if roll < mutual + 2 * (1 - mutual) / 3 {
                    interactions.append(Interaction(from: j, to: i, effect: effect(), mutual: false))
                } else {
                    interactions.append(Interaction(from: i, to: j, effect: effect(), mutual: false))
                    interactions.append(Interaction(from: j, to: i, effect: effect(), mutual: false))
                }
            }
        }
        self.interactions = interactions.shuffled(using: &random)
    }

    private init(ids: [String], interactions: [Interaction]) {
        self.ids = ids
        self.interactions = interactions
    }

    /// The same map with its rows in another order.
    func shuffled(seed: UInt64) -> RandomSignedGraph {
        var random = SplitMix64(seed: seed)
        return RandomSignedGraph(ids: ids, interactions: interactions.shuffled(using: &random))
    }

    /// The map as a CSV edge list.
    var csv: String {
        var lines = ["from,to,effect,mutual"]
        for interaction in interactions {
            lines.append("\(ids[interaction.from]),\(ids[interaction.to]),\(interaction.effect),\(interaction.mutual)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var description: String { csv }

    /// The items that appear in some interaction (the ones a CSV map creates).
    var usedItems: [Int] {
        Array(Set(interactions.flatMap { [$0.from, $0.to] })).sorted()
    }

    /// Directed arcs with their signs; a mutual interaction gives one each way.
    var arcs: [(from: Int, to: Int, sign: Int)] {
        interactions.flatMap { interaction -> [(from: Int, to: Int, sign: Int)] in
            let sign = interaction.effect.signum()
            if interaction.mutual && interaction.from != interaction.to {
                return [(interaction.from, interaction.to, sign), (interaction.to, interaction.from, sign)]
            }
            return [(interaction.from, interaction.to, sign)]
        }
    }

    func graph() throws -> PlaceGraph {
        let result = MapLoader.load(text: csv, file: "random.csv", format: .csv)
        guard let graph = result.graph else {
            throw GraphError(message: result.diagnostics.map { $0.styled(source: result.source).plain }.joined())
        }
        return graph
    }

    struct GraphError: Error { let message: String }
}
