import Foundation
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// Seeded damage to a real workbook: flipped bytes, zeroed runs and truncations. Every
/// variant must load to a graph or to diagnostics; a crash or trap fails the whole run.
@Suite("Damaged workbooks never crash the reader")
struct WorkbookMutationTests {
    @Test("200 seeded mutations of the example as a workbook load or are reported")
    func mutations() throws {
        let map = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph).map
        let original = [UInt8](try WorkbookWriter.data(for: map))
        var random = SplitMix64(seed: 13)
        var reported = 0
        for round in 0..<200 {
            var bytes = original
            switch round % 4 {
            case 0:
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
            case 1:
                let start = Int.random(in: 0..<bytes.count, using: &random)
                for index in start..<min(bytes.count, start + Int.random(in: 1...64, using: &random)) { bytes[index] = 0 }
            case 2:
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
            default:
                // Damage the central directory at the end, where entry sizes and offsets live.
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    bytes[bytes.count - Int.random(in: 1...min(bytes.count, 1_500), using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
            }
            let result = MapLoader.load(data: Data(bytes), file: "map.xlsx", format: .xlsx)
            for diagnostic in result.diagnostics { _ = diagnostic.styled(source: result.source).plain }
            if result.graph == nil { reported += 1 }
        }
        #expect(reported > 50)
    }
}
