import PlaceGraphKit

/// What `render --diff` marks on the new map: items and interactions added, interactions
/// re-signed, and the items and interactions removed, drawn as faded ghosts.
///
/// Each change is marked by line and shape, never by colour alone, so it reads in grey and to
/// a colour-blind reader: added items get a doubled outline and a "+", added interactions a
/// bold line and a "+"; removed ones are dotted, grey and marked "−"; a re-signed interaction
/// gets an extra open-diamond arrowhead and a label with its old effect.
public struct DiffOverlay: Sendable, Hashable {
    /// Ids of the items added.
    public let addedItems: Set<String>
    /// Interactions added, as ``RenderOptions/arcKey(from:to:)`` (a mutual one both ways).
    public let addedArcs: Set<String>
    /// Interactions re-signed, by arc key, with their old effect.
    public let resignedArcs: [String: Effect]
    /// The items removed, by id.
    public let ghostItems: [MapItem]
    /// The interactions removed, by their ends.
    public let ghostArcs: [Interaction]

    /// The overlay for a comparison of the old map with the one drawn.
    public init(_ comparison: MapComparison) {
        func keys(_ interaction: Interaction) -> [String] {
            [RenderOptions.arcKey(from: interaction.from, to: interaction.to)]
                + (interaction.mutual ? [RenderOptions.arcKey(from: interaction.to, to: interaction.from)] : [])
        }
        addedItems = Set(comparison.addedItems.map(\.id))
        addedArcs = Set(comparison.addedInteractions.flatMap(keys))
        var resigned: [String: Effect] = [:]
        for change in comparison.changedInteractions where change.aspects.contains(.resigned) {
            for key in keys(change.new) { resigned[key] = change.old.effect }
        }
        resignedArcs = resigned
        ghostItems = comparison.removedItems
        ghostArcs = comparison.removedInteractions
    }

    /// The grey of everything removed.
    static let ghostColor = "#9A9A9A"

    /// The legend's rows: a caption, and whether it shows an item (else an interaction).
    static let legendRows: [(caption: String, marks: Mark)] = [
        ("+ added item (double outline)", .addedItem), ("+ added interaction (bold)", .addedArc),
        ("re-signed (open diamond; was …)", .resignedArc), ("− removed item (dotted, grey)", .ghostItem),
        ("− removed interaction (dotted, grey)", .ghostArc),
    ]

    /// The kinds of mark, for the legend.
    enum Mark { case addedItem, addedArc, resignedArc, ghostItem, ghostArc }
}
