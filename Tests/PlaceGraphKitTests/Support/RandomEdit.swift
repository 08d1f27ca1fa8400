@testable import PlaceGraphKit

/// Random ``MapEdit``s of a map, some of which break a rule (an end before the start, an
/// interaction given twice) so that refusals are tested too.
enum RandomEdit {
    static func make(for map: PlaceMap, using random: inout SplitMix64) -> MapEdit {
        let contracts = map.services.flatMap(\.contracts)
        let ids = map.services.flatMap { service in
            [service.id] + service.objectives.map(\.id)
                + service.contracts.flatMap { [$0.id] + $0.objectives.map(\.id) }
        }
        func text() -> String { RandomPlaceMap.text(&random) }
        func maybe<T>(_ value: T) -> T? { Int.random(in: 0..<4, using: &random) == 0 ? nil : value }
        func date(near: CalendarDate?) -> CalendarDate {
            let base = near?.ordinal ?? CalendarDate(year: 2020, month: 1, day: 1)!.ordinal
            return CalendarDate(ordinal: base + Int.random(in: -200...900, using: &random))!
        }
        switch Int.random(in: 0..<4, using: &random) {
        case 0 where !contracts.isEmpty:
            let contract = contracts.randomElement(using: &random)!
            let change: ContractChange
            switch Int.random(in: 0..<8, using: &random) {
            case 0: change = .name(text())
            case 1: change = .supplier(maybe(text()))
            case 2: change = .start(maybe(date(near: contract.start ?? contract.end)))
            case 3: change = .end(maybe(date(near: contract.end ?? contract.start)))
            case 4:
                var options: [CalendarDate] = []
                for _ in 0..<Int.random(in: 0...3, using: &random) {
                    options.append(date(near: options.last ?? contract.end).moved(by: CalendarSpan(count: 300, unit: .days)!, forward: true))
                }
                change = .extensions(options)
            case 5: change = .leadTime(maybe(CalendarSpan(count: Int.random(in: 1...18, using: &random), unit: .months)!))
            case 6: change = .ocid(maybe("ocds-b5fd17-\(Int.random(in: 1...9999, using: &random))"))
            default: change = .value(maybe([0, 1.5, 250_000, 1_234_567.25][Int.random(in: 0..<4, using: &random)]))
            }
            return .setContract(contract.id, change)
        case 2 where !map.interactions.isEmpty:
            let interaction = map.interactions.randomElement(using: &random)!
            let change: InteractionChange
            switch Int.random(in: 0..<5, using: &random) {
            case 0: change = .effect(Effect(Double(Int.random(in: -3...3, using: &random)))!)
            case 1: change = .confidence(Confidence.allCases.randomElement(using: &random)!)
            case 2: change = .because(maybe(text()))
            case 3: change = .evidence(maybe(text()))
            default: change = .mutual(Bool.random(using: &random))
            }
            return .setInteraction(from: interaction.from, to: interaction.to, change)
        case 3 where !map.interactions.isEmpty:
            let interaction = map.interactions.randomElement(using: &random)!
            return .removeInteraction(from: interaction.from, to: interaction.to)
        default:
            let from = ids.randomElement(using: &random)!, to = ids.randomElement(using: &random)!
            return .addInteraction(Interaction(from: from, to: to, effect: Effect(Double(Int.random(in: -3...3, using: &random)))!,
                                               because: maybe(text()), evidence: Bool.random(using: &random) ? text() : nil,
                                               confidence: Confidence.allCases.randomElement(using: &random)!,
                                               mutual: Int.random(in: 0..<5, using: &random) == 0))
        }
    }
}

/// What an edit does to the map itself, worked out on the model, and whether the result keeps
/// the format's rules: the second method the editor's results are checked against.
enum ModelEdit {
    static func apply(_ edit: MapEdit, to map: PlaceMap) -> PlaceMap {
        switch edit {
        case let .setContract(id, change):
            let services = map.services.map { service in
                Service(id: service.id, name: service.name, domain: service.domain, owner: service.owner, areas: service.areas,
                        objectives: service.objectives, contracts: service.contracts.map { $0.id == id ? changed($0, change) : $0 })
            }
            return PlaceMap(place: map.place, services: services, factors: map.factors, interactions: map.interactions)
        case let .addInteraction(interaction):
            return PlaceMap(place: map.place, services: map.services, factors: map.factors,
                            interactions: map.interactions + [interaction])
        case let .setInteraction(from, to, change):
            let interactions = map.interactions.map { old in
                guard (old.from, old.to) == (from, to) || ((old.from, old.to) == (to, from) && old.mutual) else { return old }
                var effect = old.effect, confidence = old.confidence, because = old.because, evidence = old.evidence, mutual = old.mutual
                switch change {
                case let .effect(value): effect = value
                case let .confidence(value): confidence = value
                case let .because(value): because = value
                case let .evidence(value): evidence = value
                case let .mutual(value): mutual = value
                }
                return Interaction(from: old.from, to: old.to, effect: effect, because: because, evidence: evidence,
                                   confidence: confidence, mutual: mutual)
            }
            return PlaceMap(place: map.place, services: map.services, factors: map.factors, interactions: interactions)
        case let .removeInteraction(from, to):
            var interactions = map.interactions
            if let index = interactions.firstIndex(where: { ($0.from, $0.to) == (from, to) }) {
                interactions.remove(at: index)
            }
            return PlaceMap(place: map.place, services: map.services, factors: map.factors, interactions: interactions)
        }
    }

    private static func changed(_ c: Contract, _ change: ContractChange) -> Contract {
        var name = c.name, supplier = c.supplier, start = c.start, end = c.end, options = c.extensionOptions
        var lead = c.leadTime, ocid = c.ocid, value = c.value
        switch change {
        case let .name(new): name = new
        case let .supplier(new): supplier = new
        case let .start(new): start = new
        case let .end(new): end = new
        case let .extensions(new): options = new
        case let .leadTime(new): lead = new
        case let .ocid(new): ocid = new
        case let .value(new): value = new
        }
        return Contract(id: c.id, name: name, supplier: supplier, start: start, end: end, extensionOptions: options,
                        leadTime: lead, ocid: ocid, value: value, objectives: c.objectives)
    }

    /// The format's rules an edit can break: a contract ending before it starts, extension
    /// options without an end or out of order, and one interaction given twice.
    static func isValid(_ map: PlaceMap) -> Bool {
        for contract in map.services.flatMap(\.contracts) {
            if let start = contract.start, let end = contract.end, end < start { return false }
            if !contract.extensionOptions.isEmpty {
                guard let end = contract.end else { return false }
                for (before, after) in zip([end] + contract.extensionOptions, contract.extensionOptions) where after <= before {
                    return false
                }
            }
        }
        var arcs: Set<[String]> = []
        for interaction in map.interactions {
            var directions = [[interaction.from, interaction.to]]
            if interaction.mutual, interaction.from != interaction.to { directions.append([interaction.to, interaction.from]) }
            for arc in directions where !arcs.insert(arc).inserted { return false }
        }
        return true
    }
}
