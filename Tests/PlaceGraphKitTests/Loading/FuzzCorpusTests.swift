import Foundation
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// The libFuzzer corpus in `Fuzz/corpus` and every crash in `Fuzz/crashes`, replayed on every
/// test run without a fuzzing build: in process through ``MapLoader``, and each crash through
/// the command line in a child with capped memory and CPU time.
///
/// An input's first byte names its reader (`y` YAML, `j` JSON, `c` CSV, `x` workbook), as in
/// the harness.
@Suite("The fuzz corpus replays cleanly")
struct FuzzCorpusTests {
    static let fuzzFolder = TestSupport.packageRoot.appendingPathComponent("Fuzz")
    static let readers: [UInt8: InputFormat] = [UInt8(ascii: "y"): .yaml, UInt8(ascii: "j"): .json, UInt8(ascii: "c"): .csv,
                                                UInt8(ascii: "x"): .xlsx]

    struct Input: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: Data
        var testDescription: String { name }

        /// The reader the first byte names; other first bytes pick one by value, as the harness does.
        var format: InputFormat {
            guard let first = bytes.first else { return .yaml }
            let formats: [InputFormat] = [.yaml, .json, .csv, .xlsx]
            return FuzzCorpusTests.readers[first] ?? formats[Int(first) % formats.count]
        }
        var file: Data { bytes.dropFirst() }
    }

    static func inputs(in folder: String) -> [Input] {
        let url = fuzzFolder.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().compactMap { name in
            (try? Data(contentsOf: url.appendingPathComponent(name))).map { Input(name: "\(folder)/\(name)", bytes: $0) }
        }
    }

    static let corpus = inputs(in: "corpus")
    static let crashes = inputs(in: "crashes")
    /// The harness's small caps (`Fuzz/Sources/FuzzLoaders/main.swift`), under which a crash
    /// may have been found, as well as the standard ones.
    static let fuzzLimits = InputLimits(maxBytes: 1 << 16, maxLineBytes: 1 << 10, maxDepth: 16, maxValues: 2_000,
                                        maxColumns: 64, maxCells: 2_000)

    /// Every example, test fixture and bad input of the test suite, as corpus seeds.
    static var seeds: [(name: String, bytes: Data)] {
        func seed(_ name: String, _ format: InputFormat, _ bytes: Data) -> (String, Data) {
            let letter = readers.first { $0.value == format }!.key
            return ("seed-" + name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined(), Data([letter]) + bytes)
        }
        var seeds: [(String, Data)] = []
        for (name, format) in [("map.yaml", InputFormat.yaml), ("map.json", .json), ("interactions.csv", .csv)] {
            if let bytes = FileManager.default.contents(atPath: TestSupport.example(name)) {
                seeds.append(seed("example " + name, format, bytes))
            }
        }
        for name in ["hostile.yaml", "small.yaml"] {
            let path = TestSupport.packageRoot.appendingPathComponent("Tests/PlaceGraphKitTests/Fixtures/\(name)").path
            if let bytes = FileManager.default.contents(atPath: path) { seeds.append(seed("fixture " + name, .yaml, bytes)) }
        }
        for testCase in BadInputTests.cases { seeds.append(seed("bad " + testCase.name, testCase.format, Data(testCase.text.utf8))) }
        seeds.append(seed("alias bomb", .yaml, Data(InputLimitsTests.aliasBomb.utf8)))
        seeds.append(seed("deep json", .json, Data(String(repeating: "[", count: 100).utf8)))
        seeds.append(seed("deep yaml", .yaml, Data((0..<40).map { String(repeating: " ", count: $0) + "k:\n" }.joined().utf8)))
        seeds.append(seed("wide csv", .csv, Data((String(repeating: "a,", count: 100) + "\n").utf8)))
        seeds.append(seed("long yaml line", .yaml, Data(("placegraph: " + String(repeating: "1", count: 2000) + "\n").utf8)))
        seeds.append(seed("byte-order mark", .json, Data([0xEF, 0xBB, 0xBF]) + Data(#"{"placegraph": 1, "place": {"name": "T"}}"#.utf8)))
        for written in ["0x2", "\"2\"", ".5", "+", "1e-400", "-2e-320", "1e400"] {
            seeds.append(seed("effect " + written, .yaml, Data(MinorReadingsTests.yaml(effect: written).utf8)))
        }
        seeds.append(seed("neither csv", .csv, Data("x,y,z\n1,2,3\n".utf8)))
        seeds.append(seed("mismatched matrix", .csv, Data(",parks,waste\nparks,0,1\nroad,1,0\n".utf8)))
        seeds.append(seed("merge key", .yaml, Data("d: &d {x: 1}\ne: {<<: *d, y: 2}\n".utf8)))
        seeds.append(seed("two documents", .yaml, Data("a: 1\n---\nb: 2\n".utf8)))
        // The example and the starter as workbooks: their bytes are fixed (no timestamps).
        for (name, yaml) in [("example", TestSupport.example("map.yaml")), ("starter", nil as String?)] {
            let text = yaml.flatMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) }
                ?? StarterMap.yaml
            if let map = MapLoader.load(text: text, file: "map.yaml", format: .yaml).graph?.map,
               let bytes = try? WorkbookWriter.data(for: map) {
                seeds.append(seed("workbook " + name, .xlsx, bytes))
            }
        }
        return seeds
    }

    /// Lines as placegraph counts them: ended by a line feed, CRLF or a lone carriage return.
    static func lineCount(_ bytes: Data) -> Int {
        let bytes = [UInt8](bytes)
        var count = 1
        for (index, byte) in bytes.enumerated()
        where byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
            count += 1
        }
        return count
    }

    @Test("every example, fixture and bad input seeds the corpus")
    func seeded() throws {
        let folder = Self.fuzzFolder.appendingPathComponent("corpus")
        // Run once with PLACEGRAPH_WRITE_FUZZ_SEEDS=1 after adding a fixture, then commit the files.
        let write = ProcessInfo.processInfo.environment["PLACEGRAPH_WRITE_FUZZ_SEEDS"] == "1"
        for (name, bytes) in Self.seeds {
            let url = folder.appendingPathComponent(name)
            if write { try bytes.write(to: url) }
            #expect(FileManager.default.contents(atPath: url.path) == bytes,
                    "Fuzz/corpus/\(name) is missing or stale; run PLACEGRAPH_WRITE_FUZZ_SEEDS=1 swift test --filter FuzzCorpusTests")
        }
    }

    @Test("every corpus and crash input loads in process to a graph or located diagnostics")
    func inProcess() throws {
        #expect(Self.corpus.count >= Self.seeds.count)
        for input in Self.corpus + Self.crashes {
            for limits in [Self.fuzzLimits, .standard] {
                let result = MapLoader.load(data: input.file, file: "fuzz", format: input.format, limits: limits)
                let lines = Self.lineCount(input.file)
                for diagnostic in result.diagnostics {
                    let location = try #require(diagnostic.location, "\(input.name): \(diagnostic.message)")
                    // A workbook's locations are its sheets' cells, or the whole file, not lines.
                    let located = input.format == .xlsx
                        ? location.sheet != nil || location.line == 0
                        : (1...lines + 1).contains(location.line) && location.column >= 1
                    #expect(located, "\(input.name): \(location) \(diagnostic.message)")
                    _ = diagnostic.styled(source: result.source)
                }
                #expect(result.graph != nil || result.hasErrors, "\(input.name)")
            }
        }
    }

    @Test("every crash found so far, and every seed, runs through the command line within its memory",
          arguments: crashes + corpus.filter { $0.name.hasPrefix("corpus/seed-") })
    func crash(_ input: Input) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = "input.\(input.format.rawValue)"
        try input.file.write(to: folder.appendingPathComponent(file))
        let run = try LimitedRun.run(["validate", file], in: folder)
        #expect(run.status == 0 || run.status == 65, "\(input.name): status \(run.status): \(run.stderrText.prefix(500))")
    }
}
