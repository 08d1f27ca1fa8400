import Foundation
import PlaceGraphKit

extension PlaceAnalysis {
    /// The analysis as JSON (SPEC §4): `conflicts`, `synergies` and `influence` (in ranking
    /// order), plus `place`, `level`, `asOf`, `summary`, `conflictCounts`, `hiddenSearch`,
    /// `modularity`, `micmac` and `notes`.
    ///
    /// Keys are sorted, numbers rounded to 4 decimals, arrays in the library's ranked order,
    /// and the text ends with a newline, so the same map always gives the same bytes. Source
    /// locations are left out, so the order of a file's entries does not show.
    /// - Throws: `EncodingError` when a number cannot be written.
    public func json() throws -> Data {
        try JSONDocument.encode(Document(self))
    }

    /// The timeline as JSON: `place`, `level`, `asOf`, `within` (when given), `leftOut` and
    /// `contracts`, one entry per contract in decide-by order.
    ///
    /// - Throws: `EncodingError` when a number cannot be written.
    public func timelineJSON() throws -> Data {
        try JSONDocument.encode(TimelineDocument(
            place: place.name, level: level.rawValue, asOf: asOf, within: timeline.within?.description,
            leftOut: timeline.leftOut, contracts: timeline.entries.map(AnalysisJSON.EntryJSON.init)))
    }

    /// The decision agenda as JSON (SPEC §4): `asOf` and `entries` in decide-by order, plus
    /// `place`, `level`, `within` (when given), `leftOut` and `quiet` (the contracts with
    /// nothing to act on, in the same form).
    ///
    /// - Throws: `EncodingError` when a number cannot be written.
    public func agendaJSON() throws -> Data {
        func entry(_ entry: Agenda.Entry) -> AnalysisJSON.AgendaEntryJSON {
            AnalysisJSON.AgendaEntryJSON(entry, conflicts: entry.conflicts.compactMap { conflicts.conflict($0) },
                                         synergies: entry.synergies.compactMap { synergies.synergy($0) })
        }
        return try JSONDocument.encode(AgendaDocument(
            place: place.name, level: level.rawValue, asOf: asOf, within: agenda.within?.description,
            leftOut: agenda.leftOut, entries: agenda.entries.map(entry), quiet: agenda.quiet.map(entry)))
    }

    private struct Document: Encodable {
        let place: String, level: String, asOf: CalendarDate, summary: Summary
        let conflicts: [AnalysisJSON.ConflictJSON], conflictCounts: [String: Int], hiddenSearch: HiddenSearch
        let synergies: [AnalysisJSON.SynergyJSON], modularity: JSONNumber
        let influence: [AnalysisJSON.InfluenceJSON], micmac: Micmac
        let notes: [AnalysisJSON.NoteJSON]

        init(_ report: PlaceAnalysis) {
            place = report.place.name
            level = report.level.rawValue
            asOf = report.asOf
            let counts = report.summary
            summary = Summary(services: counts.services, contracts: counts.contracts, objectives: counts.objectives,
                              factors: counts.factors, interactions: counts.interactions,
                              reinforcing: counts.reinforcing, undermining: counts.undermining)
            conflicts = report.conflicts.conflicts.map { AnalysisJSON.ConflictJSON($0, asOf: report.asOf) }
            conflictCounts = Dictionary(uniqueKeysWithValues: Conflict.Kind.allCases.map { ($0.rawValue, report.conflicts.count(of: $0)) })
            let options = report.conflicts.options
            hiddenSearch = HiddenSearch(enabled: options.includeHidden, maxChainLength: options.maxChainLength,
                                        limit: options.hiddenLimit, found: report.conflicts.hiddenFound,
                                        reported: report.conflicts.count(of: .hidden),
                                        truncated: report.conflicts.hiddenTruncated,
                                        knockOns: report.conflicts.knockOnsFound,
                                        belowThreshold: report.conflicts.belowThreshold,
                                        threshold: JSONNumber(Conflict.hiddenThreshold),
                                        knockOnLimit: options.knockOnLimit)
            synergies = report.synergies.synergies.map { AnalysisJSON.SynergyJSON($0, asOf: report.asOf) }
            modularity = JSONNumber(report.synergies.modularity)
            influence = report.influence.ranked.enumerated().map { AnalysisJSON.InfluenceJSON($1, rank: $0 + 1) }
            micmac = Micmac(iterations: report.influence.iterations, stable: report.influence.stable,
                            influenceThreshold: JSONNumber(report.influence.influenceThreshold),
                            dependenceThreshold: JSONNumber(report.influence.dependenceThreshold))
            notes = report.notes.map(AnalysisJSON.NoteJSON.init)
        }
    }

    private struct Summary: Encodable {
        let services: Int, contracts: Int, objectives: Int, factors: Int, interactions: Int
        let reinforcing: Int, undermining: Int
    }

    private struct HiddenSearch: Encodable {
        let enabled: Bool, maxChainLength: Int, limit: Int, found: Int, reported: Int, truncated: Bool
        let knockOns: Int, belowThreshold: Int, threshold: JSONNumber, knockOnLimit: Int
    }

    private struct Micmac: Encodable {
        let iterations: Int, stable: Bool, influenceThreshold: JSONNumber, dependenceThreshold: JSONNumber
    }

    private struct TimelineDocument: Encodable {
        let place: String, level: String, asOf: CalendarDate, within: String?, leftOut: Int
        let contracts: [AnalysisJSON.EntryJSON]
    }

    private struct AgendaDocument: Encodable {
        let place: String, level: String, asOf: CalendarDate, within: String?, leftOut: Int
        let entries: [AnalysisJSON.AgendaEntryJSON], quiet: [AnalysisJSON.AgendaEntryJSON]
    }
}
