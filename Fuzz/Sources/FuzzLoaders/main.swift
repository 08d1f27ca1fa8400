import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// libFuzzer entry point: the first byte picks the format (a map format, a Kumu or Mental
/// Modeler file, or an OCDS package or contract register), the rest is the file. Every input
/// must load to a graph or to diagnostics; a crash, trap or hang is a bug to turn into a unit
/// test in Tests/PlaceGraphKitTests/Loading.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    // Maps, other tools' files (each Kumu form by its ending), and published contract data.
    let formats: [(InputFormat?, String)] = [(.yaml, "fuzz"), (.json, "fuzz"), (.csv, "fuzz"), (.kumu, "fuzz.kumu.json"),
                                             (.kumu, "fuzz.kumu.csv"), (.mentalmodeler, "fuzz.mentalmodeler.csv"),
                                             (nil, "fuzz.json"), (nil, "fuzz.csv")]
    let (format, file) = formats[Int(bytes[0]) % formats.count]
    let data = Data(bytes.dropFirst())
    guard let format else {
        let published = PublishedContractReader.read([(file, data)])
        for diagnostic in published.diagnostics { _ = diagnostic.styled(source: published.sources[file]) }
        return 0
    }
    let result = MapLoader.load(data: data, file: file, format: format)
    for diagnostic in result.diagnostics { _ = diagnostic.styled(source: result.source) }
    if let graph = result.graph { _ = graph.rolledUpToServices() }
    return 0
}
