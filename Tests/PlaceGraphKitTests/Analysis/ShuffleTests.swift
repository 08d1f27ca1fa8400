import Foundation
import PropertyBased
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Shuffling the order of a map's services, objectives, contracts and interactions changes
/// nothing an analysis reports.
@Suite("Analysis ignores the order of the file")
struct ShuffleTests {
    static let asOf = CalendarDate(iso: "2026-11-28")!

    @Test("shuffled YAML gives byte-identical analysis, agenda and timeline JSON at both levels",
          arguments: [1, 2, 3, 4, 5, 6] as [UInt64], DetailLevel.allCases)
    func shuffled(seed: UInt64, level: DetailLevel) throws {
        let original = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph)
        var generator = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, seed &* 31, 7))
        let text = Self.yaml(original.map, shuffledWith: &generator)
        let shuffled = try TestSupport.graph(text)
        #expect(shuffled.map.interactions.map(\.from) != original.map.interactions.map(\.from))
        let options = AnalysisOptions(asOf: Self.asOf, level: level)
        let expected = try original.analysis(options), actual = try shuffled.analysis(options)
        #expect(try actual.json() == expected.json(), "the analysis JSON differs for seed \(seed) at \(level) level")
        #expect(try actual.agendaJSON() == expected.agendaJSON(), "the agenda differs for seed \(seed) at \(level) level")
        #expect(try actual.timelineJSON() == expected.timelineJSON())
    }

    /// Writes a map as YAML with every list shuffled; strings are double-quoted YAML scalars.
    static func yaml(_ map: PlaceMap, shuffledWith generator: inout Xoshiro) -> String {
        func quote(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        // A key with an empty list is written `key: []`, since a bare `key:` would be null.
        func objectives(_ list: [Objective], key indent: String) -> [String] {
            guard !list.isEmpty else { return [indent + "objectives: []"] }
            return [indent + "objectives:"] + list.shuffled(using: &generator).map { objective in
                "\(indent)  - {id: \(quote(objective.id)), text: \(quote(objective.text))"
                    + (objective.kpi.map { ", kpi: \(quote($0))" } ?? "") + "}"
            }
        }
        var lines = ["placegraph: 1", "place:", "  name: \(quote(map.place.name))"]
        if let mission = map.place.mission { lines.append("  mission: \(quote(mission))") }
        lines.append(map.place.areas.isEmpty ? "  areas: []" : "  areas:")
        for area in map.place.areas.shuffled(using: &generator) {
            lines.append("    - {id: \(quote(area.id)), name: \(quote(area.name))}")
        }
        lines.append("services:")
        for service in map.services.shuffled(using: &generator) {
            lines += ["  - id: \(quote(service.id))", "    name: \(quote(service.name))"]
            if let domain = service.domain { lines.append("    domain: \(quote(domain))") }
            if let owner = service.owner { lines.append("    owner: \(quote(owner))") }
            lines.append("    areas: [\(service.areas.map(quote).joined(separator: ", "))]")
            lines += objectives(service.objectives, key: "    ")
            lines.append(service.contracts.isEmpty ? "    contracts: []" : "    contracts:")
            for contract in service.contracts.shuffled(using: &generator) {
                lines += ["      - id: \(quote(contract.id))", "        name: \(quote(contract.name))"]
                if let supplier = contract.supplier { lines.append("        supplier: \(quote(supplier))") }
                if let start = contract.start { lines.append("        start: \(start)") }
                if let end = contract.end { lines.append("        end: \(end)") }
                if let extensionEnd = contract.extensionEnd { lines.append("        extension: \(extensionEnd)") }
                if let value = contract.value { lines.append("        value: \(formatNumber(value))") }
                lines += objectives(contract.objectives, key: "        ")
            }
        }
        lines.append("interactions:")
        for interaction in map.interactions.shuffled(using: &generator) {
            var fields = ["from: \(quote(interaction.from))", "to: \(quote(interaction.to))",
                          "effect: \(formatNumber(interaction.effect.value))",
                          "confidence: \(interaction.confidence.rawValue)"]
            if let because = interaction.because { fields.append("because: \(quote(because))") }
            if let evidence = interaction.evidence { fields.append("evidence: \(quote(evidence))") }
            if interaction.mutual { fields.append("mutual: true") }
            lines.append("  - {\(fields.joined(separator: ", "))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
