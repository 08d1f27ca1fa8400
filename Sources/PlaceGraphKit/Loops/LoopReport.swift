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
        let arcs = store.arcIndices(of: position).map { self.arcs[Int($0)] }
        return FeedbackLoop(items: arcs.map { ids[$0.from] }, arcs: arcs,
                            polarity: store.isReinforcing[position] ? .reinforcing : .balancing)
    }

    /// The length of the loop at `position`, without building it.
    public func length(at position: Int) -> Int { store.length(of: position) }

    var reinforcingCount: Int { store.reinforcingCount }
}

/// Loops as flat arrays: the arcs of loop *i* are `arcs[ends[i - 1] ..< ends[i]]`.
struct LoopStore: Sendable {
    var arcs: [Int32] = []
    var ends: [Int32] = []
    var isReinforcing: [Bool] = []
    var reinforcingCount = 0

    var count: Int { ends.count }

    func start(of loop: Int) -> Int { loop == 0 ? 0 : Int(ends[loop - 1]) }
    func length(of loop: Int) -> Int { Int(ends[loop]) - start(of: loop) }
    func arcIndices(of loop: Int) -> ArraySlice<Int32> { arcs[start(of: loop)..<Int(ends[loop])] }

    mutating func append<C: Collection>(_ loopArcs: C, reinforcing: Bool) where C.Element == Int32 {
        arcs.append(contentsOf: loopArcs)
        ends.append(Int32(arcs.count))
        isReinforcing.append(reinforcing)
        if reinforcing { reinforcingCount += 1 }
    }
}
