@testable import PlaceGraphKit

/// A map written the many ways people write YAML and JSON by hand (flow and block mappings,
/// indentation of 2 or 4, indentless lists, comments, plain, single- and double-quoted and
/// literal scalars, keys in any order after the first), recording the lines each contract,
/// interaction and field takes, so a test can tell which lines an edit may change.
struct StyledMapText {
    /// A run of lines, 0-based, end exclusive.
    typealias Lines = Range<Int>

    var lines: [String] = []
    var contracts: [String: (lines: Lines, fields: [String: Lines], isFlow: Bool)] = [:]
    var interactions: [(ends: [String], lines: Lines, fields: [String: Lines], isFlow: Bool)] = []
    /// The lines of the `interactions` list, empty when the map has none.
    var interactionList: Lines = 0..<0
    var text: String { lines.joined(separator: "\n") + "\n" }

    private var random: SplitMix64
    private let step: Int
    private let indentless: Bool

    private init(random: SplitMix64) {
        self.random = random
        step = Bool.random(using: &self.random) ? 2 : 4
        indentless = Int.random(in: 0...3, using: &self.random) == 0
    }

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    /// `map` as YAML, styled from `seed`.
    static func yaml(_ map: PlaceMap, seed: UInt64) -> StyledMapText {
        var out = StyledMapText(random: SplitMix64(seed: seed))
        out.writeYAML(map)
        return out
    }

    // MARK: YAML

    private mutating func comment(_ indent: Int) {
        if chance(15) { lines.append(String(repeating: " ", count: indent) + "# a note: with 'quotes' and - dashes") }
    }

    private mutating func trailing() -> String { chance(20) ? "   # checked" : "" }

    private mutating func writeYAML(_ map: PlaceMap) {
        if chance(50) { lines.append("# A map written by hand") }
        lines.append("placegraph: 1")
        var place: [(String, Value)] = [("name", .text(map.place.name))]
        if let mission = map.place.mission { place.append(("mission", .text(mission))) }
        if let lead = map.place.leadTime { place.append(("lead_time", .text(lead.description))) }
        if !map.place.areas.isEmpty {
            place.append(("areas", .list(map.place.areas.map { .record([("id", .text($0.id)), ("name", .text($0.name))]) })))
        }
        lines.append("place:")
        for (key, value) in place { _ = entry(key, value, indent: step) }
        if chance(50) { lines.append("") }
        lines.append("services:")
        let dash = indentless ? 0 : step
        for service in map.services {
            comment(dash)
            var fields: [(String, Value)] = [("id", .text(service.id)), ("name", .text(service.name))]
            if let domain = service.domain { fields.append(("domain", .text(domain))) }
            if let owner = service.owner { fields.append(("owner", .text(owner))) }
            if !service.areas.isEmpty { fields.append(("areas", .list(service.areas.map(Value.text)))) }
            if !service.objectives.isEmpty { fields.append(("objectives", .list(service.objectives.map(Self.objective)))) }
            let head = Array(fields.prefix(1)) + shuffled(Array(fields.dropFirst()))
            for (offset, (key, value)) in head.enumerated() {
                _ = entry(key, value, indent: dash + 2, dash: offset == 0)
            }
            if !service.contracts.isEmpty {
                lines.append(String(repeating: " ", count: dash + 2) + "contracts:")
                let contractDash = dash + 2 + (indentless && chance(50) ? 0 : step)
                for contract in service.contracts { writeContract(contract, dash: contractDash) }
            }
        }
        if map.interactions.isEmpty, chance(50) { return }
        if chance(50) { lines.append("") }
        lines.append("interactions:")
        let first = lines.count
        for interaction in map.interactions { writeInteraction(interaction, dash: dash) }
        interactionList = first..<lines.count
    }

    private mutating func contractFields(_ contract: Contract) -> [(String, Value)] {
        var fields: [(String, Value)] = [("id", .text(contract.id)), ("name", .text(contract.name))]
        if let supplier = contract.supplier { fields.append(("supplier", .text(supplier))) }
        if let start = contract.start { fields.append(("start", .date(start))) }
        if let end = contract.end { fields.append(("end", .date(end))) }
        if contract.extensionOptions.count == 1, chance(70) {
            fields.append(("extension", .date(contract.extensionOptions[0])))
        } else if !contract.extensionOptions.isEmpty {
            fields.append(("extensions", .list(contract.extensionOptions.map(Value.date))))
        }
        if let lead = contract.leadTime { fields.append(("lead_time", .text(lead.description))) }
        if let ocid = contract.ocid { fields.append(("ocid", .text(ocid))) }
        if let value = contract.value { fields.append(("value", .number(value))) }
        if !contract.objectives.isEmpty { fields.append(("objectives", .list(contract.objectives.map(Self.objective)))) }
        return fields
    }

    private mutating func interactionFields(_ interaction: Interaction) -> [(String, Value)] {
        var fields: [(String, Value)] = [("from", .text(interaction.from)), ("to", .text(interaction.to))]
        let effect = interaction.effect
        fields.append(("effect", effect.name != nil && chance(30) ? .text(effect.name!) : .number(effect.value)))
        if let because = interaction.because { fields.append(("because", .text(because))) }
        if let evidence = interaction.evidence { fields.append(("evidence", .text(evidence))) }
        if interaction.confidence != .medium || chance(20) { fields.append(("confidence", .text(interaction.confidence.rawValue))) }
        if interaction.mutual || chance(10) { fields.append(("mutual", .flag(interaction.mutual))) }
        return fields
    }

    private mutating func writeContract(_ contract: Contract, dash: Int) {
        let fields = contractFields(contract)
        comment(dash)
        let first = lines.count
        if chance(35) {
            lines.append(String(repeating: " ", count: dash) + "- " + flow(.record(fields)) + trailing())
            contracts[contract.id] = (first..<lines.count, [:], true)
            return
        }
        let ordered = Array(fields.prefix(1)) + shuffled(Array(fields.dropFirst()))
        var spans: [String: Lines] = [:]
        for (offset, (key, value)) in ordered.enumerated() {
            if offset > 0 { comment(dash + 2) }
            spans[key] = entry(key, value, indent: dash + 2, dash: offset == 0)
        }
        contracts[contract.id] = (first..<lines.count, spans, false)
    }

    private mutating func writeInteraction(_ interaction: Interaction, dash: Int) {
        let fields = interactionFields(interaction)
        comment(dash)
        let first = lines.count
        if chance(40) {
            lines.append(String(repeating: " ", count: dash) + "- " + flow(.record(fields)) + trailing())
            interactions.append(([interaction.from, interaction.to], first..<lines.count, [:], true))
            return
        }
        let ordered = Array(fields.prefix(1)) + shuffled(Array(fields.dropFirst()))
        var spans: [String: Lines] = [:]
        for (offset, (key, value)) in ordered.enumerated() {
            spans[key] = entry(key, value, indent: dash + 2, dash: offset == 0)
        }
        interactions.append(([interaction.from, interaction.to], first..<lines.count, spans, false))
    }

    /// Writes `key: value` at `indent` (after a list's dash when `dash`), returning its lines.
    private mutating func entry(_ key: String, _ value: Value, indent: Int, dash: Bool = false) -> Lines {
        let first = lines.count
        let lead = dash ? String(repeating: " ", count: indent - 2) + "- " : String(repeating: " ", count: indent)
        switch value {
        case let .list(items) where !items.isEmpty && chance(50):
            lines.append(lead + key + ":" + trailing())
            let itemDash = indent + (indentless && chance(50) ? 0 : step)
            for item in items {
                if case let .record(fields) = item, chance(50) {
                    for (offset, (k, v)) in fields.enumerated() { _ = entry(k, v, indent: itemDash + 2, dash: offset == 0) }
                } else {
                    lines.append(String(repeating: " ", count: itemDash) + "- " + flow(item, inFlow: false))
                }
            }
        case .list, .record:
            lines.append(lead + key + ": " + flow(value) + trailing())
        case let .text(text) where text.allSatisfy({ $0.isLetter || $0 == " " }) && text.first?.isLetter == true
            && text.last?.isLetter == true && chance(20):
            lines.append(lead + key + ": |-" + trailing())
            lines.append(String(repeating: " ", count: indent + step) + text)
        default:
            lines.append(lead + key + ": " + flow(value, inFlow: false) + trailing())
        }
        return first..<lines.count
    }

    // MARK: JSON

    /// `map` as JSON, styled from `seed`: objects over several lines or on one, indents of 2
    /// or 4, keys in any order after the first.
    static func json(_ map: PlaceMap, seed: UInt64) -> StyledMapText {
        var out = StyledMapText(random: SplitMix64(seed: seed))
        out.writeJSON(map)
        return out
    }

    private mutating func writeJSON(_ map: PlaceMap) {
        let step = self.step
        let pad = { (level: Int) in String(repeating: " ", count: level * step) }
        var place: [(String, Value)] = [("name", .text(map.place.name))]
        if let mission = map.place.mission { place.append(("mission", .text(mission))) }
        if let lead = map.place.leadTime { place.append(("lead_time", .text(lead.description))) }
        if !map.place.areas.isEmpty {
            place.append(("areas", .list(map.place.areas.map { .record([("id", .text($0.id)), ("name", .text($0.name))]) })))
        }
        lines.append("{")
        lines.append(pad(1) + "\"placegraph\": 1,")
        lines.append(pad(1) + "\"place\": " + json(.record(place)) + ",")
        lines.append(pad(1) + "\"services\": [")
        for (index, service) in map.services.enumerated() {
            if index > 0 { lines[lines.count - 1] += "," }
            var fields: [(String, Value)] = [("id", .text(service.id)), ("name", .text(service.name))]
            if let domain = service.domain { fields.append(("domain", .text(domain))) }
            if let owner = service.owner { fields.append(("owner", .text(owner))) }
            if !service.areas.isEmpty { fields.append(("areas", .list(service.areas.map(Value.text)))) }
            if !service.objectives.isEmpty { fields.append(("objectives", .list(service.objectives.map(Self.objective)))) }
            lines.append(pad(2) + "{")
            for (key, value) in fields { lines.append(pad(3) + "\"\(key)\": " + json(value) + ",") }
            lines.append(pad(3) + "\"contracts\": [")
            for (offset, contract) in service.contracts.enumerated() {
                if offset > 0 { lines[lines.count - 1] += "," }
                let first = lines.count
                let (spans, isFlow) = jsonObject(contractFields(contract), level: 4)
                contracts[contract.id] = (first..<lines.count, spans, isFlow)
            }
            lines.append(pad(3) + "]")
            lines.append(pad(2) + "}")
        }
        lines.append(pad(1) + "],")
        lines.append(pad(1) + "\"interactions\": [")
        let first = lines.count
        for (index, interaction) in map.interactions.enumerated() {
            if index > 0 { lines[lines.count - 1] += "," }
            let start = lines.count
            let (spans, isFlow) = jsonObject(interactionFields(interaction), level: 2)
            interactions.append(([interaction.from, interaction.to], start..<lines.count, spans, isFlow))
        }
        interactionList = first..<lines.count
        lines.append(pad(1) + "]")
        lines.append("}")
    }

    /// An object at `level`, on one line or one field a line; its fields' lines.
    private mutating func jsonObject(_ fields: [(String, Value)], level: Int) -> (fields: [String: Lines], isFlow: Bool) {
        let pad = String(repeating: " ", count: level * step)
        if chance(35) {
            lines.append(pad + json(.record(fields)))
            return ([:], true)
        }
        let ordered = Array(fields.prefix(1)) + shuffled(Array(fields.dropFirst()))
        var spans: [String: Lines] = [:]
        lines.append(pad + "{")
        for (offset, (key, value)) in ordered.enumerated() {
            spans[key] = lines.count..<lines.count + 1
            lines.append(pad + String(repeating: " ", count: step) + "\"\(key)\": " + json(value) + (offset + 1 < ordered.count ? "," : ""))
        }
        lines.append(pad + "}")
        return (spans, false)
    }

    private func json(_ value: Value) -> String {
        switch value {
        case let .text(text): JSONMapWriter.string(text)
        case let .number(number): MapOutline.number(number)
        case let .date(date): "\"\(date)\""
        case let .flag(flag): flag ? "true" : "false"
        case let .list(items): "[" + items.map(json).joined(separator: ", ") + "]"
        case let .record(fields): "{" + fields.map { JSONMapWriter.string($0.0) + ": " + json($0.1) }.joined(separator: ", ") + "}"
        }
    }

    // MARK: Values

    indirect enum Value {
        case text(String), number(Double), date(CalendarDate), flag(Bool), list([Value]), record([(String, Value)])
    }

    static func objective(_ objective: Objective) -> Value {
        var fields: [(String, Value)] = [("id", .text(objective.id)), ("text", .text(objective.text))]
        if let kpi = objective.kpi { fields.append(("kpi", .text(kpi))) }
        return .record(fields)
    }

    private mutating func shuffled<T>(_ items: [T]) -> [T] { items.shuffled(using: &random) }

    private mutating func flow(_ value: Value, inFlow: Bool = true) -> String {
        switch value {
        case let .text(text): return scalar(text, inFlow: inFlow)
        case let .number(number): return MapOutline.number(number)
        case let .date(date): return chance(20) ? "\"\(date)\"" : date.description
        case let .flag(flag): return flag ? "true" : "false"
        case let .list(items): return "[" + items.map { flow($0) }.joined(separator: ", ") + "]"
        case let .record(fields): return "{" + fields.map { "\($0.0): \(flow($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    private mutating func scalar(_ text: String, inFlow: Bool) -> String {
        let plain = YAMLText.scalar(text, inFlow: inFlow)
        let singleQuotable = text.unicodeScalars.allSatisfy {
            $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && ![0x2028, 0x2029, 0xFEFF].contains($0.value)
        }
            && !text.hasPrefix(" ") && !text.hasSuffix(" ")
        switch Int.random(in: 0..<4, using: &random) {
        case 0 where singleQuotable: return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case 1: return YAMLText.quoted(text)
        default: return plain
        }
    }
}
