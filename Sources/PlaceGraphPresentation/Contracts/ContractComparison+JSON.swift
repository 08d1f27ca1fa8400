import Foundation
import PlaceGraphKit

extension ContractComparison {
    /// The comparison as JSON: `contracts` (every contract of the map with its `fields`),
    /// `unmatched` (published contracts nothing in the map names), `counts` and `written`.
    ///
    /// - Parameter written: true when `--update` wrote the published values into the map.
    /// - Throws: `EncodingError` when a number cannot be written.
    public func json(written: Bool = false) throws -> Data {
        let fields = checks.flatMap(\.fields)
        func count(_ state: FieldCheck.State) -> Int { fields.filter { $0.state == state }.count }
        return try JSONDocument.encode(Document(
            contracts: checks.map { CheckJSON($0, written: written) },
            unmatched: unmatched.map(PublishedJSON.init),
            counts: ["contracts": checks.count, "linked": checks.filter { $0.key != nil }.count,
                     "found": checks.filter { $0.published != nil }.count, "unmatched": unmatched.count,
                     "agrees": count(.agrees), "differs": count(.differs), "missingInMap": count(.missing),
                     "notPublished": count(.unpublished)],
            written: written))
    }

    private struct Document: Encodable {
        let contracts: [CheckJSON], unmatched: [PublishedJSON], counts: [String: Int], written: Bool
    }

    private struct CheckJSON: Encodable {
        let id: String, name: String, service: String, key: String?, match: String?, found: Bool
        let published: PublishedJSON?, fields: [FieldJSON]

        init(_ check: ContractCheck, written: Bool) {
            id = check.contract.id
            name = check.contract.name
            service = check.serviceID
            key = check.key
            match = check.match?.rawValue
            found = check.published != nil
            published = check.published.map(PublishedJSON.init)
            fields = check.fields.map { FieldJSON($0, written: written) }
        }
    }

    private struct FieldJSON: Encodable {
        let field: String, map: ValueJSON?, published: ValueJSON?, from: String?, location: String?
        let state: String, update: Bool, written: Bool

        init(_ check: FieldCheck, written: Bool) {
            field = check.field.rawValue
            map = check.map.map(ValueJSON.init)
            published = check.published.map(ValueJSON.init)
            from = check.source?.field
            location = check.source?.location.description
            state = check.state.rawValue
            update = check.update != nil
            self.written = written && check.update != nil
        }
    }

    private struct PublishedJSON: Encodable {
        let ocid: String?, reference: String?, title: String?, start: CalendarDate?, end: CalendarDate?
        let maxExtent: CalendarDate?, value: JSONNumber?, suppliers: [String]?, location: String

        init(_ contract: PublishedContract) {
            ocid = contract.ocid
            reference = contract.reference
            title = contract.title
            start = contract.start?.value
            end = contract.end?.value
            maxExtent = contract.maxExtent?.value
            value = contract.value.map { JSONNumber($0.value) }
            suppliers = contract.suppliers?.value
            location = contract.location.description
        }
    }

    /// A date as `YYYY-MM-DD`, an amount as a number, a name as a string, names as an array.
    private enum ValueJSON: Encodable {
        case date(CalendarDate), amount(JSONNumber), text(String), names([String])

        init(_ value: FieldCheck.Value) {
            switch value {
            case let .date(date): self = .date(date)
            case let .amount(amount): self = .amount(JSONNumber(amount))
            case let .text(text): self = .text(text)
            case let .names(names): self = .names(names)
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .date(date): try container.encode(date)
            case let .amount(amount): try container.encode(amount)
            case let .text(text): try container.encode(text)
            case let .names(names): try container.encode(names)
            }
        }
    }
}
