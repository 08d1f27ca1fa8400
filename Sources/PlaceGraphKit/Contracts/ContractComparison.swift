/// The map's contracts set against what was published about them: for each, the dates,
/// extension, value and supplier in the map and in the published data, whether they agree,
/// and what `--update` would write; and the published contracts no contract of the map is.
public struct ContractComparison: Sendable {
    /// Every contract of the map, in the map's order.
    public let checks: [ContractCheck]
    /// Published contracts that no contract of the map names, by key.
    public let unmatched: [PublishedContract]
    /// Problems with the mapping: contracts it names that the map does not have.
    public let diagnostics: [Diagnostic]

    /// Matches the map's contracts to the published ones: by the mapping's row for the
    /// contract when there is one, else by the contract's own `ocid`, each against published
    /// ocids and register references.
    public static func compare(_ map: PlaceMap, with published: PublishedContracts,
                               mapping: ContractMapping? = nil) -> ContractComparison {
        var byKey: [String: PublishedContract] = [:]
        for contract in published.contracts {
            for key in [contract.ocid, contract.reference].compactMap({ $0 }) where byKey[key] == nil { byKey[key] = contract }
        }
        let contracts = map.services.flatMap { service in service.contracts.map { (service.id, $0) } }
        let ids = contracts.map(\.1.id)
        var diagnostics: [Diagnostic] = [], links: [String: String] = [:]
        for link in mapping?.links ?? [] {
            guard ids.contains(link.contract) else {
                diagnostics.append(.error("the map has no contract '\(link.contract)'\(Suggestion.didYouMean(link.contract, in: ids))",
                                          hint: "the mapping's 'contract' column names contracts of the map by id", at: link.location))
                continue
            }
            links[link.contract] = link.key
        }
        var matched: Set<PublishedContract> = []
        let checks = contracts.map { serviceID, contract -> ContractCheck in
            let viaMapping = links[contract.id]
            let key = viaMapping ?? contract.ocid
            let found = key.flatMap { byKey[$0] }
            if let found { matched.insert(found) }
            return ContractCheck(contract: contract, serviceID: serviceID, key: key,
                                 match: key == nil ? nil : (viaMapping != nil ? .mapping : .ocid), published: found)
        }
        let unmatched = published.contracts.filter { !matched.contains($0) }.sorted { $0.key < $1.key }
        return ContractComparison(checks: checks, unmatched: unmatched, diagnostics: diagnostics)
    }

    /// The edits `--update` makes: every published value the map lacks or has otherwise, that
    /// the map can hold.
    public var edits: [MapEdit] {
        checks.flatMap { check in check.fields.compactMap { field in field.update.map { .setContract(check.contract.id, $0) } } }
    }
}

/// One contract of the map against its published record.
public struct ContractCheck: Sendable {
    /// How the contract was linked to published data.
    public enum Match: String, Sendable {
        /// By the contract's own `ocid` (an Open Contracting id or a register reference).
        case ocid
        /// By a row of the mapping file.
        case mapping
    }

    public let contract: Contract
    public let serviceID: String
    /// The ocid or register reference the contract was looked up by; `nil` when it has none.
    public let key: String?
    public let match: Match?
    /// The published contract, or `nil` when the key matched nothing (or there was no key).
    public let published: PublishedContract?
    /// The fields either side has, in the order start, end, extension, value, supplier, ocid.
    public let fields: [FieldCheck]

    init(contract: Contract, serviceID: String, key: String?, match: Match?, published: PublishedContract?) {
        self.contract = contract
        self.serviceID = serviceID
        self.key = key
        self.match = match
        self.published = published
        fields = published.map { FieldCheck.all(contract, published: $0, key: key, match: match) } ?? []
    }
}
