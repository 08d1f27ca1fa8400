import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// The readers of other tools' files and of published contract data survive anything: seeded
/// mutations of real files never crash, and what they report is located.
@Suite("Kumu, Mental Modeler, OCDS and register readers survive mutated input")
struct NewReadersRobustnessTests {
    static func inputs() throws -> [(file: String, bytes: [UInt8])] {
        let map = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph?.map)
        let ocds = TestSupport.publishedData.appendingPathComponent("ocds-uk-councils/ocds-b5fd17raw-0b6ebb4f-5f08-43ff-852f-ba3620bd3116.json")
        let register = ContractRegisterTests.fixtures.appendingPathComponent("register.csv")
        return [("map.kumu.json", [UInt8](try KumuWriter().data(for: map))),
                ("map.mentalmodeler.csv", [UInt8](try MentalModelerWriter().data(for: map))),
                ("package.json", [UInt8](try Data(contentsOf: ocds))), ("register.csv", [UInt8](try Data(contentsOf: register)))]
    }

    @Test("150 mutations of each file load or are reported, never a crash")
    func mutations() throws {
        for (file, original) in try Self.inputs() {
            var rng = SplitMix64(seed: 0xC0FFEE + UInt64(file.count))
            for _ in 0..<150 {
                let bytes = RobustnessTests.mutate(original, using: &rng)
                if file.hasPrefix("map."), let format = InputFormat(path: file) {
                    let result = MapLoader.load(data: Data(bytes), file: file, format: format)
                    for diagnostic in result.diagnostics {
                        #expect(diagnostic.location?.file == file)
                        _ = diagnostic.styled(source: result.source)
                    }
                    #expect(result.graph != nil || result.hasErrors)
                } else {
                    let published = PublishedContractReader.read([(file, Data(bytes))])
                    for diagnostic in published.diagnostics {
                        #expect(diagnostic.location?.file == file)
                        _ = diagnostic.styled(source: published.sources[file])
                    }
                }
            }
        }
    }
}
