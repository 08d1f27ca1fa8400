/// Something in the map worth checking before its findings are trusted.
///
/// A note is data: its kind, the ids it is about and where to look. The presentation target
/// words it.
public struct DataQualityNote: Sendable, Hashable {
    /// What the note is about.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// An interaction with no `because`: nobody has written down why it holds.
        case missingBecause = "missing-because"
        /// A low-confidence interaction that one of the top conflicts rests on.
        case lowConfidenceTopConflict = "low-confidence-top-conflict"
        /// A service that no interaction touches, through itself, its contracts or its objectives.
        case isolatedService = "isolated-service"
        /// A contract that lists no objectives, so nothing says what it pays for.
        case contractWithoutObjectives = "contract-without-objectives"
    }

    public let kind: Kind
    /// The ids involved: an interaction's two ends, a service or a contract; empty for a note
    /// about the whole map.
    public let items: [String]
    /// For a low-confidence note, the ids of the top conflicts the interaction carries.
    public let conflicts: [String]
    /// For a note about every interaction of the map at once, how many interactions it has.
    public let interactionCount: Int?
    /// Where to look in the map file.
    public let location: SourceLocation?

    public init(kind: Kind, items: [String], conflicts: [String] = [], interactionCount: Int? = nil,
                location: SourceLocation?) {
        self.kind = kind
        self.items = items
        self.conflicts = conflicts
        self.interactionCount = interactionCount
        self.location = location
    }

    public static let info = AnalysisInfo(
        id: "notes",
        title: "Data-quality notes",
        summary: "Points to interactions without a reason, weak evidence under the top conflicts, "
            + "isolated services and contracts with no objectives.",
        citation: "No published method: checks on the map as written")
}

extension PlaceGraph {
    /// Notes on the map's data quality, by kind, then by the ids involved.
    ///
    /// Each interaction without a `because` gets a note, unless none has one (a spreadsheet
    /// without that column), which gets a single note.
    ///
    /// - Parameters:
    ///   - conflicts: ranked conflicts from ``conflicts(_:)``.
    ///   - top: how many of the highest-ranked conflicts count as top conflicts; a low-confidence
    ///     interaction under any of them gets a note.
    /// - Complexity: O(*m* + *n* + *top* · *k*) for *m* interactions, *n* items and links per conflict *k*.
    public func dataQualityNotes(conflicts: [Conflict], top: Int = 10) -> [DataQualityNote] {
        var notes: [DataQualityNote] = []
        let unexplained = map.interactions.filter { ($0.because ?? "").isEmpty }
        if unexplained.count > 1 && unexplained.count == map.interactions.count {
            // A spreadsheet with no 'because' column: one note, not one per cell.
            notes.append(DataQualityNote(kind: .missingBecause, items: [], interactionCount: unexplained.count,
                                         location: nil))
        } else {
            for interaction in unexplained {
                notes.append(DataQualityNote(kind: .missingBecause, items: [interaction.from, interaction.to],
                                             location: interaction.location))
            }
        }
        var carried: [[String]: (link: InteractionLink, conflicts: [String])] = [:]
        for conflict in conflicts.prefix(max(0, top)) {
            for link in conflict.carryingLinks where link.confidence == .low {
                carried[[link.from.id, link.to.id], default: (link, [])].conflicts.append(conflict.id)
            }
        }
        for (key, carrier) in carried.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            notes.append(DataQualityNote(kind: .lowConfidenceTopConflict, items: key, conflicts: carrier.conflicts,
                                         location: carrier.link.location))
        }
        let touched = Set(arcs.flatMap { [items[$0.from].serviceID, items[$0.to].serviceID] }.compactMap { $0 })
        for service in map.services.sorted(by: { $0.id < $1.id }) where !touched.contains(service.id) {
            notes.append(DataQualityNote(kind: .isolatedService, items: [service.id], location: service.location))
        }
        let contracts = map.services.flatMap(\.contracts).sorted { $0.id < $1.id }
        for contract in contracts where contract.objectives.isEmpty {
            notes.append(DataQualityNote(kind: .contractWithoutObjectives, items: [contract.id],
                                         location: contract.location))
        }
        let order = Dictionary(uniqueKeysWithValues: DataQualityNote.Kind.allCases.enumerated().map { ($1, $0) })
        return notes.sorted {
            let left = order[$0.kind] ?? 0, right = order[$1.kind] ?? 0
            return left != right ? left < right : $0.items.lexicographicallyPrecedes($1.items)
        }
    }
}
