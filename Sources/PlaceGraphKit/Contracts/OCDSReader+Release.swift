/// What placegraph reads from a contracting process: its dates, value and suppliers.
///
/// - Dates: `contracts[].period` when the signed contracts are published, else
///   `awards[].contractPeriod`, else `tender.contractPeriod`. The award's period is preferred
///   to the tender's because the tender notice gives the period planned before anyone bid, and
///   the award the period agreed with the supplier; they differ in 13 of the 44 Contracts
///   Finder packages in `data/`, by days or by more than a year. With several awards or
///   contracts, the earliest start and the latest end and `maxExtentDate`.
/// - Value: the sum of `contracts[].value` when published, else of `awards[].value`, in GBP.
/// - Suppliers: `awards[].suppliers` (names, or the `parties` they point to by id), else the
///   `parties` whose roles include `supplier`.
///
/// Awards whose status is `cancelled` or `unsuccessful`, and contracts whose status is
/// `cancelled`, are left out.
extension OCDSReader {
    mutating func contract(ocid: String, releases: [PointedValue]) -> PublishedContract? {
        guard let first = releases.first else { return nil }
        let tender = latest("tender", in: releases)
        let awards = latest("awards", in: releases).map { array($0, of: "awards") }?
            .filter { !["cancelled", "unsuccessful"].contains($0["status"]?.string ?? "") } ?? []
        let contracts = latest("contracts", in: releases).map { array($0, of: "contracts") }?
            .filter { $0["status"]?.string != "cancelled" } ?? []
        let parties = latest("parties", in: releases).map { array($0, of: "parties") } ?? []

        let periods: [(PointedValue, String)] =
            !contracts.compactMap({ $0["period"] }).isEmpty ? contracts.compactMap { $0["period"] }.map { ($0, "contracts[].period") }
            : !awards.compactMap({ $0["contractPeriod"] }).isEmpty ? awards.compactMap { $0["contractPeriod"] }.map { ($0, "awards[].contractPeriod") }
            : tender?["contractPeriod"].map { [($0, "tender.contractPeriod")] } ?? []
        var starts: [Published<CalendarDate>] = [], ends: [Published<CalendarDate>] = [], extents: [Published<CalendarDate>] = []
        for (period, field) in periods {
            guard period.isObject else {
                report("expected a period object, found \(period.kind)", at: period)
                continue
            }
            let start = date(period["startDate"], field: field + ".startDate")
            let end = date(period["endDate"], field: field + ".endDate")
            let extent = date(period["maxExtentDate"], field: field + ".maxExtentDate")
            if let start, let end, end.value < start.value {
                report("the period ends (\(end.value)) before it starts (\(start.value))", at: period["endDate"] ?? period)
            }
            if let end, let extent, extent.value < end.value {
                report("'maxExtentDate' (\(extent.value)) is before 'endDate' (\(end.value))", at: period["maxExtentDate"] ?? period)
            }
            starts += start.map { [$0] } ?? []
            ends += end.map { [$0] } ?? []
            extents += extent.map { [$0] } ?? []
        }
        let valued = contracts.contains { $0["value"] != nil } ? (contracts, "contracts[].value") : (awards, "awards[].value")
        let value = total(valued.0.compactMap { $0["value"] }, field: valued.1)
        return PublishedContract(
            ocid: ocid, reference: nil, title: tender?["title"]?.string.map(OCDSText.decoded),
            start: starts.min { $0.value < $1.value }, end: ends.max { $0.value < $1.value },
            maxExtent: extents.max { $0.value < $1.value }, value: value,
            suppliers: suppliers(awards: awards, parties: parties), location: first.location)
    }

    /// An ISO 8601 date or date-time; its calendar date as written (no time-zone shift).
    private mutating func date(_ value: PointedValue?, field: String) -> Published<CalendarDate>? {
        guard let value else { return nil }
        guard let text = value.string, let date = OCDSText.date(text) else {
            report("malformed date \(value.string.map { "'\($0)'" } ?? value.kind)",
                   hint: "OCDS dates are ISO 8601 date-times, such as 2026-03-31T00:00:00Z", at: value)
            return nil
        }
        return Published(date, field: field, location: value.location)
    }

    /// The sum of values in GBP; a zero amount (Contracts Finder's "not given") is left out.
    private mutating func total(_ values: [PointedValue], field: String) -> Published<Double>? {
        var sum = 0.0, location: SourceLocation?
        for value in values {
            guard value.isObject else {
                report("expected a value object with 'amount' and 'currency', found \(value.kind)", at: value)
                continue
            }
            guard let amountField = value["amount"] else { continue }
            guard let amount = amountField.number, amount.isFinite, amount >= 0 else {
                report("expected 'amount' to be a number of 0 or more, found \(amountField.string.map { "'\($0)'" } ?? amountField.kind)",
                       at: amountField)
                continue
            }
            if let currency = value["currency"]?.string, currency != "GBP" {
                diagnostics.append(.warning("a value in \(currency) is not compared with the map's values in GBP", at: value.location))
                continue
            }
            guard amount > 0 else { continue }
            sum += amount
            location = location ?? amountField.location
        }
        return location.map { Published(sum, field: field, location: $0) }
    }

    private mutating func suppliers(awards: [PointedValue], parties: [PointedValue]) -> Published<[String]>? {
        var names: [String] = [], location: SourceLocation?, field = "awards[].suppliers"
        let partyNames = Dictionary(parties.compactMap { party in party["id"]?.string.flatMap { id in party["name"]?.string.map { (id, $0) } } },
                                    uniquingKeysWith: { first, _ in first })
        for award in awards {
            guard let list = award["suppliers"] else { continue }
            for supplier in array(list, of: "suppliers") {
                guard let name = supplier["name"]?.string ?? supplier["id"]?.string.flatMap({ partyNames[$0] }) else { continue }
                names.append(name)
                location = location ?? supplier.location
            }
        }
        if names.isEmpty {
            field = "parties[roles=supplier]"
            for party in parties {
                let roles = party["roles"]?.items?.compactMap(\.string) ?? []
                guard roles.contains("supplier"), let name = party["name"]?.string else { continue }
                names.append(name)
                location = location ?? party.location
            }
        }
        var seen: Set<String> = []
        let distinct = names.map(OCDSText.decoded).filter { !$0.isEmpty && seen.insert(OCDSText.folded($0)).inserted }
        guard let location, !distinct.isEmpty else { return nil }
        return Published(distinct, field: field, location: location)
    }
}
