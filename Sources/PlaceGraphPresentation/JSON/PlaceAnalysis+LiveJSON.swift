import Foundation
import PlaceGraphKit

extension PlaceAnalysis {
    /// The analysis as the live workshop page reads it (`GET /api/state`): the items and
    /// interactions at the analysis's level, the interactions as written in the map, every
    /// finding, the agenda, the contracts by decide-by date, the loops (when the analysis has
    /// them) and the effect scale, tagged with the map file's `version`.
    ///
    /// Each item carries `node`, the name of its node in the drawing of the whole map at this
    /// level (`n0`, `n1`, …, by position in ``graph``), so the page can find it in the SVG.
    /// Keys are sorted and numbers follow the one number policy, as in every JSON output.
    ///
    /// - Parameters:
    ///   - version: the version of the map file the analysis was made from.
    ///   - editable: whether the server takes edits (`--edit`).
    /// - Throws: `EncodingError` when a number cannot be written.
    public func liveJSON(version: String, editable: Bool) throws -> Data {
        try JSONDocument.encode(LiveDocument(self, version: version, editable: editable))
    }

    private struct LiveDocument: Encodable {
        let version: String, editable: Bool, place: String, mission: String?, level: String, asOf: CalendarDate
        let items: [LiveItem], links: [LiveLink], interactions: [WrittenInteraction]
        let conflicts: [AnalysisJSON.ConflictJSON], synergies: [AnalysisJSON.SynergyJSON]
        let influence: [AnalysisJSON.InfluenceJSON], contracts: [AnalysisJSON.EntryJSON]
        let agenda: [AnalysisJSON.AgendaEntryJSON], quiet: [AnalysisJSON.AgendaEntryJSON]
        let notes: [AnalysisJSON.NoteJSON], loops: LiveLoops?, scale: [ScalePoint]

        init(_ analysis: PlaceAnalysis, version: String, editable: Bool) {
            self.version = version
            self.editable = editable
            place = analysis.place.name
            mission = analysis.place.mission
            level = analysis.level.rawValue
            asOf = analysis.asOf
            let graph = analysis.graph
            items = graph.items.enumerated().map { LiveItem($1, node: "n\($0)") }
            links = graph.arcs.map { LiveLink($0, in: graph) }
            interactions = graph.map.interactions.map(WrittenInteraction.init)
            conflicts = analysis.conflicts.conflicts.map { AnalysisJSON.ConflictJSON($0, asOf: analysis.asOf) }
            synergies = analysis.synergies.synergies.map { AnalysisJSON.SynergyJSON($0, asOf: analysis.asOf) }
            influence = analysis.influence.ranked.enumerated().map { AnalysisJSON.InfluenceJSON($1, rank: $0 + 1) }
            contracts = analysis.timeline.entries.map(AnalysisJSON.EntryJSON.init)
            func entry(_ entry: Agenda.Entry) -> AnalysisJSON.AgendaEntryJSON {
                AnalysisJSON.AgendaEntryJSON(entry, conflicts: entry.conflicts.compactMap { analysis.conflicts.conflict($0) },
                                             synergies: entry.synergies.compactMap { analysis.synergies.synergy($0) })
            }
            agenda = analysis.agenda.entries.map(entry)
            quiet = analysis.agenda.quiet.map(entry)
            notes = analysis.notes.map(AnalysisJSON.NoteJSON.init)
            loops = analysis.loops.map(LiveLoops.init)
            scale = Effect.names.map { ScalePoint(value: $0.value, name: $0.name, meaning: Words.scaleMeaning($0.value)) }
        }
    }

    private struct LiveItem: Encodable {
        let id: String, name: String, kind: String, node: String
        let service: String?, contract: String?, domain: String?, owner: String?, areas: [String]
        let supplier: String?, kpi: String?

        init(_ item: Item, node: String) {
            id = item.id
            name = item.name
            kind = item.kind.rawValue
            self.node = node
            service = item.serviceID
            contract = item.contractID
            domain = item.domain
            owner = item.owner
            areas = item.areas
            supplier = item.supplier
            kpi = item.kpi
        }
    }

    /// One arc of the graph at the analysis's level; a `mutual` interaction gives one each way.
    private struct LiveLink: Encodable {
        let from: String, to: String, effect: JSONNumber, confidence: String, because: String?, evidence: String?
        let mutualReverse: Bool, standsFor: Int

        init(_ arc: Arc, in graph: PlaceGraph) {
            let interaction = graph.interaction(of: arc)
            from = graph.items[arc.from].id
            to = graph.items[arc.to].id
            effect = JSONNumber(arc.effect)
            confidence = arc.confidence.rawValue
            because = interaction.because
            evidence = interaction.evidence
            mutualReverse = arc.isMutualReverse
            standsFor = graph.level == .services && arc.interaction < graph.rolledUpFrom.count
                ? max(1, graph.rolledUpFrom[arc.interaction].count) : 1
        }
    }

    /// An interaction as the map file writes it, with the line it starts on, for the scoring form.
    private struct WrittenInteraction: Encodable {
        let from: String, to: String, effect: JSONNumber, effectName: String?, confidence: String
        let because: String?, evidence: String?, mutual: Bool, line: Int?

        init(_ interaction: Interaction) {
            from = interaction.from
            to = interaction.to
            effect = JSONNumber(interaction.effect)
            effectName = interaction.effect.name
            confidence = interaction.confidence.rawValue
            because = interaction.because
            evidence = interaction.evidence
            mutual = interaction.mutual
            line = interaction.location.flatMap { $0.sheet == nil ? $0.line : nil }
        }
    }

    private struct LiveLoops: Encodable {
        let count: Int, reinforcing: Int, balancing: Int, truncated: Bool, loops: [Loop]

        struct Loop: Encodable {
            let items: [String], polarity: String, length: Int, effects: [JSONNumber]
        }

        init(_ analysis: LoopAnalysis) {
            count = analysis.count
            reinforcing = analysis.reinforcing
            balancing = analysis.balancing
            truncated = analysis.truncated
            loops = analysis.loops.map {
                Loop(items: $0.items, polarity: $0.polarity.rawValue, length: $0.length,
                     effects: $0.effects.map(JSONNumber.init))
            }
        }
    }

    private struct ScalePoint: Encodable {
        let value: Int, name: String, meaning: String
    }
}
