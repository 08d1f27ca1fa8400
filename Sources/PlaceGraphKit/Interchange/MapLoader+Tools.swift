import Foundation

/// Maps made in other mapping tools: Kumu and Mental Modeler.
extension MapLoader {
    /// Reads a Kumu map: a blueprint (`.json`), a workbook with `Elements` and `Connections`
    /// sheets (`.xlsx`), a connections sheet alone (`.csv`), or a folder holding an elements CSV
    /// and a connections CSV (files whose names contain `element` and `connection`).
    static func loadKumu(path: String) throws(MapReadError) -> LoadResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard isDirectory.boolValue else {
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path, reason: "permission denied") }
            return loadKumu(data: data, file: path)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        func file(_ word: String) -> String? { names.first { $0.lowercased().contains(word) }.map { (path as NSString).appendingPathComponent($0) } }
        guard let connections = file("connection") else {
            throw .unreadable(path: path, reason: "the folder holds no connections CSV (a file whose name contains 'connection')")
        }
        var diagnostics: [Diagnostic] = [], elements: [KumuRecord] = []
        if let path = file("element"), let data = FileManager.default.contents(atPath: path),
           let table = TableFile.read(data, file: path, workbook: false, diagnostics: &diagnostics), let grid = table.grids.first {
            elements = KumuRecord.records(grid)
        }
        guard let data = FileManager.default.contents(atPath: connections),
              let table = TableFile.read(data, file: connections, workbook: false, diagnostics: &diagnostics), let grid = table.grids.first else {
            return finish(nil, diagnostics: diagnostics, file: path)
        }
        var reader = KumuReader(file: path)
        let tree = reader.tree(elements: elements, connections: KumuRecord.records(grid), placeName: placeName(path))
        return finish(tree, diagnostics: diagnostics + reader.diagnostics, file: path)
    }

    /// Reads a Kumu blueprint, workbook or connections CSV held in memory, by `file`'s ending.
    static func loadKumu(data: Data, file: String) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        var reader = KumuReader(file: file)
        let name = placeName(file)
        switch (file as NSString).pathExtension.lowercased() {
        case "json":
            let text = String(decoding: data, as: UTF8.self)
            do {
                guard let root = try JSONReader.read(text, file: file) else {
                    return finish(nil, diagnostics: [.error("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))], file: file, source: text)
                }
                let blueprint = PointedValue(root: root, file: file)
                guard blueprint.isObject, blueprint["elements"] != nil || blueprint["connections"] != nil else {
                    diagnostics.append(.error("not a Kumu blueprint: expected an object with 'elements' and 'connections' arrays",
                                              at: blueprint.location))
                    return finish(nil, diagnostics: diagnostics, file: file, source: text)
                }
                let elements = KumuRecord.records(blueprint["elements"], diagnostics: &diagnostics)
                let connections = KumuRecord.records(blueprint["connections"], diagnostics: &diagnostics)
                let tree = reader.tree(elements: elements, connections: connections, placeName: name)
                return finish(tree, diagnostics: diagnostics + reader.diagnostics, file: file, source: text)
            } catch {
                return finish(nil, diagnostics: [error], file: file, source: text)
            }
        default:
            let workbook = TableFile.isWorkbook(file)
            guard let table = TableFile.read(data, file: file, workbook: workbook, diagnostics: &diagnostics) else {
                return finish(nil, diagnostics: diagnostics, file: file)
            }
            func sheet(_ name: String) -> SheetGrid? {
                table.grids.first { WorkbookFile.sheetKey($0.name) == name }
            }
            guard let connections = workbook ? sheet("connections") : table.grids.first else {
                diagnostics.append(.error("the workbook has no 'Connections' sheet",
                                          hint: "a Kumu workbook has the sheets Elements and Connections", at: SourceLocation(file: file)))
                return finish(nil, diagnostics: diagnostics, file: file)
            }
            let elements = workbook ? sheet("elements").map(KumuRecord.records) ?? [] : []
            let tree = reader.tree(elements: elements, connections: KumuRecord.records(connections), placeName: name)
            return finish(tree, diagnostics: diagnostics + reader.diagnostics, file: file, source: table.source)
        }
    }

    /// Reads Mental Modeler's CSV matrix held in memory.
    static func loadMentalModeler(data: Data, file: String) -> LoadResult {
        guard let text = String(validating: data, as: UTF8.self) else {
            return finish(nil, diagnostics: [.error("the file is not UTF-8 text", hint: "export the matrix as CSV in UTF-8",
                                                   at: SourceLocation(file: file))], file: file)
        }
        do {
            var reader = MentalModelerReader(file: file)
            let map = reader.map(try CSVReader.read(text, file: file), placeName: placeName(file))
            var diagnostics = reader.diagnostics
            var graph: PlaceGraph?
            if let map {
                let built = PlaceGraph.build(from: map)
                graph = built.graph
                diagnostics += built.diagnostics
            }
            return LoadResult(graph: graph, diagnostics: diagnostics.sorted(), source: text)
        } catch {
            return LoadResult(graph: nil, diagnostics: [error], source: text)
        }
    }

    /// A file's name without its folder and endings (`map.kumu.json` → `map`).
    static func placeName(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return name.split(separator: ".").first.map(String.init) ?? name
    }

    /// Checks a tree built from a workbook or another tool's file as ``MapDecoder`` checks a
    /// YAML map. Problems found while building the tree do not stop the decoder, so every
    /// problem is reported at once.
    static func finish(_ tree: SourceNode?, diagnostics: [Diagnostic], file: String, source: String? = nil) -> LoadResult {
        var diagnostics = diagnostics
        var graph: PlaceGraph?
        if let tree {
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
                          diagnostics: diagnostics.sorted(), source: source)
    }
}
