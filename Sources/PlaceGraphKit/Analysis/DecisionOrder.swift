/// Contracts numbered in decision order (``ContractReference/byDecision(asOf:)``) with their
/// windows, worked out once per agenda.
///
/// The agenda sorts each contract's partners by decision and looks up their windows; a cluster
/// of many services has many partners for each of its many contracts, so doing that work per
/// contract made the agenda quadratic in windows computed. Decision order is total (ties go to
/// the id, and ids are unique), so sorting by these numbers gives exactly the same order.
struct DecisionOrder {
    /// The contracts in decision order: a contract's number is its position here.
    private(set) var contracts: [ContractReference] = []
    /// The window of each contract, by number.
    private(set) var windows: [ContractWindow?] = []
    private var numbers: [String: Int] = [:]
    /// The numbers of each synergy's contracts, in decision order, by synergy id.
    private var synergyNumbers: [String: [Int]] = [:]

    /// - Complexity: O(*c* log *c*) for *c* contracts.
    init(_ all: some Sequence<ContractReference>, synergies: [Synergy], asOf: CalendarDate) {
        var unique: [String: ContractReference] = [:]
        for contract in all where unique[contract.id] == nil { unique[contract.id] = contract }
        for synergy in synergies {
            for contract in synergy.contracts where unique[contract.id] == nil { unique[contract.id] = contract }
        }
        contracts = unique.values.sorted(by: ContractReference.byDecision(asOf: asOf))
        windows = contracts.map { $0.window(asOf: asOf) }
        for (number, contract) in contracts.enumerated() { numbers[contract.id] = number }
        for synergy in synergies {
            synergyNumbers[synergy.id] = synergy.contracts.compactMap { numbers[$0.id] }.sorted()
        }
    }

    /// The number of the contract with this id.
    func number(of id: String) -> Int? { numbers[id] }

    /// The numbers of a synergy's contracts, in decision order.
    func numbers(of synergy: Synergy) -> [Int] { synergyNumbers[synergy.id] ?? [] }
}
