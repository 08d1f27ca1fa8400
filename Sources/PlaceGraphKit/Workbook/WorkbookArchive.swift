import Foundation
import ZIPFoundation

/// The zip package of an `.xlsx` workbook, opened with caps so a hostile file cannot make
/// placegraph inflate more than it is willing to hold.
///
/// The caps count what is actually inflated, chunk by chunk, and never trust the sizes a
/// zip's headers claim: a zip bomb's headers lie.
struct WorkbookArchive {
    /// At most this many entries are looked at; a workbook has a dozen or two.
    static let maximumEntries = 1_000
    /// At most this many bytes are inflated from the whole package, all parts together.
    static let maximumInflatedBytes = 100 * 1_024 * 1_024

    private let archive: Archive
    private let file: String
    /// Entry paths, without a leading slash.
    private let paths: Set<String>
    private var inflated = 0

    /// Opens the package held in `data`.
    ///
    /// - Throws: a ``Diagnostic`` when the bytes are not a zip archive or have too many entries.
    init(data: Data, file: String) throws(Diagnostic) {
        self.file = file
        let whole = SourceLocation(file: file)
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw .error("the file is an old Excel 97–2003 workbook (.xls), not an .xlsx workbook",
                         hint: "open it in your spreadsheet program and save it as an Excel workbook (.xlsx)", at: whole)
        }
        let opened = data.starts(with: [0x50, 0x4B]) ? Self.open(data) : nil
        guard let archive = opened else {
            throw .error("the file is not an .xlsx workbook: it is not a zip archive",
                         hint: "save the sheet from your spreadsheet program as an Excel workbook (.xlsx), or name a .yaml, .json or .csv map",
                         at: whole)
        }
        var paths: Set<String> = []
        for entry in archive {
            guard paths.count < Self.maximumEntries else {
                throw .error("the workbook has more than \(Self.maximumEntries) parts; a placegraph workbook has about a dozen",
                             hint: "this is not a workbook placegraph can read; save the map again from your spreadsheet program",
                             at: whole)
            }
            paths.insert(Self.normalised(entry.path))
        }
        self.archive = archive
        self.paths = paths
    }

    /// True when the package holds a part at `path`.
    func contains(_ path: String) -> Bool { paths.contains(Self.normalised(path)) }

    /// The bytes of the part at `path`, or `nil` when there is none.
    ///
    /// - Throws: a ``Diagnostic`` when inflating it would pass ``maximumInflatedBytes`` for
    ///   the whole package, or when the part is damaged.
    mutating func part(_ path: String) throws(Diagnostic) -> Data? {
        let path = Self.normalised(path)
        guard paths.contains(path), let entry = archive[path] ?? archive["/" + path] else { return nil }
        var bytes = Data()
        let cap = Self.maximumInflatedBytes
        var total = inflated
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1_024) { chunk in
                total += chunk.count
                guard total <= cap else { throw InflationCapExceeded() }
                bytes.append(chunk)
            }
        } catch is InflationCapExceeded {
            throw .error("the workbook inflates to more than \(cap / 1_024 / 1_024) MiB; it may be a zip bomb",
                         hint: "placegraph inflates at most \(cap / 1_024 / 1_024) MiB from a workbook; split the map or save it as YAML",
                         at: SourceLocation(file: file))
        } catch {
            throw .error("the workbook's part '\(path)' is damaged (\(error))",
                         hint: "open the workbook in your spreadsheet program and save it again", at: SourceLocation(file: file))
        }
        inflated = total
        return bytes
    }

    /// Opens the bytes as a file-backed archive.
    ///
    /// ZIPFoundation's in-memory archives trap when a damaged directory points past the end of
    /// the data (its memory file computes a negative length), while reading past the end of a
    /// file just reads nothing. So the bytes go to a private temporary file, which is unlinked
    /// as soon as the archive holds it open: nothing is left behind whatever happens next.
    private static func open(_ data: Data) -> Archive? {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("placegraph-workbook-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(atPath: url.path, contents: data,
                                             attributes: [.posixPermissions: 0o600]) else { return nil }
        defer { try? FileManager.default.removeItem(at: url) }
        return try? Archive(url: url, accessMode: .read, pathEncoding: nil)
    }

    /// Zip paths without a leading slash; relationship targets may carry one.
    static func normalised(_ path: String) -> String {
        path.hasPrefix("/") ? String(path.dropFirst()) : path
    }

    private struct InflationCapExceeded: Error {}
}
