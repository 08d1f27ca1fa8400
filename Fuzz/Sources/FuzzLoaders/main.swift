import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// libFuzzer entry point: the first byte picks the format, the rest is the file. Every input
/// must load to a graph or to diagnostics; a crash, trap or hang is a bug to turn into a unit
/// test in Tests/PlaceGraphKitTests/Loading.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let formats: [InputFormat] = [.yaml, .json, .csv]
    let format = formats[Int(bytes[0]) % formats.count]
    let result = MapLoader.load(data: Data(bytes.dropFirst()), file: "fuzz", format: format)
    for diagnostic in result.diagnostics { _ = diagnostic.styled(source: result.source) }
    if let graph = result.graph { _ = graph.rolledUpToServices() }
    return 0
}
