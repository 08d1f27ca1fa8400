import Foundation
import PlaceGraphKit

extension LoopAnalysis {
    /// The loops as JSON (SPEC §4): `count`, `reinforcing`, `balancing`, `truncated` and
    /// `loops` (each with `items`, `polarity`, `length`), plus `truncatedBy` and each loop's
    /// `effects`. Keys are sorted and the text ends with a newline.
    ///
    /// - Throws: `EncodingError` when a number cannot be written.
    public func json() throws -> Data {
        let body = JSONBody(
            count: count, reinforcing: reinforcing, balancing: balancing, truncated: truncated,
            truncatedBy: truncatedBy.map(\.rawValue), maxLength: options.maxLength, maxLoops: options.maxLoops,
            through: options.through,
            loops: loops.map { JSONLoop(items: $0.items, polarity: $0.polarity.rawValue, length: $0.length,
                                        effects: $0.effects.map(JSONNumber.init)) })
        return try JSONDocument.encode(body)
    }

    private struct JSONBody: Encodable {
        let count, reinforcing, balancing: Int
        let truncated: Bool
        let truncatedBy: [String]
        let maxLength, maxLoops: Int?
        let through: String?
        let loops: [JSONLoop]
    }

    private struct JSONLoop: Encodable {
        let items: [String]
        let polarity: String
        let length: Int
        let effects: [JSONNumber]
    }
}

extension BalanceAnalysis {
    /// Structural balance as JSON (SPEC §4): `interactions`, `frustrationIndex`, `exact`,
    /// `lowerBound`, `upperBound`, `normalized`, `groups` and `frustrated` (each with its `kind`),
    /// plus `noCamp`, `underminingInsideCamp`, `reinforcingAcrossCamps`, `ignored`, `triangles`,
    /// `balancedTriangles`, `mixedPairs` and `balancedTriangleFraction` (absent when there are
    /// no triangles). Keys are sorted and the text ends with a newline.
    ///
    /// - Throws: `EncodingError` when a number cannot be written.
    public func json() throws -> Data {
        let body = JSONBody(
            interactions: interactions, ignored: ignored, frustrationIndex: frustrationIndex, exact: exact,
            lowerBound: lowerBound, upperBound: upperBound, normalized: JSONNumber(normalized), groups: groups,
            noCamp: noCamp,
            frustrated: frustrated.map {
                JSONInteraction(from: $0.from, to: $0.to, effect: JSONNumber($0.effect), mutual: $0.mutual, kind: $0.kind.rawValue)
            },
            underminingInsideCamp: frustrated.filter { $0.kind == .underminingInsideCamp }.count,
            reinforcingAcrossCamps: frustrated.filter { $0.kind == .reinforcingAcrossCamps }.count,
            triangles: triangles.total, balancedTriangles: triangles.balanced, mixedPairs: triangles.mixedPairs,
            balancedTriangleFraction: triangles.balancedFraction.map(JSONNumber.init))
        return try JSONDocument.encode(body)
    }

    private struct JSONBody: Encodable {
        let interactions, ignored, frustrationIndex: Int
        let exact: Bool
        let lowerBound, upperBound: Int
        let normalized: JSONNumber
        let groups: [[String]]
        let noCamp: [String]
        let frustrated: [JSONInteraction]
        let underminingInsideCamp, reinforcingAcrossCamps: Int
        let triangles, balancedTriangles, mixedPairs: Int
        let balancedTriangleFraction: JSONNumber?
    }

    private struct JSONInteraction: Encodable {
        let from, to: String
        let effect: JSONNumber
        let mutual: Bool
        let kind: String
    }
}
