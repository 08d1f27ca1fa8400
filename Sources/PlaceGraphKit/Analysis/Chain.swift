/// A chain of two or three arcs found by the conflict search, with its strength.
///
/// Everything is held inline (arc indices, items and effects), with no array behind it: the
/// search of a big map weighs a million or more candidates, and a chain that allocated its
/// arcs and items spent most of the search in the allocator and in reference counting.
struct Chain {
    /// The arcs' indices in ``PlaceGraph/arcs``; the third is −1 for a chain of two.
    private let arcIndices: (Int32, Int32, Int32)
    /// The items along the chain; the fourth is −1 for a chain of two.
    private let nodeIndices: (Int32, Int32, Int32, Int32)
    /// The effects along the chain; the third is 0 for a chain of two.
    private let values: (Double, Double, Double)
    /// How many arcs (2 or 3), and the position of the first undermining one, stored small.
    private let shape: (length: UInt8, step: UInt8)
    /// How many arcs: 2 or 3.
    var length: Int { Int(shape.length) }
    /// Π|eᵢ| / 3^(k−1) for *k* arcs.
    let strength: Double
    /// ``strength`` × the lowest confidence weight along the chain.
    let severity: Double
    /// The position of the first undermining arc.
    var step: Int { Int(shape.step) }
    /// ``strength`` and ``severity`` at 1e-9, as they are compared: computed once, since
    /// ranking the chains of a big map compares them millions of times.
    let strengthKey: Double, severityKey: Double

    /// The chain `first → second (→ third)`, each arc with its index in ``PlaceGraph/arcs``.
    init(_ first: Arc, _ firstIndex: Int, _ second: Arc, _ secondIndex: Int, _ third: (Arc, Int)?) {
        arcIndices = (Int32(firstIndex), Int32(secondIndex), Int32(third?.1 ?? -1))
        nodeIndices = (Int32(first.from), Int32(first.to), Int32(second.to), Int32(third?.0.to ?? -1))
        values = (first.effect.value, second.effect.value, third?.0.effect.value ?? 0)
        // The same operations in the same order as a fold over the arcs, so the same bits.
        var product = 1.0 * first.effect.magnitude * second.effect.magnitude
        var divisor = 3.0
        var confidence = min(first.confidence, second.confidence)
        if let (arc, _) = third {
            product *= arc.effect.magnitude
            divisor *= 3
            confidence = min(confidence, arc.confidence)
        }
        strength = product / divisor
        severity = strength * confidence.weight
        let step = first.effect.isUndermining ? 0 : (second.effect.isUndermining ? 1 : (third?.0.effect.isUndermining == true ? 2 : 0))
        shape = (third == nil ? 2 : 3, UInt8(step))
        strengthKey = (strength * 1e9).rounded()
        severityKey = (severity * 1e9).rounded()
    }

    var start: Int { Int(nodeIndices.0) }
    var end: Int { Int(length == 2 ? nodeIndices.2 : nodeIndices.3) }

    /// The items along the chain.
    var nodes: [Int] {
        let all = [nodeIndices.0, nodeIndices.1, nodeIndices.2, nodeIndices.3].map(Int.init)
        return Array(all.prefix(length + 1))
    }

    /// The positions of the chain's arcs in ``PlaceGraph/arcs``.
    var arcPositions: [Int] { [arcIndices.0, arcIndices.1, arcIndices.2].prefix(length).map(Int.init) }

    /// The chain's arcs, from the graph's `arcs`.
    func arcs(in arcs: [Arc]) -> [Arc] { arcPositions.map { arcs[$0] } }

    /// The arc of the first undermining step, from the graph's `arcs`.
    func stepArc(in arcs: [Arc]) -> Arc {
        arcs[Int(step == 0 ? arcIndices.0 : (step == 1 ? arcIndices.1 : arcIndices.2))]
    }

    /// `from>to`, the order of the hidden conflict's id.
    func id(_ items: [Item]) -> String { "\(items[start].id)>\(items[end].id)" }

    /// The order a conflict lists its knock-ons in: more severe first, then ``isBetter(than:)``.
    func isMoreSevere(than other: Chain) -> Bool {
        severityKey != other.severityKey ? severityKey > other.severityKey : isBetter(than: other)
    }

    /// Stronger first, then shorter, then by the items along it (whose indices follow ids), then
    /// by the effects along it (two chains through the same items at service level differ there).
    func isBetter(than other: Chain) -> Bool {
        if strengthKey != other.strengthKey { return strengthKey > other.strengthKey }
        if length != other.length { return length < other.length }
        // Same length: the items, then the effects, compared in order. The unused last places
        // hold the same filler in both, so they never decide.
        let mine = nodeIndices, theirs = other.nodeIndices
        if mine.0 != theirs.0 { return mine.0 < theirs.0 }
        if mine.1 != theirs.1 { return mine.1 < theirs.1 }
        if mine.2 != theirs.2 { return mine.2 < theirs.2 }
        if mine.3 != theirs.3 { return mine.3 < theirs.3 }
        if values.0 != other.values.0 { return values.0 < other.values.0 }
        if values.1 != other.values.1 { return values.1 < other.values.1 }
        return values.2 < other.values.2
    }
}
