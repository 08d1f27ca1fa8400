import Foundation
import Testing
@testable import PlaceGraphKit

/// The weights a map gives its fuzzy cognitive map, checked against the map's interactions read
/// directly, at both levels.
@Suite("Fuzzy cognitive map weights")
struct FuzzyCognitiveMapTests {
    static func example() throws -> PlaceGraph {
        try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
    }

    @Test("at objective level each interaction is one weight, effect / 3, both ways when mutual; nothing else")
    func objectiveLevel() throws {
        let graph = try Self.example(), map = graph.fuzzyCognitiveMap()
        var expected: [String: Double] = [:]
        for interaction in graph.map.interactions {
            expected["\(interaction.from)>\(interaction.to)"] = interaction.effect.value / 3
            if interaction.mutual { expected["\(interaction.to)>\(interaction.from)"] = interaction.effect.value / 3 }
        }
        var actual: [String: Double] = [:]
        for weight in map.weights { actual["\(map.items[weight.from].id)>\(map.items[weight.to].id)"] = weight.weight }
        #expect(actual == expected)
        #expect(map.mixedPairs.isEmpty)
    }

    @Test("at service level the weight between two services is the sum of their items' effects, clamped to ±3, over 3; mixed pairs are listed")
    func serviceLevel() throws {
        let graph = try Self.example(), map = graph.at(.services).fuzzyCognitiveMap()
        var service: [String: String] = [:]
        for owner in graph.map.services {
            service[owner.id] = owner.id
            for objective in owner.objectives { service[objective.id] = owner.id }
            for contract in owner.contracts {
                service[contract.id] = owner.id
                for objective in contract.objectives { service[objective.id] = owner.id }
            }
        }
        var sums: [String: [Double]] = [:]
        for interaction in graph.map.interactions {
            let from = try #require(service[interaction.from]), to = try #require(service[interaction.to])
            guard from != to else { continue }
            sums["\(from)>\(to)", default: []].append(interaction.effect.value)
            if interaction.mutual { sums["\(to)>\(from)", default: []].append(interaction.effect.value) }
        }
        var actual: [String: Double] = [:]
        for weight in map.weights { actual["\(map.items[weight.from].id)>\(map.items[weight.to].id)"] = weight.weight }
        #expect(actual == sums.mapValues { min(3, max(-3, $0.reduce(0, +))) / 3 })
        let mixed = sums.filter { $0.value.contains { $0 > 0 } && $0.value.contains { $0 < 0 } }.keys.sorted()
        #expect(map.mixedPairs.map { "\($0.from)>\($0.to)" } == mixed)
        #expect(mixed.contains("energy-retrofit>housing-repairs"))
        for pair in map.mixedPairs {
            let effects = sums["\(pair.from)>\(pair.to)"] ?? []
            #expect(pair.reinforcing == effects.filter { $0 > 0 }.count && pair.undermining == effects.filter { $0 < 0 }.count)
        }
    }
}
