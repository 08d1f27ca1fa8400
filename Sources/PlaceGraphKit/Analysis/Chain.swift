/// A chain of two or three arcs found by the conflict search, with its strength.
struct Chain {
    let arcs: [Arc]
    /// Π|eᵢ| / 3^(k−1) for *k* arcs.
    let strength: Double
    /// ``strength`` × the lowest confidence weight along the chain.
    let severity: Double
    /// The position of the first undermining arc.
    let step: Int
    /// The items along the chain.
    let nodes: [Int]
    /// ``strength`` and ``severity`` at 1e-9, as they are compared: computed once, since
    /// ranking the chains of a big map compares them millions of times.
    private let strengthKey: Double, severityKey: Double

    init(_ arcs: [Arc]) {
        self.arcs = arcs
        var divisor = 1.0
        for _ in 1..<arcs.count { divisor *= 3 }
        strength = arcs.reduce(1.0) { $0 * $1.effect.magnitude } / divisor
        severity = strength * (arcs.map(\.confidence).min() ?? .low).weight
        step = arcs.firstIndex { $0.effect.isUndermining } ?? 0
        nodes = [arcs[0].from] + arcs.map(\.to)
        strengthKey = (strength * 1e9).rounded()
        severityKey = (severity * 1e9).rounded()
    }

    var start: Int { arcs[0].from }
    var end: Int { arcs[arcs.count - 1].to }

    /// The pair key (`min · n + max`) of the first undermining arc's two items.
    func stepKey(_ count: Int) -> Int {
        let arc = arcs[step]
        return min(arc.from, arc.to) * count + max(arc.from, arc.to)
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
        if arcs.count != other.arcs.count { return arcs.count < other.arcs.count }
        if nodes != other.nodes { return nodes.lexicographicallyPrecedes(other.nodes) }
        return arcs.map(\.effect.value).lexicographicallyPrecedes(other.arcs.map(\.effect.value))
    }
}
