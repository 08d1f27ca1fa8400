import Foundation
import PropertyBased
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// Random maps through every writer and back: nothing the format can carry is lost.
@Suite("Converting maps round-trips")
struct RoundTripPropertyTests {
    func load(_ data: Data, as format: InputFormat) throws -> PlaceMap {
        let result = MapLoader.load(data: data, file: "map.\(format.rawValue)", format: format)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { $0.styled(source: result.source).plain }.joined())\n\(String(decoding: data, as: UTF8.self).prefix(3000))")
        return try #require(result.graph?.map)
    }

    @Test("YAML → XLSX → YAML gives the same map")
    func workbook() async throws {
        await propertyCheck(count: 40, input: Gen.uint64()) { seed in
            let map = RandomPlaceMap.make(seed: seed)
            let yaml = try load(try YAMLMapWriter().data(for: map), as: .yaml)
            #expect(yaml == map, "seed \(seed): YAML")
            let workbook = try load(try WorkbookWriter.data(for: yaml), as: .xlsx)
            #expect(workbook == map, "seed \(seed): XLSX")
            let back = try load(try YAMLMapWriter().data(for: workbook), as: .yaml)
            #expect(back == map, "seed \(seed): back to YAML")
        }
    }

    @Test("YAML → JSON → YAML gives the same map")
    func json() async throws {
        await propertyCheck(count: 60, input: Gen.uint64()) { seed in
            let map = RandomPlaceMap.make(seed: seed)
            let json = try load(try JSONMapWriter().data(for: map), as: .json)
            #expect(json == map, "seed \(seed): JSON")
            let back = try load(try YAMLMapWriter().data(for: json), as: .yaml)
            #expect(back == map, "seed \(seed): back to YAML")
        }
    }

    @Test("YAML → CSV gives a graph with the same interactions")
    func csv() async throws {
        await propertyCheck(count: 60, input: Gen.uint64()) { seed in
            let map = RandomPlaceMap.make(seed: seed)
            let original = try #require(PlaceGraph.build(from: map).graph)
            let edgeList = try load(try CSVEdgeListWriter().data(for: map), as: .csv)
            let graph = try #require(PlaceGraph.build(from: edgeList).graph)
            func arcs(_ graph: PlaceGraph) -> [String] {
                graph.arcs.map { arc in
                    let interaction = graph.interaction(of: arc)
                    return [graph.items[arc.from].id, graph.items[arc.to].id, "\(arc.effect)", interaction.because ?? "-",
                            interaction.evidence ?? "-", interaction.confidence.rawValue, "\(interaction.mutual)"].joined(separator: "|")
                }
            }
            #expect(arcs(graph) == arcs(original), "seed \(seed)")
        }
    }

    @Test("the same map always gives the same bytes in every format")
    func deterministic() throws {
        let map = RandomPlaceMap.make(seed: 7)
        for writer in MapWriters.all {
            #expect(try writer.data(for: map) == writer.data(for: map), "\(writer.name)")
        }
    }
}
