import Foundation

/// Why a map cannot be written in a format.
public struct MapWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

/// A format a ``PlaceMap`` can be written in. Each format is one entry of ``MapWriters/all``,
/// so a new one (Kumu, GraphML, Mermaid, …) is a new type and a line there.
public protocol MapWriter: Sendable {
    /// The format's name, as `convert --to` takes it: `yaml`, `xlsx`.
    var name: String { get }
    /// File extensions that imply the format, lowercase and without the dot; the first is
    /// the usual one.
    var extensions: [String] { get }
    /// What the format cannot carry, in a sentence, or `nil` when it keeps the whole map.
    var losses: String? { get }

    /// The map in this format.
    ///
    /// - Throws: ``MapWriteError`` when the map cannot be written in it.
    func data(for map: PlaceMap) throws(MapWriteError) -> Data
}

/// Every format placegraph writes maps in.
public enum MapWriters {
    /// The writers, in the order help texts list them.
    public static let all: [any MapWriter] = [YAMLMapWriter(), JSONMapWriter(), CSVEdgeListWriter(), WorkbookMapWriter(),
                                              KumuWriter(), MentalModelerWriter(), GraphMLWriter(), GEXFWriter(), MermaidWriter()]

    /// The writer called `name` (any case).
    public static func named(_ name: String) -> (any MapWriter)? {
        all.first { $0.name == name.lowercased() }
    }

    /// The writer a file name's ending implies; the longest ending wins, so `map.kumu.json`
    /// is a Kumu blueprint and `map.json` a JSON map.
    public static func forPath(_ path: String) -> (any MapWriter)? {
        let name = (path as NSString).lastPathComponent.lowercased()
        return all.compactMap { writer in
            writer.extensions.filter { name.hasSuffix("." + $0) }.map(\.count).max().map { (writer, $0) }
        }.max { $0.1 < $1.1 }?.0
    }
}

/// `.xlsx`: the workbook of ``WorkbookWriter``.
public struct WorkbookMapWriter: MapWriter {
    public let name = "xlsx"
    public let extensions = ["xlsx"]
    public let losses: String? = nil

    public init() {}

    public func data(for map: PlaceMap) throws(MapWriteError) -> Data { try WorkbookWriter.data(for: map) }
}
