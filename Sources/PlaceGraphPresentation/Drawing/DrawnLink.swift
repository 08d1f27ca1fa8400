import PlaceGraphKit

/// One line a drawing or a matrix cell shows: an interaction, or one sign of the interactions
/// between two services.
///
/// Between two services reinforcing and undermining interactions are never netted on the page
/// (SPEC §4, "Levels"): a pair with both is *mixed* and shows both, two arcs in a drawing and
/// both values in a matrix cell. A rolled-up arc carries the interactions it stands for
/// (``PlaceGraph/rolledUpFrom``); when they have both signs, the arc is shown as its two signs,
/// each with its strongest effect, the highest confidence among the interactions that carry
/// that effect (the roll-up's rule: the effect stands while one of them holds) and its own
/// reasons. So the page
/// shows both signs whether the roll-up keeps one arc for each sign or one for the pair.
struct DrawnLink: Sendable, Hashable {
    /// The arc it comes from (the first of the pair's arcs with this sign).
    let arc: Arc
    let effect: Effect
    let confidence: Confidence
    /// The `because` and `evidence` texts, each distinct one once, in alphabetical order.
    let because: String?
    let evidence: String?
    /// At service level, how many interactions of this sign it stands for; `nil` otherwise.
    let standsFor: Int?
    /// The interactions it stands for, as written in the map (itself at objective level).
    let members: [Interaction]
    /// True when the same ordered pair also shows a link of the other sign.
    var isMixed = false

    var from: Int { arc.from }
    var to: Int { arc.to }

    /// The links of `arcs`, in their order, with each pair's reinforcing link before its
    /// undermining one; a `0` effect is shown only for a pair with no signed link.
    ///
    /// - Complexity: O(*m* + *k* log *k*) for *m* arcs standing for *k* interactions.
    static func links(of arcs: [Arc], in graph: PlaceGraph) -> [DrawnLink] {
        var links: [DrawnLink] = []
        var start = 0
        while start < arcs.count {
            var end = start + 1
            while end < arcs.count, arcs[end].from == arcs[start].from, arcs[end].to == arcs[start].to { end += 1 }
            links += pairLinks(arcs[start..<end], in: graph)
            start = end
        }
        return links
    }

    /// The links of the arcs of one ordered pair.
    private static func pairLinks(_ arcs: ArraySlice<Arc>, in graph: PlaceGraph) -> [DrawnLink] {
        typealias Part = (arc: Arc, effect: Effect, confidence: Confidence, members: [Interaction])
        let rolled = graph.level == .services && !graph.rolledUpFrom.isEmpty
        var parts: [Int: [Part]] = [:]
        for arc in arcs {
            let members = rolled && arc.interaction < graph.rolledUpFrom.count
                ? graph.rolledUpFrom[arc.interaction] : [graph.interaction(of: arc)]
            let signs = Set(members.map(\.effect.sign).filter { $0 != 0 })
            guard signs.count > 1 else {
                // An arc of one sign keeps the effect and confidence it was given.
                parts[arc.effect.sign, default: []].append((arc, arc.effect, arc.confidence, members))
                continue
            }
            // A netted arc: each sign shown apart, as the roll-up keeps it.
            for sign in [1, -1] {
                let kept = members.filter { $0.effect.sign == sign }
                let effects = kept.map(\.effect)
                guard let effect = sign < 0 ? effects.min() : effects.max(),
                      let confidence = kept.filter({ $0.effect == effect }).map(\.confidence).max() else { continue }
                parts[sign, default: []].append((arc, effect, confidence, kept))
            }
        }
        let mixed = parts[1] != nil && parts[-1] != nil
        var links: [DrawnLink] = []
        for sign in [1, -1, 0] {
            guard let group = parts[sign], let first = group.first else { continue }
            if sign == 0 && (parts[1] != nil || parts[-1] != nil) { continue }
            let effects = group.map(\.effect)
            let members = group.flatMap(\.members)
            let effect = (sign < 0 ? effects.min() : effects.max()) ?? first.effect
            links.append(DrawnLink(
                arc: first.arc, effect: effect,
                confidence: group.filter { $0.effect == effect }.map(\.confidence).max() ?? first.confidence,
                because: joined(members.map(\.because)), evidence: joined(members.map(\.evidence)),
                standsFor: rolled ? members.count : nil, members: members, isMixed: mixed && sign != 0))
        }
        return links
    }

    /// Distinct texts in alphabetical order, joined by "; ".
    private static func joined(_ texts: [String?]) -> String? {
        let kept = Set(texts.compactMap { $0 }).sorted()
        return kept.isEmpty ? nil : kept.joined(separator: "; ")
    }
}
