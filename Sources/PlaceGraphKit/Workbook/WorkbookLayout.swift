/// The sheets and columns of a placegraph workbook, shared by the reader and the writer so the
/// two cannot drift apart.
enum WorkbookLayout {
    /// How a column's cells are read and checked.
    enum Kind: Equatable {
        case text, id, date, number, effect, confidence, flag
        /// Ids separated by commas or semicolons (a service's areas).
        case idList
        /// The id of the service or contract a row belongs to.
        case parent
    }

    struct Column {
        /// The header, which is also the map key the column fills (`lead_time`).
        let name: String
        let kind: Kind
        /// The width a person needs to read it, in characters.
        let width: Double
    }

    static let place = "Place", areas = "Areas", services = "Services", contracts = "Contracts"
    static let objectives = "Objectives", interactions = "Interactions", scale = "Scale", lists = "Lists"

    /// The sheets a workbook must have, in tab order; Areas is optional.
    static let requiredSheets = [place, services, contracts, objectives, interactions]

    /// The Place sheet is a list of fields, one a row: the field's name and its value.
    static let placeFields: [(name: String, meaning: String)] = [
        ("placegraph", "format version; 1"),
        ("name", "the place; required"),
        ("mission", "what the place is working towards"),
        ("lead_time", "how long a re-procurement decision takes, for every contract: 9m, 6w, 90d, 1y"),
    ]

    static let areaColumns = [Column(name: "id", kind: .id, width: 22), Column(name: "name", kind: .text, width: 36)]

    static let serviceColumns = [
        Column(name: "id", kind: .id, width: 24), Column(name: "name", kind: .text, width: 36),
        Column(name: "domain", kind: .text, width: 24), Column(name: "owner", kind: .text, width: 28),
        Column(name: "areas", kind: .idList, width: 28),
    ]

    /// The contract columns, with `extensionColumns` columns of extension options.
    static func contractColumns(extensionColumns: Int = 1) -> [Column] {
        let options = (1...max(1, extensionColumns)).map {
            Column(name: $0 == 1 ? "extension" : "extension \($0)", kind: .date, width: 13)
        }
        return [
            Column(name: "id", kind: .id, width: 26), Column(name: "service", kind: .parent, width: 24),
            Column(name: "name", kind: .text, width: 32), Column(name: "supplier", kind: .text, width: 26),
            Column(name: "start", kind: .date, width: 13), Column(name: "end", kind: .date, width: 13),
        ] + options + [
            Column(name: "lead_time", kind: .text, width: 11), Column(name: "ocid", kind: .text, width: 28),
            Column(name: "value", kind: .number, width: 14),
        ]
    }

    static let objectiveColumns = [
        Column(name: "id", kind: .id, width: 26), Column(name: "belongs_to", kind: .parent, width: 26),
        Column(name: "text", kind: .text, width: 50), Column(name: "kpi", kind: .text, width: 32),
    ]

    static let interactionColumns = [
        Column(name: "from", kind: .id, width: 26), Column(name: "to", kind: .id, width: 26),
        Column(name: "effect", kind: .effect, width: 8), Column(name: "because", kind: .text, width: 60),
        Column(name: "evidence", kind: .text, width: 32), Column(name: "confidence", kind: .confidence, width: 12),
        Column(name: "mutual", kind: .flag, width: 9),
    ]

    /// A header as a field name: trimmed, lowercase, spaces and hyphens as underscores, so
    /// `Lead time` and `lead-time` both mean `lead_time`.
    static func fieldName(_ header: String) -> String {
        let words = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
        return words.joined(separator: "_")
    }

    /// The extension option a header names: 1 for `extension`, 2 for `extension 2`.
    static func extensionOption(_ field: String) -> Int? {
        if field == "extension" { return 1 }
        guard field.hasPrefix("extension_"), let number = Int(field.dropFirst("extension_".count)),
              (1...99).contains(number) else { return nil }
        return number
    }
}
