import Foundation

/// The formats a map can be read from.
public enum InputFormat: String, Sendable, CaseIterable {
    case yaml, json, csv, xlsx
    /// A Kumu blueprint, workbook, connections sheet or folder (see ``KumuReader``).
    case kumu
    /// Mental Modeler's CSV adjacency matrix (see ``MentalModelerReader``).
    case mentalmodeler

    /// The format a file's extension implies: `.yaml`, `.yml`, `.json`, `.csv` or `.xlsx`.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "csv": self = .csv
        case "xlsx": self = .xlsx
        default: return nil
        }
    }

    /// The format a file's name implies, its longest ending first: `map.kumu.json`,
    /// `map.kumu.xlsx` and `connections.kumu.csv` are Kumu maps, `matrix.mentalmodeler.csv`
    /// a Mental Modeler matrix, and otherwise the extension decides.
    public init?(path: String) {
        let name = (path as NSString).lastPathComponent.lowercased()
        if ["kumu.json", "kumu.xlsx", "kumu.csv"].contains(where: { name.hasSuffix("." + $0) }) {
            self = .kumu
        } else if name.hasSuffix(".mentalmodeler.csv") {
            self = .mentalmodeler
        } else {
            self.init(pathExtension: (path as NSString).pathExtension)
        }
    }
}

/// What loading a map produced: the graph when the file is usable, and every problem found.
public struct LoadResult: Sendable {
    /// The graph, or `nil` when any error was found.
    public let graph: PlaceGraph?
    /// Errors and warnings, sorted by position.
    public let diagnostics: [Diagnostic]
    /// The file's text, for quoting lines in diagnostics; `nil` for a workbook, which has no lines.
    public let source: String?

    /// True when at least one diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Why a map could not be read at all (as opposed to read and found wrong).
public enum MapReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case unknownFormat(path: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "cannot read '\(path)': \(reason)"
        case let .unknownFormat(path):
            "cannot tell the format of '\(path)' from its extension; use .yaml, .yml, .json, .csv or .xlsx"
        }
    }
}

/// The front door of the pipeline: file → parsed tree → checked ``PlaceMap`` → ``PlaceGraph``.
public enum MapLoader {
    /// Reads and checks the map at `path`.
    ///
    /// - Parameters:
    ///   - path: the map file.
    ///   - format: the input format; `nil` picks it from the file's extension.
    /// - Throws: ``MapReadError`` when the file cannot be read or its format is unknown.
    ///   Problems *in* the file are diagnostics in the result, never thrown.
    public static func load(path: String, format: InputFormat? = nil) throws(MapReadError) -> LoadResult {
        guard let format = format ?? InputFormat(path: path) else {
            throw .unknownFormat(path: path)
        }
        if format == .kumu { return try loadKumu(path: path) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        return load(data: data, file: path, format: format)
    }

    /// Checks a map held in memory; `file` is the name diagnostics use.
    public static func load(data: Data, file: String, format: InputFormat) -> LoadResult {
        if format == .xlsx { return loadWorkbook(data: data, file: file) }
        if format == .kumu { return loadKumu(data: data, file: file) }
        if format == .mentalmodeler { return loadMentalModeler(data: data, file: file) }
        if let problem = binaryProblem(in: data, file: file) {
            // Decoded with replacement characters, so the diagnostic can still quote its line.
            return LoadResult(graph: nil, diagnostics: [problem], source: String(decoding: data, as: UTF8.self))
        }
        return load(text: String(decoding: data, as: UTF8.self), file: file, format: format)
    }

    /// Checks a map given as text; `file` is the name diagnostics use.
    public static func load(text: String, file: String, format: InputFormat) -> LoadResult {
        if format == .xlsx || format == .kumu || format == .mentalmodeler { return load(data: Data(text.utf8), file: file, format: format) }
        var diagnostics: [Diagnostic] = []
        let map: PlaceMap?
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.append(.error("the file is empty", hint: "run 'placegraph init' to write a starter map",
                                      at: SourceLocation(file: file, line: 1, column: 1)))
            map = nil
        } else {
            map = decode(text: text, file: file, format: format, diagnostics: &diagnostics)
        }
        var graph: PlaceGraph?
        if let map {
            let built = PlaceGraph.build(from: map)
            graph = built.graph
            diagnostics += built.diagnostics
        }
        return LoadResult(graph: graph, diagnostics: diagnostics.sorted(), source: text)
    }

    private static func decode(text: String, file: String, format: InputFormat,
                               diagnostics: inout [Diagnostic]) -> PlaceMap? {
        do {
            switch format {
            case .yaml, .json:
                let tree = format == .yaml ? try YAMLReader.read(text, file: file) : try JSONReader.read(text, file: file)
                guard let tree else {
                    diagnostics.append(.error("the file is empty", hint: "run 'placegraph init' to write a starter map",
                                              at: SourceLocation(file: file, line: 1, column: 1)))
                    return nil
                }
                var decoder = MapDecoder(file: file)
                let map = decoder.decode(tree)
                diagnostics += decoder.diagnostics
                return map
            case .csv:
                let rows = try CSVReader.read(text, file: file)
                var decoder = EdgeListDecoder(file: file)
                let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                guard let header = rows.first else { return nil }
                let map = EdgeListDecoder.isEdgeList(header)
                    ? decoder.decodeEdgeList(rows, placeName: name)
                    : decoder.decodeMatrix(rows, placeName: name)
                diagnostics += decoder.diagnostics
                return map
            case .xlsx, .kumu, .mentalmodeler:
                return nil  // read from bytes by their own loaders, never as text
            }
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    /// An error when the bytes are not UTF-8 text: invalid sequences or NUL bytes.
    private static func binaryProblem(in data: Data, file: String) -> Diagnostic? {
        let bytes = [UInt8](data)
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00:
                return .error("the file contains a NUL byte; it looks like a binary file, not text",
                              hint: "export the map as UTF-8 YAML, JSON or CSV",
                              at: SourceLocation(file: file, line: line, column: column))
            case 0x01...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid = length > 0 && index + length <= bytes.count
                && bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
                && String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
            guard valid else {
                return .error("the file is not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(index))",
                              hint: "save or export the map as UTF-8",
                              at: SourceLocation(file: file, line: line, column: column))
            }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return nil
    }
}
