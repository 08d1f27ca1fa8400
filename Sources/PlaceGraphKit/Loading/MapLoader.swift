import Foundation

/// The formats a map can be read from.
public enum InputFormat: String, Sendable, CaseIterable {
    case yaml, json, csv, xlsx
    /// A Kumu blueprint, workbook, connections sheet or folder (its documented rules are in the README).
    case kumu
    /// Mental Modeler's CSV adjacency matrix (weights × 3).
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
    /// The file's text, for quoting lines in diagnostics: `nil` for a workbook, which has no
    /// lines; for a file refused before it became text (too large, a line too long, or not
    /// UTF-8), only as much as its diagnostic quotes.
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
///
/// Every cap in ``InputLimits`` is checked before the text is expanded into a tree: the size
/// before reading, line lengths and the encoding in one pass over the bytes, and nesting,
/// value, column and cell counts by each reader in a pass that builds nothing.
public enum MapLoader {
    /// Reads and checks the map at `path`.
    ///
    /// - Parameters:
    ///   - path: the map file.
    ///   - format: the input format; `nil` picks it from the file's extension.
    ///   - limits: the caps on what the file may hold.
    /// - Throws: ``MapReadError`` when the file cannot be read or its format is unknown.
    ///   Problems *in* the file, a file over the size cap included, are diagnostics in the
    ///   result, never thrown.
    public static func load(path: String, format: InputFormat? = nil,
                            limits: InputLimits = .standard) throws(MapReadError) -> LoadResult {
        guard let format = format ?? InputFormat(path: path) else {
            throw .unknownFormat(path: path)
        }
        if format == .kumu { return try loadKumu(path: path) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a folder") }
        switch InputFile.read(path, limit: limits.maxBytes) {
        case let .read(data):
            return load(data: data, file: path, format: format, limits: limits)
        case let .tooLarge(size, firstLine):
            return tooLarge(size: size, firstLine: firstLine, file: path, limits: limits)
        case let .failed(reason):
            throw .unreadable(path: path, reason: reason)
        }
    }

    /// Checks a map held in memory; `file` is the name diagnostics use.
    public static func load(data: Data, file: String, format: InputFormat,
                            limits: InputLimits = .standard) -> LoadResult {
        guard data.count <= limits.maxBytes else {
            let head = data.prefix(200).prefix { $0 != 0x0A && $0 != 0x0D }
            return tooLarge(size: data.count, firstLine: String(decoding: head, as: UTF8.self), file: file, limits: limits)
        }
        // A workbook is binary: it branches here, before the text checks, under its own caps.
        if format == .xlsx { return loadWorkbook(data: data, file: file) }
        // Maps from other tools have readers of their own, which report in those tools' terms.
        if format == .kumu { return loadKumu(data: data, file: file) }
        if format == .mentalmodeler { return loadMentalModeler(data: data, file: file) }
        let data = InputText.unifyingLineEnds(data)
        let checked: (problem: (diagnostic: Diagnostic, offset: Int)?, skip: Int) = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return (InputText.problem(in: bytes, file: file, maxLineBytes: lineCap(format, limits)),
                    InputText.byteOrderMarkLength(bytes))
        }
        if let (problem, offset) = checked.problem {
            // Only the text up to the problem, so a refused line is never quoted past the cap.
            let source = String(decoding: data[data.startIndex + checked.skip ..< data.startIndex + max(offset, checked.skip)],
                                as: UTF8.self)
            return LoadResult(graph: nil, diagnostics: [problem], source: source)
        }
        return decode(text: String(decoding: data.dropFirst(checked.skip), as: UTF8.self), file: file,
                      format: format, limits: limits)
    }

    /// Checks a map given as text; `file` is the name diagnostics use.
    public static func load(text: String, file: String, format: InputFormat,
                            limits: InputLimits = .standard) -> LoadResult {
        load(data: Data(text.utf8), file: file, format: format, limits: limits)
    }

    /// YAML and CSV lines are written by people and kept short; JSON is often one long line.
    private static func lineCap(_ format: InputFormat, _ limits: InputLimits) -> Int? {
        format == .json ? nil : limits.maxLineBytes
    }

    private static func tooLarge(size: Int?, firstLine: String, file: String, limits: InputLimits) -> LoadResult {
        let what = size.map { "the file is \(byteSize($0))," } ?? "the input is"
        let diagnostic = Diagnostic.error(
            "\(what) more than the \(byteSize(limits.maxBytes)) placegraph reads",
            hint: "a map of 20,000 items and 100,000 interactions is about 16 MB; check this is a place map",
            at: SourceLocation(file: file, line: 1, column: 1))
        return LoadResult(graph: nil, diagnostics: [diagnostic], source: firstLine)
    }

    private static func decode(text: String, file: String, format: InputFormat, limits: InputLimits) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        let map: PlaceMap?
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.append(.error("the file is empty", hint: "run 'placegraph init' to write a starter map",
                                      at: SourceLocation(file: file, line: 1, column: 1)))
            map = nil
        } else {
            map = decode(text: text, file: file, format: format, limits: limits, diagnostics: &diagnostics)
        }
        var graph: PlaceGraph?
        if let map {
            let built = PlaceGraph.build(from: map)
            graph = built.graph
            diagnostics += built.diagnostics
        }
        return LoadResult(graph: graph, diagnostics: distinct(diagnostics.sorted()), source: text)
    }

    /// Sorted diagnostics without repeats: a value an alias repeats is checked at each use,
    /// but its problem is reported once, where it is written.
    private static func distinct(_ sorted: [Diagnostic]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for diagnostic in sorted where out.last != diagnostic { out.append(diagnostic) }
        return out
    }

    private static func decode(text: String, file: String, format: InputFormat, limits: InputLimits,
                               diagnostics: inout [Diagnostic]) -> PlaceMap? {
        do {
            switch format {
            case .yaml, .json:
                let tree = format == .yaml ? try YAMLReader.read(text, file: file, limits: limits)
                    : try JSONReader.read(text, file: file, limits: limits)
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
                let rows = try CSVReader.read(text, file: file, limits: limits)
                var decoder = EdgeListDecoder(file: file)
                let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                let map = decoder.decode(rows, placeName: name)
                diagnostics += decoder.diagnostics
                return map
            case .xlsx, .kumu, .mentalmodeler:
                // Workbooks, Kumu maps and Mental Modeler matrices are read by their own loaders, never as text;
                // should that ever change, this says so rather than passing silently.
                diagnostics.append(.error("a \(format.rawValue) file cannot be read as a map text", at: SourceLocation(file: file)))
                return nil
            }
        } catch {
            diagnostics.append(error)
            return nil
        }
    }
}
