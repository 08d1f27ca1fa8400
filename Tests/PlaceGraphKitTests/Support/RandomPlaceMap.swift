@testable import PlaceGraphKit

/// Random place maps that use every part of the format: areas, services with objectives and
/// contracts, contracts with dates, several extension options, lead times, ocids, whole and
/// decimal values, and interactions with every field; texts mix plain words with the
/// characters that trip up YAML, JSON, CSV and XML.
enum RandomPlaceMap {
    static let words = ["kite", "alder", "moss", "birch", "fern", "oak", "elm", "rowan", "heath", "brook"]
    static let awkward = [
        "a, b and c", "x: y", "#tag", "yes", "no", "null", "123", "1e5", "0x1F", "  padded  ", "say \"hi\" \\ there",
        "two\nlines", "tab\there", "ünïcödé naïve", "emoji 🙂", "=SUM(A1:A9)", "+44 20 7946", "@mention", "_x0041_ literal",
        "<b>&amp;</b>", "control \u{1} char", "cr\r\nlf", "- dash", "[brackets]", "{braces}", "it's", "trailing colon:",
        "50% off", "a & b", "question?", "2026-03-31", "9m", "~",
    ]

    static func text(_ random: inout SplitMix64) -> String {
        if Bool.random(using: &random) { return awkward.randomElement(using: &random)! }
        let count = Int.random(in: 1...4, using: &random)
        return (0..<count).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
    }

    static func date(_ random: inout SplitMix64, after: CalendarDate? = nil) -> CalendarDate {
        let start = after?.ordinal ?? CalendarDate(year: 1995, month: 1, day: 1)!.ordinal
        return CalendarDate(ordinal: start + Int.random(in: 1...4000, using: &random))!
    }

    /// A valid map drawn from `seed`.
    static func make(seed: UInt64) -> PlaceMap {
        var random = SplitMix64(seed: seed)
        var next = 0
        func id(_ prefix: String) -> String { next += 1; return "\(prefix)-\(next)" }
        func maybe<T>(_ make: () -> T) -> T? { Bool.random(using: &random) ? make() : nil }
        let areas = (0..<Int.random(in: 0...2, using: &random)).map { _ in Area(id: id("area"), name: text(&random)) }
        var itemIDs: [String] = []
        let services = (0..<Int.random(in: 1...4, using: &random)).map { _ -> Service in
            let serviceID = id("service")
            itemIDs.append(serviceID)
            func objectives() -> [Objective] {
                (0..<Int.random(in: 0...2, using: &random)).map { _ in
                    let objective = Objective(id: id("objective"), text: text(&random), kpi: maybe { text(&random) })
                    itemIDs.append(objective.id)
                    return objective
                }
            }
            let own = objectives()
            let contracts = (0..<Int.random(in: 0...2, using: &random)).map { _ -> Contract in
                let contractID = id("contract")
                itemIDs.append(contractID)
                let start = maybe { date(&random) }
                let end = Bool.random(using: &random) ? date(&random, after: start) : nil
                var options: [CalendarDate] = []
                if let end {
                    for _ in 0..<Int.random(in: 0...3, using: &random) { options.append(date(&random, after: options.last ?? end)) }
                }
                let value: Double? = maybe { Bool.random(using: &random) ? Double(Int.random(in: 0...5_000_000, using: &random)) : 1234.5 }
                return Contract(id: contractID, name: text(&random), supplier: maybe { text(&random) }, start: start, end: end,
                                extensionOptions: options, leadTime: maybe { CalendarSpan(count: Int.random(in: 1...24, using: &random), unit: .months)! },
                                ocid: maybe { "ocds-b5fd17-\(Int.random(in: 1...99999, using: &random))" }, value: value,
                                objectives: objectives())
            }
            return Service(id: serviceID, name: text(&random), domain: maybe { text(&random) }, owner: maybe { text(&random) },
                           areas: areas.filter { _ in Bool.random(using: &random) }.map(\.id), objectives: own, contracts: contracts)
        }
        var pairs: Set<[String]> = []
        var interactions: [Interaction] = []
        for _ in 0..<Int.random(in: 0...10, using: &random) {
            let from = itemIDs.randomElement(using: &random)!, to = itemIDs.randomElement(using: &random)!
            guard from != to, !pairs.contains([from, to]), !pairs.contains([to, from]) else { continue }
            pairs.insert([from, to])
            let whole = Int.random(in: -3...3, using: &random)
            let effect = Bool.random(using: &random) ? Effect(Double(whole))! : Effect([-2.5, -0.75, 0.5, 1.25][Int.random(in: 0...3, using: &random)])!
            interactions.append(Interaction(from: from, to: to, effect: effect, because: maybe { text(&random) },
                                            evidence: maybe { text(&random) }, confidence: Confidence.allCases.randomElement(using: &random)!,
                                            mutual: Int.random(in: 0...4, using: &random) == 0))
        }
        let place = Place(name: text(&random), mission: maybe { text(&random) },
                          leadTime: maybe { CalendarSpan(count: Int.random(in: 1...52, using: &random), unit: .weeks)! }, areas: areas)
        return PlaceMap(place: place, services: services, interactions: interactions)
    }
}
