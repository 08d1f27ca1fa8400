import Foundation

extension MapLoader {
    /// Checks a map held in an `.xlsx` workbook: the workbook's sheets become the same tree a
    /// YAML file does, so every check applies, each problem located at its cell.
    static func loadWorkbook(data: Data, file: String) -> LoadResult {
        var reader = WorkbookMapReader(file: file)
        let tree = reader.read(data)
        return finish(tree, diagnostics: reader.diagnostics, file: file)
    }
}
