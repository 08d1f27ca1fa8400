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
        let bucket = store.buckets[length]
        let arcs = bucket.arcs[(index * length)..<((index + 1) * length)].map { self.arcs[Int($0)] }
        return FeedbackLoop(items: arcs.map { ids[$0.from] }, arcs: arcs,
                            polarity: bucket.isReinforcing[index] ? .reinforcing : .balancing)
    }

    /// The length of the loop at `position`, without building it.
    public func length(at position: Int) -> Int { store.locate(position).length }

    var reinforcingCount: Int { store.reinforcingCount }
}

/// Loops bucketed by length, each bucket one flat array: loop *i* of length *k* is
/// `buckets[k].arcs[i·k ..< (i + 1)·k]`. Loops of one length need no offsets, and the
/// canonical order (by length, then ids) is the bucket order with each bucket sorted.
struct LoopStore: Sendable {
    struct Bucket: Sendable {
        var arcs: [Int32] = []
        var isReinforcing: [Bool] = []
    }

    /// `buckets[k]` holds the loops of length `k`; `buckets[0]` stays empty.
    var buckets: [Bucket] = [Bucket()]
    private(set) var count = 0
    private(set) var reinforcingCount = 0

    /// Adds a loop; its length is the number of arcs.
    mutating func append(_ loopArcs: UnsafeBufferPointer<Int32>, reinforcing: Bool) {
        let length = loopArcs.count
        while buckets.count <= length { buckets.append(Bucket()) }
        buckets[length].arcs.append(contentsOf: loopArcs)
        buckets[length].isReinforcing.append(reinforcing)
        count += 1
        if reinforcing { reinforcingCount += 1 }
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
