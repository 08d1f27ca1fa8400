import Foundation

/// The frustration index by trying every split of the items into two camps, with a Gray code
/// so that each split costs one item's interactions: slow, obviously right, and independent of
/// the library.
struct BruteForceBalance {
    /// One interaction, counted once: `from`, `to` (item positions) and the sign of its effect.
    struct Interaction {
        let from: Int
        let to: Int
        let sign: Int
    }

    let itemCount: Int
    let interactions: [Interaction]

    init(itemCount: Int, interactions: [Interaction]) {
        self.itemCount = itemCount
        self.interactions = interactions.filter { $0.sign != 0 }
    }

    /// From a random map: every interaction once, a mutual one once.
    init(_ random: RandomSignedGraph) {
        self.init(itemCount: random.ids.count,
                  interactions: random.interactions.map { Interaction(from: $0.from, to: $0.to, sign: $0.effect.signum()) })
    }

    /// From a published edge list: the columns `source`, `target` and `sign`.
    init(csvAt url: URL) throws {
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map { $0.split(separator: ",").map(String.init) }
        let header = lines[0]
        let source = header.firstIndex(of: "source")!, target = header.firstIndex(of: "target")!, sign = header.firstIndex(of: "sign")!
        var index: [String: Int] = [:]
        func item(_ name: String) -> Int {
            if let known = index[name] { return known }
            index[name] = index.count
            return index.count - 1
        }
        let rows = lines.dropFirst().map { Interaction(from: item($0[source]), to: item($0[target]), sign: Int($0[sign])!.signum()) }
        self.init(itemCount: index.count, interactions: rows)
        names = index.sorted { $0.value < $1.value }.map(\.key)
    }

    /// Item names, for interactions read from a file.
    private(set) var names: [String] = []

    /// Whether an interaction is frustrated when the items sit on `sides`.
    static func isFrustrated(_ interaction: Interaction, _ sides: [Bool]) -> Bool {
        if interaction.from == interaction.to { return interaction.sign < 0 }
        return (sides[interaction.from] != sides[interaction.to]) == (interaction.sign > 0)
    }

    /// The number of frustrated interactions for a split.
    func cost(_ sides: [Bool]) -> Int {
        interactions.filter { Self.isFrustrated($0, sides) }.count
    }

    /// The least cost over every split (item 0 stays on the first side).
    func minimum() -> Int {
        guard itemCount > 1 else { return cost([Bool](repeating: false, count: itemCount)) }
        var incident = [[Interaction]](repeating: [], count: itemCount)
        for interaction in interactions where interaction.from != interaction.to {
            incident[interaction.from].append(interaction)
            incident[interaction.to].append(interaction)
        }
        var sides = [Bool](repeating: false, count: itemCount)
        var current = cost(sides), best = current
        for step in 1..<(1 << (itemCount - 1)) {
            let item = step.trailingZeroBitCount + 1
            for interaction in incident[item] {
                current += Self.isFrustrated(interaction, sides) ? -1 : 1
            }
            sides[item].toggle()
            best = min(best, current)
        }
        return best
    }
}
