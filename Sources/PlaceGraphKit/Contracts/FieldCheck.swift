/// One field of a contract in the map against the published value.
public struct FieldCheck: Sendable, Hashable {
    public enum Field: String, Sendable, CaseIterable {
        case start, end, `extension`, value, supplier, ocid
    }

    /// How the two sides stand.
    public enum State: String, Sendable {
        case agrees
        case differs
        /// Published, but not in the map.
        case missing = "missing-in-map"
        /// In the map, but not published.
        case unpublished = "not-published"
    }

    /// A value of either side.
    public enum Value: Sendable, Hashable {
        case date(CalendarDate)
        case amount(Double)
        case text(String)
        case names([String])
    }

    /// Where a published value came from: the OCDS field (`awards[].contractPeriod.endDate`)
    /// or register column (`End date`), and the value's place in its file.
    public struct Source: Sendable, Hashable {
        public let field: String
        public let location: SourceLocation
    }

    /// Suppliers beyond this many (a framework) are not written into the map's one `supplier`.
    public static let maxSuppliersWritten = 5

    public let field: Field
    public let map: Value?
    public let published: Value?
    /// The OCDS field or register column the published value came from, with where it is.
    public let source: Source?
    public let state: State
    /// What `--update` writes for this field; `nil` when the map agrees, the value was not
    /// published, or the map cannot hold it (more suppliers than ``maxSuppliersWritten``).
    public let update: ContractChange?

    /// Every field either side has, for a contract and its published record.
    static func all(_ contract: Contract, published: PublishedContract, key: String?,
                    match: ContractCheck.Match?) -> [FieldCheck] {
        var checks: [FieldCheck?] = []
        checks.append(compare(.start, contract.start.map(Value.date), published.start.map(dated), update: .start(published.start?.value)))
        checks.append(compare(.end, contract.end.map(Value.date), published.end.map(dated), update: .end(published.end?.value)))
        // An extent on the end date itself is no extension.
        let extent = published.maxExtent.flatMap { $0.value == published.end?.value ? nil : $0 }
        let options = extent.map { Array(contract.extensionOptions.dropLast()) + [$0.value] } ?? []
        checks.append(compare(.extension, contract.extensionEnd.map(Value.date), extent.map(dated), update: .extensions(options)))
        let value = published.value.map { Published(Value.amount($0.value), field: $0.field, location: $0.location) }
        checks.append(compare(.value, contract.value.map(Value.amount), value, update: .value(published.value?.value)))
        let names = published.suppliers.map { Published(Value.names($0.value), field: $0.field, location: $0.location) }
        let writable = (published.suppliers?.value.count ?? 0) <= maxSuppliersWritten
        checks.append(compare(.supplier, contract.supplier.map(Value.text), names,
                              update: writable ? .supplier(published.suppliers?.value.joined(separator: "; ")) : nil))
        if match == .mapping, let key, contract.ocid != key {
            checks.append(FieldCheck(field: .ocid, map: contract.ocid.map(Value.text), published: .text(key),
                                     source: Source(field: "mapping", location: published.location), state: contract.ocid == nil ? .missing : .differs,
                                     update: .ocid(key)))
        }
        return checks.compactMap { $0 }
    }

    private static func dated(_ date: Published<CalendarDate>) -> Published<Value> {
        Published(.date(date.value), field: date.field, location: date.location)
    }

    private static func compare(_ field: Field, _ map: Value?, _ published: Published<Value>?, update: ContractChange?) -> FieldCheck? {
        let state: State
        switch (map, published?.value) {
        case (nil, nil): return nil
        case (_?, nil): state = .unpublished
        case (nil, _?): state = .missing
        case let (map?, published?): state = agree(map, published) ? .agrees : .differs
        }
        return FieldCheck(field: field, map: map, published: published?.value,
                          source: published.map { Source(field: $0.field, location: $0.location) }, state: state,
                          update: state == .missing || state == .differs ? update : nil)
    }

    /// Amounts agree to the penny; a supplier agrees when it is one of the published names,
    /// compared without case, extra spaces or the difference between `&` and `and`.
    private static func agree(_ map: Value, _ published: Value) -> Bool {
        switch (map, published) {
        case let (.amount(a), .amount(b)): abs(a - b) < 0.005
        case let (.text(name), .names(names)):
            names.map(OCDSText.folded).contains(OCDSText.folded(name))
                || OCDSText.folded(name) == OCDSText.folded(names.joined(separator: "; "))
        default: map == published
        }
    }
}
