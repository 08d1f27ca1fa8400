/// Reads Open Contracting Data Standard 1.1 release packages and record packages
/// (https://standard.open-contracting.org/1.1/en/schema/) into ``PublishedContract``s.
///
/// A package may hold several releases of one contracting process (a tender notice, then an
/// award); they are combined by ocid: for each part placegraph reads (`tender`, `awards`,
/// `contracts`, `parties`) the latest release by `date` that has it wins. A record's
/// `compiledRelease` is used as it is when the record has one. This is a simplification of
/// OCDS's merge rules that gives the same answer whenever a later release repeats the whole
/// array it changes, which is how publishers write them.
struct OCDSReader {
    var diagnostics: [Diagnostic] = []
    /// Every release read so far, by ocid, in the order ocids were first met.
    private var releases: [String: [PointedValue]] = [:]
    private var order: [String] = []

    /// Reads the releases of one OCDS JSON file, reporting what is not OCDS.
    mutating func add(_ text: String, file: String) {
        let tree: SourceNode?
        do {
            tree = try JSONReader.read(text, file: file)
        } catch {
            diagnostics.append(error)
            return
        }
        guard let tree else {
            diagnostics.append(.error("the file is empty", at: SourceLocation(file: file, line: 1, column: 1)))
            return
        }
        collect(PointedValue(root: tree, file: file))
    }

    /// The contracting processes read, one contract each, in the order first met.
    mutating func contracts() -> [PublishedContract] {
        order.compactMap { ocid in contract(ocid: ocid, releases: releases[ocid] ?? []) }
    }

    mutating func report(_ message: String, hint: String? = nil, at value: PointedValue) {
        diagnostics.append(.error(message, hint: hint, at: value.location))
    }

    private mutating func collect(_ root: PointedValue) {
        guard root.isObject else {
            report("expected an OCDS release package or record package, found \(root.kind)",
                   hint: "an OCDS package is an object with a 'releases' or a 'records' array", at: root)
            return
        }
        if let list = root["releases"] {
            for release in array(list, of: "releases") {
                guard let ocid = ocid(of: release) else { continue }
                add(release, ocid: ocid)
            }
        } else if let list = root["records"] {
            for record in array(list, of: "records") {
                guard let ocid = ocid(of: record) else { continue }
                if let compiled = record["compiledRelease"], compiled.isObject {
                    add(compiled, ocid: ocid)
                } else if let embedded = record["releases"] {
                    // Linked releases (a url and a date) carry no data to read.
                    for release in array(embedded, of: "releases") where release["url"] == nil { add(release, ocid: ocid) }
                }
            }
        } else {
            report("no 'releases' or 'records' array; this is not an OCDS release package or record package",
                   hint: "placegraph reads OCDS 1.1 packages as published by Contracts Finder and other OCDS publishers", at: root)
        }
    }

    private mutating func add(_ release: PointedValue, ocid: String) {
        if releases[ocid] == nil { order.append(ocid) }
        releases[ocid, default: []].append(release)
    }

    /// The elements of an array, after reporting anything else.
    mutating func array(_ value: PointedValue, of name: String) -> [PointedValue] {
        guard let items = value.items else {
            report("expected '\(name)' to be an array, found \(value.kind)", at: value)
            return []
        }
        return items
    }

    private mutating func ocid(of value: PointedValue) -> String? {
        guard value.isObject else {
            report("expected a release or record object, found \(value.kind)", at: value)
            return nil
        }
        guard let field = value["ocid"] else {
            report("a release or record has no 'ocid'", hint: "every OCDS release names its contracting process by 'ocid'", at: value)
            return nil
        }
        guard let ocid = field.string?.trimmingCharacters(in: .whitespaces), !ocid.isEmpty else {
            report("expected 'ocid' to be a non-empty string, found \(field.kind)", at: field)
            return nil
        }
        return ocid
    }

    /// The latest of `releases` (by their `date`, ISO 8601 text that sorts as written) that
    /// has `part`.
    func latest(_ part: String, in releases: [PointedValue]) -> PointedValue? {
        releases.enumerated()
            .filter { $0.element[part] != nil }
            .max { ($0.element["date"]?.string ?? "", $0.offset) < ($1.element["date"]?.string ?? "", $1.offset) }?
            .element[part]
    }
}
