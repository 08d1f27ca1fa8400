/// The feedback loops of a map, in canonical order, with counts by polarity.
///
/// Loops are sorted by length, then by their ids read as a sequence (each loop starting at its
/// smallest id), so the same map and options always give the same report.
public struct LoopReport: Sendable {
    /// Every loop found, in canonical order.
    public let loops: FeedbackLoops
    /// The options the search ran with.
    public let options: LoopSearchOptions
    /// The bounds that cut the search short, in a fixed order; empty when the list is complete.
    public let truncatedBy: [LoopSearchBound]

    /// The number of loops found.
    public var count: Int { loops.count }
    /// The number of reinforcing loops found.
    public var reinforcing: Int { loops.reinforcingCount }
    /// The number of balancing loops found.
    public var balancing: Int { loops.count - loops.reinforcingCount }
    /// True when a bound cut the search, so that more loops exist than are listed.
    public var truncated: Bool { !truncatedBy.isEmpty }

    /// What this analysis does, for reports and docs.
    public static let info = AnalysisInfo(
        id: "loops",
        title: "Feedback loops",
        summary: "Finds every closed chain of interactions that visits no item twice, and whether it amplifies change (reinforcing) or resists it (balancing).",
        citation: "D. B. Johnson, \"Finding all the elementary circuits of a directed graph\", SIAM Journal on Computing 4(1):77–84, 1975; with a length bound, A. Gupta and T. Suzumura, \"Finding all bounded-length simple cycles in a directed graph\", arXiv:2105.10094, 2021."
    )
}

/// The loops of a ``LoopReport``, stored compactly and handed out as ``FeedbackLoop`` values.
///
/// A search can find millions of loops; they are kept as one flat array of arc indices, and
/// each ``FeedbackLoop`` is built only when it is read.
public struct FeedbackLoops: RandomAccessCollection, Sendable {
    let store: LoopStore
    let ids: [String]
    let arcs: [Arc]

    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }

    /// The loop at `position`.
    ///
    /// - Complexity: O(*k*) for a loop of length *k*.
    public subscript(position: Int) -> FeedbackLoop {
        let (length, index) = store.locate(position)
        let arcs = store.arcs(length: length, index: index).map { self.arcs[Int($0)] }
        return FeedbackLoop(items: arcs.map { ids[$0.from] }, arcs: arcs,
                            polarity: store.buckets[length].isReinforcing[index] ? .reinforcing : .balancing)
    }

    /// The length of the loop at `position`, without building it.
    public func length(at position: Int) -> Int { store.locate(position).length }

    var reinforcingCount: Int { store.reinforcingCount }
}

/// Loops stored as a tree of shared prefixes, bucketed by length.
///
/// A depth-first search finds many loops that share the start of their path, so each loop is
/// kept as the tree node of its path so far plus the arc that closes it: two numbers per loop
/// and two per distinct prefix, instead of every arc of every loop. Bucket `k` holds the loops
/// of length `k`, in canonical order (by length, then ids) once ``canonical(arcSource:rotate:)``
/// has run.
struct LoopStore: Sendable {
    struct Bucket: Sendable {
        /// The tree node of each loop's path before its closing arc; −1 for a self-loop.
        var prefix: [Int32] = []
        var closing: [Int32] = []
        var isReinforcing: [Bool] = []
    }

    /// Tree node `i` is the arc `treeArc[i]` after the prefix `treeParent[i]` (−1: none).
    var treeParent: [Int32] = []
    var treeArc: [Int32] = []
    /// `buckets[k]` holds the loops of length `k`; `buckets[0]` stays empty.
    var buckets: [Bucket] = [Bucket()]
    private(set) var count = 0
    private(set) var reinforcingCount = 0

    /// Adds a prefix node and returns it.
    mutating func addPrefix(parent: Int32, arc: Int32) -> Int32 {
        treeParent.append(parent)
        treeArc.append(arc)
        return Int32(treeArc.count - 1)
    }

    /// Adds a loop of `length` arcs: the path at tree node `prefix`, closed by `closing`.
    mutating func append(prefix: Int32, closing: Int32, length: Int, reinforcing: Bool) {
        while buckets.count <= length { buckets.append(Bucket()) }
        buckets[length].prefix.append(prefix)
        buckets[length].closing.append(closing)
        buckets[length].isReinforcing.append(reinforcing)
        count += 1
        if reinforcing { reinforcingCount += 1 }
    }

    /// Adds a loop given as its arcs, as a chain of new prefix nodes.
    mutating func append(arcs: some Collection<Int32>, reinforcing: Bool) {
        var node: Int32 = -1
        for arc in arcs.dropLast() { node = addPrefix(parent: node, arc: arc) }
        append(prefix: node, closing: arcs[arcs.index(arcs.startIndex, offsetBy: arcs.count - 1)],
               length: arcs.count, reinforcing: reinforcing)
    }

    /// The arcs of loop `index` of length `length`, in order.
    ///
    /// - Complexity: O(*length*).
    func arcs(length: Int, index: Int) -> [Int32] {
        let bucket = buckets[length]
        var arcs = [Int32](repeating: 0, count: length)
        arcs[length - 1] = bucket.closing[index]
        var node = bucket.prefix[index], position = length - 2
        while node >= 0 {
            arcs[position] = treeArc[Int(node)]
            node = treeParent[Int(node)]
            position -= 1
        }
        return arcs
    }

    /// The bucket and position in it of the loop at `position` in canonical order.
    ///
    /// - Complexity: O(*k*) for loops up to length *k*.
    func locate(_ position: Int) -> (length: Int, index: Int) {
        var rest = position
        for length in buckets.indices {
            let size = buckets[length].isReinforcing.count
            if rest < size { return (length, rest) }
            rest -= size
        }
        preconditionFailure("loop \(position) out of range")
    }
}
