import Foundation

/// The front door for published contract data: an OCDS package (`.json`), a contract register
/// (`.csv` or `.xlsx`), or a folder of them.
public enum PublishedContractReader {
    /// The most files read from a folder.
    public static let maxFiles = 10_000
    /// The most bytes read from a folder in all.
    public static let maxTotalBytes = 256 << 20

    /// Reads every contract published in the file or folder at `path`.
    ///
    /// Files are read in name order; a folder's `.json`, `.csv` and `.xlsx` files are read and
    /// others (and hidden files) skipped, without looking into sub-folders. When two files
    /// publish the same ocid, their releases are read together; a register row whose key
    /// was published before is skipped with a warning.
    ///
    /// - Throws: ``MapReadError`` when the path does not exist, cannot be listed, or is a file
    ///   of another kind. Problems in the files are diagnostics in the result.
    public static func read(path: String) throws(MapReadError) -> PublishedContracts {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        var files: [String]
        if isDirectory.boolValue {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                throw .unreadable(path: path, reason: "the folder cannot be listed")
            }
            files = names.filter { !$0.hasPrefix(".") && kind(of: $0) != nil }.sorted()
                .map { (path as NSString).appendingPathComponent($0) }
        } else {
            guard kind(of: path) != nil else {
                throw .unreadable(path: path, reason: "published contracts are OCDS packages (.json) or contract registers (.csv or .xlsx)")
            }
            files = [path]
        }
        var diagnostics: [Diagnostic] = []
        if isDirectory.boolValue, files.isEmpty {
            diagnostics.append(.error("the folder holds no .json, .csv or .xlsx files", at: SourceLocation(file: path)))
        }
        if files.count > maxFiles {
            diagnostics.append(.error("the folder holds \(files.count) files; placegraph reads at most \(maxFiles)",
                                      hint: "point --from at a smaller folder", at: SourceLocation(file: path)))
            files = []
        }
        var loaded: [(file: String, data: Data)] = [], total = 0
        for file in files {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            total += size
            guard size <= TableFile.maxBytes, total <= maxTotalBytes else {
                diagnostics.append(.error(size > TableFile.maxBytes
                    ? "the file is \(size >> 20) MiB, more than the \(TableFile.maxBytes >> 20) MiB placegraph reads"
                    : "the files read come to more than \(maxTotalBytes >> 20) MiB", at: SourceLocation(file: file)))
                break
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(.error("the file cannot be read", at: SourceLocation(file: file)))
                continue
            }
            loaded.append((file, data))
        }
        let result = read(loaded)
        return PublishedContracts(contracts: result.contracts, diagnostics: (diagnostics + result.diagnostics).sorted(),
                                  sources: result.sources)
    }

    /// Reads files already in memory, each by the kind its name's extension gives.
    public static func read(_ files: [(file: String, data: Data)]) -> PublishedContracts {
        var ocds = OCDSReader(), diagnostics: [Diagnostic] = [], sources: [String: String] = [:]
        var registers: [PublishedContract] = []
        for (file, data) in files {
            switch kind(of: file) {
            case .ocds:
                guard let text = String(validating: data, as: UTF8.self) else {
                    diagnostics.append(.error("the file is not UTF-8 text", hint: "OCDS JSON is UTF-8", at: SourceLocation(file: file)))
                    continue
                }
                sources[file] = text
                ocds.add(text, file: file)
            case .register:
                guard let table = TableFile.read(data, file: file, workbook: TableFile.isWorkbook(file), diagnostics: &diagnostics),
                      let grid = table.grids.first else { continue }
                sources[file] = table.source
                var reader = ContractRegisterReader(file: file, uses1904: table.uses1904)
                registers += reader.contracts(in: grid)
                diagnostics += reader.diagnostics
            case nil:
                continue
            }
        }
        var contracts = ocds.contracts()
        diagnostics += ocds.diagnostics
        var keys = Set(contracts.map(\.key))
        for contract in registers {
            guard keys.insert(contract.key).inserted else {
                diagnostics.append(.warning("'\(contract.key)' is published in OCDS data too; the OCDS release is read",
                                            at: contract.location))
                continue
            }
            contracts.append(contract)
        }
        return PublishedContracts(contracts: contracts, diagnostics: diagnostics.sorted(), sources: sources)
    }

    private enum Kind { case ocds, register }

    private static func kind(of path: String) -> Kind? {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": .ocds
        case "csv", "xlsx": .register
        default: nil
        }
    }
}
