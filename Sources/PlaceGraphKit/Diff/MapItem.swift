/// One item of a map as written, without the items it holds: a service without its contracts
/// and objectives, a contract without its objectives, an objective, or a spreadsheet factor.
///
/// Two versions of a map are compared item by item in this form, so that a changed objective
/// is one change and not also a change of its contract and service.
public struct MapItem: Sendable, Hashable {
    /// The item itself, as the map writes it.
    public enum Body: Sendable, Hashable {
        case service(Service)
        case contract(Contract)
        case objective(Objective)
        case factor(Factor)
    }

    /// The item, with ``Service/objectives``, ``Service/contracts`` and
    /// ``Contract/objectives`` left empty.
    public let body: Body
    /// The id of the item that holds it: a contract's service, an objective's service or
    /// contract; `nil` for a service or a factor.
    public let parent: String?

    /// An item as a map holds it, with what it holds left out.
    public init(_ body: Body, parent: String?) {
        switch body {
        case let .service(service):
            self.body = .service(Service(id: service.id, name: service.name, domain: service.domain,
                                         owner: service.owner, areas: service.areas, location: service.location))
        case let .contract(contract):
            self.body = .contract(Contract(id: contract.id, name: contract.name, supplier: contract.supplier,
                                           start: contract.start, end: contract.end,
                                           extensionOptions: contract.extensionOptions, leadTime: contract.leadTime,
                                           ocid: contract.ocid, value: contract.value, location: contract.location))
        case .objective, .factor:
            self.body = body
        }
        self.parent = parent
    }

    public var id: String {
        switch body {
        case let .service(service): service.id
        case let .contract(contract): contract.id
        case let .objective(objective): objective.id
        case let .factor(factor): factor.id
        }
    }

    public var kind: Item.Kind {
        switch body {
        case .service: .service
        case .contract: .contract
        case .objective: .objective
        case .factor: .factor
        }
    }

    /// The service or contract name, the objective's text, or a factor's id.
    public var name: String {
        switch body {
        case let .service(service): service.name
        case let .contract(contract): contract.name
        case let .objective(objective): objective.text
        case let .factor(factor): factor.id
        }
    }

    /// The contract, when the item is one.
    public var contract: Contract? {
        guard case let .contract(contract) = body else { return nil }
        return contract
    }

    /// Where the map writes the item.
    public var location: SourceLocation? {
        switch body {
        case let .service(service): service.location
        case let .contract(contract): contract.location
        case let .objective(objective): objective.location
        case let .factor(factor): factor.location
        }
    }
}
