/// One change to a map file, made by ``MapEditor`` so that only the lines of the field or
/// interaction it names change.
public enum MapEdit: Sendable, Hashable {
    /// Sets, adds or removes one field of the contract with this id.
    case setContract(String, ContractChange)
    /// Adds an interaction at the end of `interactions`.
    case addInteraction(Interaction)
    /// Changes one field of the interaction written from `from` to `to` (or, for a mutual
    /// one, from `to` to `from`).
    case setInteraction(from: String, to: String, InteractionChange)
    /// Removes the interaction written from `from` to `to`.
    case removeInteraction(from: String, to: String)
}

/// A new value for one field of a contract; `nil` removes the field.
public enum ContractChange: Sendable, Hashable {
    case name(String)
    case supplier(String?)
    case start(CalendarDate?)
    case end(CalendarDate?)
    /// The extension options: one is written as `extension`, several as `extensions`, none
    /// removes both keys.
    case extensions([CalendarDate])
    case leadTime(CalendarSpan?)
    case ocid(String?)
    case value(Double?)
}

/// A new value for one field of an interaction; `nil` removes the field.
public enum InteractionChange: Sendable, Hashable {
    case effect(Effect)
    case confidence(Confidence)
    case because(String?)
    case evidence(String?)
    case mutual(Bool)
}

/// A field value ready to be written in either format.
enum FieldValue: Hashable {
    case text(String)
    case number(Double)
    case date(CalendarDate)
    case dates([CalendarDate])
    case flag(Bool)
}

extension ContractChange {
    /// The keys this change writes (a key and its value) and removes.
    var assignments: [(key: String, value: FieldValue?)] {
        switch self {
        case let .name(name): [("name", .text(name))]
        case let .supplier(supplier): [("supplier", supplier.map(FieldValue.text))]
        case let .start(date): [("start", date.map(FieldValue.date))]
        case let .end(date): [("end", date.map(FieldValue.date))]
        case let .extensions(dates):
            switch dates.count {
            case 0: [("extension", nil), ("extensions", nil)]
            case 1: [("extensions", nil), ("extension", .date(dates[0]))]
            default: [("extension", nil), ("extensions", .dates(dates))]
            }
        case let .leadTime(span): [("lead_time", span.map { .text($0.description) })]
        case let .ocid(ocid): [("ocid", ocid.map(FieldValue.text))]
        case let .value(value): [("value", value.map(FieldValue.number))]
        }
    }
}

extension InteractionChange {
    /// The key this change writes and its value, `nil` to remove it.
    var assignment: (key: String, value: FieldValue?) {
        switch self {
        case let .effect(effect): ("effect", .number(effect.value))
        case let .confidence(confidence): ("confidence", .text(confidence.rawValue))
        case let .because(text): ("because", text.map(FieldValue.text))
        case let .evidence(text): ("evidence", text.map(FieldValue.text))
        case let .mutual(flag): ("mutual", .flag(flag))
        }
    }
}
