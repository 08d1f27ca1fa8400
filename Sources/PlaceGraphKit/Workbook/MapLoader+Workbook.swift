import Foundation

extension MapLoader {
    /// Checks a map held in an `.xlsx` workbook: the workbook's sheets become the same tree a
    /// YAML file does, so every check applies, each problem located at its cell.
    static func loadWorkbook(data: Data, file: String) -> LoadResult {
        var reader = WorkbookMapReader(file: file)
        let tree = reader.read(data)
        var diagnostics = reader.diagnostics
        var graph: PlaceGraph?
        if let tree {
            // Cell problems found so far do not stop the decoder, so every problem is reported at once.
            var decoder = MapDecoder(file: file)
            let map = decoder.decode(tree)
            diagnostics += decoder.diagnostics
            if let map, !diagnostics.contains(where: { $0.severity == .error }) {
                let built = PlaceGraph.build(from: map)
                graph = built.graph
                diagnostics += built.diagnostics
            }
        }
        return LoadResult(graph: diagnostics.contains { $0.severity == .error } ? nil : graph,
                          diagnostics: diagnostics.sorted(), source: nil)
    }
}
