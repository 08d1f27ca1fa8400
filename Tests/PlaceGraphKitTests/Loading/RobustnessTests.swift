import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Loaders must survive anything: seeded random mutations of the real example files never
/// crash or hang, and every error they report points inside the file.
@Suite("Loaders survive mutated input")
struct RobustnessTests {
    static let alphabet = Array("{}[]:,-\"'#&*!|>%@`\\\n\t 0123456789abcxyz\u{0}\u{7F}é🌳".utf8)

    static func mutate(_ bytes: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...8, using: &rng) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: bytes[at] = alphabet.randomElement(using: &rng)!
            case 1: bytes.insert(alphabet.randomElement(using: &rng)!, at: at)
            case 2: bytes.remove(at: at)
            default:
                let end = min(bytes.count, at + Int.random(in: 1...40, using: &rng))
                bytes.removeSubrange(at..<end)
            }
        }
        return bytes
    }

    @Test("mutated example files load without crashing", arguments: [
        ("map.yaml", InputFormat.yaml), ("map.json", .json), ("interactions.csv", .csv),
    ])
    func mutations(_ name: String, _ format: InputFormat) throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestSupport.example(name))))
        var rng = SplitMix64(seed: 0x5EED + UInt64(name.count))
        for _ in 0..<150 {
            let bytes = Self.mutate(original, using: &rng)
            let result = MapLoader.load(data: Data(bytes), file: name, format: format)
            let lines = bytes.filter { $0 == 0x0A }.count + 1
            for diagnostic in result.diagnostics {
                let location = try #require(diagnostic.location)
                #expect((1...lines + 1).contains(location.line), "\(diagnostic.message) at \(location)")
                #expect(location.column >= 1)
                _ = diagnostic.styled(source: result.source)
            }
            #expect(result.graph != nil || result.hasErrors)
        }
    }

    @Test("deeply nested JSON is refused, not a stack overflow")
    func deepJSON() {
        let text = String(repeating: "[", count: 100_000)
        let result = MapLoader.load(text: text, file: "deep.json", format: .json)
        #expect(result.diagnostics.first?.message == "nesting is deeper than 64 levels")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "deep.json", line: 1, column: 65))
    }

    @Test("deeply nested YAML is refused, not a stack overflow")
    func deepYAML() {
        let text = String(repeating: "[", count: 100_000)
        let result = MapLoader.load(text: text, file: "deep.yaml", format: .yaml)
        #expect(result.diagnostics.map(\.message) == ["nesting is deeper than 1,000 levels"])
    }
}
