import PlaceGraphKit

/// Words for published contract data against the map.
extension Words {
    /// A field's value: `2026-03-31`, `£1,200,000`, a supplier's name, or the first names
    /// published and how many more.
    public static func value(_ value: FieldCheck.Value) -> String {
        switch value {
        case let .date(date): date.description
        case let .amount(amount): pounds(amount)
        case let .text(text): text
        case let .names(names) where names.count > 3:
            names.prefix(2).joined(separator: "; ") + " and \(names.count - 2) more"
        case let .names(names): names.joined(separator: "; ")
        }
    }

    /// "£1,200,000", or with pence when there are any: "£248,652.47".
    public static func pounds(_ amount: Double) -> String {
        let pence = Int((amount * 100).rounded())
        let whole = "£" + grouped(pence / 100)
        return pence % 100 == 0 ? whole : whole + "." + (pence % 100 < 10 ? "0" : "") + String(pence % 100)
    }

    /// "agrees", "differs", "missing in the map", "not published".
    public static func state(_ state: FieldCheck.State) -> String {
        switch state {
        case .agrees: "agrees"
        case .differs: "differs"
        case .missing: "missing in the map"
        case .unpublished: "not published"
        }
    }

    /// How a contract was linked, or why it was not: "by its ocid 'x'", "no ocid".
    public static func link(of check: ContractCheck) -> String {
        guard let key = check.key else { return "no ocid or register reference; not compared" }
        let how = check.match == .mapping ? "the mapping's" : "its"
        return check.published == nil ? "\(how) ocid '\(key)' matches nothing published" : "by \(how) ocid '\(key)'"
    }

    /// What became of one field's published value: nothing to do, written, or why not.
    public static func outcome(of field: FieldCheck, written: Bool) -> String? {
        if field.update != nil { return written ? "written into the map" : "can be written into the map" }
        if field.field == .supplier, case let .names(names)? = field.published, names.count > FieldCheck.maxSuppliersWritten,
           field.state != .agrees {
            return "\(names.count) suppliers (a framework); name the one in the map by hand"
        }
        return nil
    }
}
