/// A contract as a council published it: in Open Contracting (OCDS) data or in the contract
/// register the Local Government Transparency Code asks for, with where each value came from.
public struct PublishedContract: Sendable, Hashable {
    /// The Open Contracting id (`ocds-…`), when published as OCDS or given in a register.
    public let ocid: String?
    /// The register's own reference, when read from a contract register.
    public let reference: String?
    public let title: String?
    public let start: Published<CalendarDate>?
    public let end: Published<CalendarDate>?
    /// The latest date the contract can run to with every extension (OCDS `maxExtentDate`).
    public let maxExtent: Published<CalendarDate>?
    /// The value in GBP.
    public let value: Published<Double>?
    /// The suppliers' names, in the order published, without repeats.
    public let suppliers: Published<[String]>?
    /// The release, record or register row it was read from.
    public let location: SourceLocation

    /// The id a map's contract names it by: the ocid, or the register reference.
    public var key: String { ocid ?? reference ?? "" }

    public init(ocid: String?, reference: String?, title: String?, start: Published<CalendarDate>?,
                end: Published<CalendarDate>?, maxExtent: Published<CalendarDate>?, value: Published<Double>?,
                suppliers: Published<[String]>?, location: SourceLocation) {
        self.ocid = ocid
        self.reference = reference
        self.title = title
        self.start = start
        self.end = end
        self.maxExtent = maxExtent
        self.value = value
        self.suppliers = suppliers
        self.location = location
    }
}

/// A published value and the field it was read from: an OCDS path such as
/// `awards[].contractPeriod.endDate`, or a register's column heading.
public struct Published<Value: Sendable & Hashable>: Sendable, Hashable {
    public let value: Value
    /// The OCDS field, or the register column, the value came from.
    public let field: String
    public let location: SourceLocation

    public init(_ value: Value, field: String, location: SourceLocation) {
        self.value = value
        self.field = field
        self.location = location
    }
}

/// Everything read from the published files: the contracts, and every problem found in them.
public struct PublishedContracts: Sendable {
    /// The contracts, by key (several releases of one ocid are one contract).
    public let contracts: [PublishedContract]
    /// Errors and warnings, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// Each file's text, for quoting lines in diagnostics.
    public let sources: [String: String]

    /// True when at least one diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public init(contracts: [PublishedContract], diagnostics: [Diagnostic], sources: [String: String]) {
        self.contracts = contracts
        self.diagnostics = diagnostics
        self.sources = sources
    }
}
