import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// The readers the harness drives, each named by the first byte of an input: `y` YAML,
/// `j` JSON, `c` CSV. Any other first byte picks one by its value, so random inputs reach
/// every reader too. Corpus files start with their letter, so their meaning never changes as
/// readers are added.
///
/// `x` is the workbook reader: the rest of the input is the `.xlsx` file's bytes (a zip).
/// `k` reads a Kumu blueprint, `K` a Kumu connections sheet, `m` a Mental Modeler matrix; `o`
/// an OCDS package and `r` a contract register (published contract data, not a map: `format`
/// is `nil`).
let readers: [(letter: UInt8, format: InputFormat?, file: String)] = [
    (UInt8(ascii: "y"), .yaml, "fuzz"), (UInt8(ascii: "j"), .json, "fuzz"), (UInt8(ascii: "c"), .csv, "fuzz"),
    (UInt8(ascii: "x"), .xlsx, "fuzz"), (UInt8(ascii: "k"), .kumu, "fuzz.kumu.json"), (UInt8(ascii: "K"), .kumu, "fuzz.kumu.csv"),
    (UInt8(ascii: "m"), .mentalmodeler, "fuzz.mentalmodeler.csv"), (UInt8(ascii: "o"), nil, "fuzz.json"),
    (UInt8(ascii: "r"), nil, "fuzz.csv"),
]

/// Small caps, so the fuzzer spends its time on readers' logic rather than on big inputs:
/// each cap is still crossed by inputs of a few hundred bytes.
let limits = InputLimits(maxBytes: 1 << 16, maxLineBytes: 1 << 10, maxDepth: 16, maxValues: 2_000,
                         maxColumns: 64, maxCells: 2_000)

/// libFuzzer entry point: the first byte picks the reader, the rest is the file. Every input
/// must load to a graph or to located diagnostics; a crash, trap, hang or leak is a bug to
/// turn into a unit test (and a file in `Fuzz/crashes/`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let reader = readers.first { $0.letter == bytes[0] } ?? readers[Int(bytes[0]) % readers.count]
    let file = Data(bytes.dropFirst())
    let lines = lineCount(file)
    guard let format = reader.format else {
        let published = PublishedContractReader.read([(reader.file, file)])
        for diagnostic in published.diagnostics {
            guard let location = diagnostic.location, location.line == 0 || (1...lines + 1).contains(location.line) else {
                fatalError("diagnostic outside the file: \(diagnostic.message)")
            }
            _ = diagnostic.styled(source: published.sources[reader.file])
        }
        return 0
    }
    for limits in [limits, InputLimits.standard] {
        let result = MapLoader.load(data: file, file: reader.file, format: format, limits: limits)
        for diagnostic in result.diagnostics {
            // A workbook's locations are its sheets' cells, or the whole file, not lines.
            guard let location = diagnostic.location,
                  format == .xlsx || format == .kumu ? location.sheet != nil || location.line == 0 || (1...lines + 1).contains(location.line)
                                  : (1...lines + 1).contains(location.line) && location.column >= 1 else {
                fatalError("diagnostic outside the file: \(diagnostic.location.map(String.init(describing:)) ?? "-") \(diagnostic.message)")
            }
            _ = diagnostic.styled(source: result.source)
        }
        if let graph = result.graph { _ = graph.rolledUpToServices() }
    }
    return 0
}

/// Lines as placegraph counts them: ended by a line feed, CRLF or a lone carriage return.
func lineCount(_ file: Data) -> Int {
    var count = 1, previous: UInt8 = 0
    for byte in file {
        if byte == 0x0A || previous == 0x0D { count += 1 }
        previous = byte
    }
    return previous == 0x0D ? count + 1 : count
}
