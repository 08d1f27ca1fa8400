import Foundation
import PlaceGraphKit

/// One good version of the map: the file's bytes, their version and the checked graph.
public struct MapSnapshot: Sendable {
    public let version: MapVersion
    public let bytes: Data
    public let graph: PlaceGraph
}

/// A version of the file that does not validate: its problems, located in its text.
public struct MapProblems: Sendable {
    public let version: MapVersion
    public let diagnostics: [Diagnostic]
    public let source: String?
}

/// Reading the map file from disk, under the loader's size cap.
enum MapFile {
    /// The file's bytes, at most one more than `limit` (the loader then refuses it as too
    /// large); `nil` when it cannot be opened, as happens for a moment while an editor
    /// replaces it.
    static func read(_ path: String, limit: Int = InputLimits.standard.maxBytes) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: limit + 1) ?? Data()
    }

    /// The format the map is read in: the one given, else its extension's.
    static func format(of path: String, given: InputFormat?) -> InputFormat? {
        given ?? InputFormat(pathExtension: (path as NSString).pathExtension)
    }
}
