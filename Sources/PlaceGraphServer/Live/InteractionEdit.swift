import Foundation
import PlaceGraphKit

/// One score from the room: a new interaction, or new values for one already in the map.
///
/// Read from the body of `POST /api/interactions` (``Kind/add``: `from`, `to`, `effect`, and
/// optionally `confidence`, `because`, `evidence`) or `PATCH /api/interactions/FROM/TO`
/// (``Kind/change``: any of `effect`, `confidence`, `because`, `evidence`; an empty or `null`
/// text removes the field). An effect is a number from −3 to 3 or a name on the scale, read as
/// the loader reads it.
public struct InteractionEdit: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case add, change
    }

    /// What changes in a text field: nothing, a new text, or the field removed.
    public enum TextChange: Sendable, Hashable {
        case keep, set(String), remove
    }

    public let kind: Kind
    public let from: String
    public let to: String
    public let effect: Effect?
    public let confidence: Confidence?
    public let because: TextChange
    public let evidence: TextChange

    public init(kind: Kind, from: String, to: String, effect: Effect?, confidence: Confidence? = nil,
                because: TextChange = .keep, evidence: TextChange = .keep) {
        self.kind = kind
        self.from = from
        self.to = to
        self.effect = effect
        self.confidence = confidence
        self.because = because
        self.evidence = evidence
    }

    /// The longest text a field may hold, so one field cannot fill the map.
    public static let maxTextLength = 2_000

    /// Reads a request body; `target` is the interaction a `PATCH` names, `nil` for a `POST`.
    ///
    /// - Throws: ``InteractionEditError`` saying what is wrong with the body.
    public init(json body: Data, target: (from: String, to: String)?) throws(InteractionEditError) {
        guard let object = try? JSONDecoder().decode([String: Field].self, from: body) else {
            throw InteractionEditError("the body must be a JSON object of texts and numbers")
        }
        let known: Set<String> = target == nil ? ["from", "to", "effect", "confidence", "because", "evidence"]
            : ["effect", "confidence", "because", "evidence"]
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw InteractionEditError("unknown field '\(unknown)'; use " + known.sorted().joined(separator: ", "))
        }
        if let target {
            (kind, from, to) = (.change, target.from, target.to)
        } else {
            guard case let .text(from)? = object["from"], !from.isEmpty, case let .text(to)? = object["to"], !to.isEmpty else {
                throw InteractionEditError("a new interaction needs 'from' and 'to' ids")
            }
            (kind, self.from, self.to) = (.add, from, to)
        }
        effect = try Self.effect(object["effect"])
        if kind == .add && effect == nil { throw InteractionEditError("a new interaction needs an 'effect'") }
        confidence = try Self.confidence(object["confidence"])
        because = try Self.text("because", object)
        evidence = try Self.text("evidence", object)
        if kind == .change && effect == nil && confidence == nil && because == .keep && evidence == .keep {
            throw InteractionEditError("the change names no field to change")
        }
    }

    /// A JSON value a field may hold.
    private enum Field: Decodable {
        case null, flag(Bool), number(Double), text(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let flag = try? container.decode(Bool.self) {
                self = .flag(flag)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    private static func effect(_ value: Field?) throws(InteractionEditError) -> Effect? {
        switch value {
        case nil, .null?: return nil
        case let .text(text)?:
            guard case let .effect(effect) = Effect.reading(text, allowsBareSign: false) else {
                throw InteractionEditError("'\(text)' is not an effect; use a number from -3 to 3 or a name on the scale")
            }
            return effect
        case let .number(number)?:
            guard let effect = Effect(number) else {
                throw InteractionEditError("\(formatNumber(number)) is not an effect; effects run from -3 to 3")
            }
            return effect
        default: throw InteractionEditError("'effect' must be a number or a name on the scale")
        }
    }

    private static func confidence(_ value: Field?) throws(InteractionEditError) -> Confidence? {
        switch value {
        case nil, .null?: return nil
        case let .text(text)?:
            guard let confidence = Confidence(rawValue: text.lowercased()) else {
                throw InteractionEditError("'\(text)' is not a confidence; use low, medium or high")
            }
            return confidence
        default: throw InteractionEditError("'confidence' must be low, medium or high")
        }
    }

    private static func text(_ key: String, _ object: [String: Field]) throws(InteractionEditError) -> TextChange {
        switch object[key] {
        case nil: return .keep
        case .null?: return .remove
        case let .text(text)?:
            guard text.count <= maxTextLength else {
                throw InteractionEditError("'\(key)' is longer than \(maxTextLength) characters")
            }
            return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? .remove : .set(text)
        default: throw InteractionEditError("'\(key)' must be text")
        }
    }
}

/// Why a request body is not an edit.
public struct InteractionEditError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
