import Foundation
import PropertyBased
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// The fast JSON encoder checked against the definition of every JSON output: `JSONEncoder`
/// with sorted keys and pretty printing, escaped afterwards (``JSONDocument``). Random
/// documents of nested objects and arrays, empty ones included, with keys and strings of
/// every awkward kind, must come out byte for byte the same.
@Suite("JSON output: the fast encoder against JSONEncoder")
struct JSONTreeEncoderTests {
    /// A random JSON-shaped value, encoded through `Codable` as the output documents are.
    indirect enum Value: Encodable {
        case object([String: Value])
        case array([Value])
        case text(String)
        case number(JSONNumber)
        case integer(Int)
        case flag(Bool)
        case absent(Int?)
        /// A struct with optional fields, one left out, as synthesized `Encodable` writes it.
        case record(Record)
        /// Writes its key twice; the second value stands.
        case twice(Value, Value)

        struct Record: Encodable {
            let name: String
            let note: String?
            let count: Int?
            let children: [Value]
        }

        private struct Key: CodingKey {
            let stringValue: String
            init(_ name: String) { stringValue = name }
            init?(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            switch self {
            case let .object(entries): try entries.encode(to: encoder)
            case let .array(items): try items.encode(to: encoder)
            case let .text(text): try text.encode(to: encoder)
            case let .number(number): try number.encode(to: encoder)
            case let .integer(number): try number.encode(to: encoder)
            case let .flag(flag): try flag.encode(to: encoder)
            case let .absent(number): try number.encode(to: encoder)
            case let .record(record): try record.encode(to: encoder)
            case let .twice(first, second):
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(first, forKey: Key("same"))
                try container.encode(Value.text("between"), forKey: Key("other"))
                try container.encode(second, forKey: Key("same"))
            }
        }
    }

    /// Keys and strings from pieces a label can hold: quotes, backslashes, slashes, every kind
    /// of control, DEL, C1 controls, bidirectional controls, line separators, accents in both
    /// normal forms, characters outside the BMP, and keys that differ only in case or length.
    static let pieces = ["a", "B", "z", "_", "10", "9", "\"", "\\", "/", "\n", "\t", "\r", "\u{0}", "\u{8}", "\u{C}", "\u{1F}",
                         "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{202E}", "\u{2066}", "\u{2028}", "é", "e\u{301}", "ä",
                         "Ω", "ｚ", "😀", "\u{FFFF}", " ", "ab", "aB", "a_b"]

    static func text(_ random: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
    }

    static func value(_ random: inout SplitMix64, depth: Int) -> Value {
        let choice = Int.random(in: 0..<(depth > 3 ? 5 : 9), using: &random)
        switch choice {
        case 0: return .text(text(&random))
        case 1:
            let magnitude = Double.random(in: -5...9, using: &random).rounded(.down)
            return .number(JSONNumber(Double.random(in: -10..<10, using: &random) * pow(10, magnitude)))
        case 2: return .integer(Int.random(in: -1_000_000...1_000_000, using: &random))
        case 3: return .flag(Bool.random(using: &random))
        case 4: return .absent(Bool.random(using: &random) ? nil : 7)
        case 5:
            var entries: [String: Value] = [:]
            for _ in 0..<Int.random(in: 0...5, using: &random) { entries[text(&random)] = value(&random, depth: depth + 1) }
            return .object(entries)
        case 6: return .array((0..<Int.random(in: 0...4, using: &random)).map { _ in value(&random, depth: depth + 1) })
        case 7:
            return .record(.init(name: text(&random), note: Bool.random(using: &random) ? nil : text(&random),
                                 count: Bool.random(using: &random) ? nil : 3,
                                 children: (0..<Int.random(in: 0...2, using: &random)).map { _ in value(&random, depth: depth + 1) }))
        default: return .twice(value(&random, depth: depth + 1), value(&random, depth: depth + 1))
        }
    }

    @Test("random documents are written byte for byte as JSONEncoder writes them")
    func randomDocuments() async throws {
        await propertyCheck(count: 400, input: Gen.uint64()) { seed in
            var random = SplitMix64(seed: seed)
            let document = Self.value(&random, depth: 0)
            let fast = try JSONTreeEncoder.encode(document) + [0x0A]
            let reference = try JSONDocument.encodeThroughFoundation(document)
            #expect(Data(fast) == reference, "\(String(decoding: reference, as: UTF8.self))")
        }
    }

    @Test("a value the fast encoder leaves alone (a Double, a number that is not finite) goes through JSONEncoder")
    func fallback() throws {
        struct WithDouble: Encodable { let ratio = 0.1; let name = "x" }
        #expect(throws: JSONTreeEncoder.Unsupported.self) { try JSONTreeEncoder.encode(WithDouble()) }
        #expect(try JSONDocument.encode(WithDouble()) == JSONDocument.encodeThroughFoundation(WithDouble()))
        #expect(throws: EncodingError.self) { try JSONDocument.encode([JSONNumber(.nan)]) }
        #expect(throws: EncodingError.self) { try JSONDocument.encode(["a": JSONNumber(.infinity)]) }
    }
}
