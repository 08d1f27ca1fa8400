/// The feedback loops of a map, in canonical order, with counts by polarity.
///
/// Loops are sorted by length, then by their ids read as a sequence (each loop starting at its
/// smallest id), so the same map and options always give the same report.
public struct LoopAnalysis: Sendable {
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

/// The loops of a ``LoopAnalysis``, stored compactly and handed out as ``FeedbackLoop`` values.
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
        let arcs = store.arcs(of: position).map { self.arcs[Int($0)] }
        return FeedbackLoop(items: arcs.map { ids[$0.from] }, arcs: arcs,
                            polarity: store.records[position].isReinforcing ? .reinforcing : .balancing)
    }

    /// The length of the loop at `position`, without building it.
    public func length(at position: Int) -> Int { Int(store.records[position].length) }

    var reinforcingCount: Int { store.reinforcingCount }
}

/// Loops stored as a tree of shared prefixes plus one small record each.
///
/// A depth-first search finds many loops that share the start of their path, so each loop is
/// kept as the tree node of its path so far plus the arc that closes it, instead of every arc
/// of every loop. ``canonical(arcSource:rotate:)`` puts the records in canonical order.
struct LoopStore: Sendable {
    /// A path prefix: the prefix `parent` (−1: none) followed by `arc`.
    struct Prefix: Sendable {
        let parent: Int32
        let arc: Int32
    }

    /// One loop: its path before the closing arc (−1 for a self-loop), the closing arc, its
    /// length and polarity.
    struct Record: Sendable {
        let prefix: Int32
        let closing: Int32
        let length: Int32
        let isReinforcing: Bool
    }

    var prefixes: [Prefix] = []
    var records: [Record] = []
    private(set) var reinforcingCount = 0

    var count: Int { records.count }

    /// Adds a prefix node and returns it.
    mutating func addPrefix(parent: Int32, arc: Int32) -> Int32 {
        prefixes.append(Prefix(parent: parent, arc: arc))
        return Int32(prefixes.count - 1)
    }

    /// Adds a loop of `length` arcs: the path at prefix node `prefix`, closed by `closing`.
    mutating func append(prefix: Int32, closing: Int32, length: Int, reinforcing: Bool) {
        records.append(Record(prefix: prefix, closing: closing, length: Int32(length), isReinforcing: reinforcing))
        if reinforcing { reinforcingCount += 1 }
    }

    /// Adds a loop given as its arcs, as a chain of new prefix nodes.
    mutating func append(arcs: some Collection<Int32>, reinforcing: Bool) {
        var node: Int32 = -1
        for arc in arcs.dropLast() { node = addPrefix(parent: node, arc: arc) }
        append(prefix: node, closing: arcs[arcs.index(arcs.startIndex, offsetBy: arcs.count - 1)],
               length: arcs.count, reinforcing: reinforcing)
    }

    /// The arcs of the loop at `position`, in order.
    ///
    /// - Complexity: O(*k*) for a loop of length *k*.
    func arcs(of position: Int) -> [Int32] {
        let record = records[position]
        let length = Int(record.length)
        var arcs = [Int32](repeating: 0, count: length)
        arcs[length - 1] = record.closing
        var node = record.prefix, index = length - 2
        while node >= 0 {
            arcs[index] = prefixes[Int(node)].arc
            node = prefixes[Int(node)].parent
            index -= 1
        }
        return arcs
    }
}
