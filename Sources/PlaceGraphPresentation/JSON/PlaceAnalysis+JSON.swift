import Foundation
import PlaceGraphKit

extension PlaceAnalysis {
    /// The analysis as JSON (SPEC §4): `conflicts`, `synergies` and `influence`, plus `place`,
    /// `level`, `asOf`, `summary`, `conflictCounts`, `hiddenSearch`, `modularity`, `micmac`
    /// and `notes`.
    ///
    /// Keys are sorted, numbers rounded to 4 decimals, arrays in the library's ranked order,
    /// and the text ends with a newline, so the same map always gives the same bytes. Source
    /// locations are left out, so the order of a file's entries does not show.
    /// - Throws: `EncodingError` when a number cannot be written.
    public func json() throws -> Data {
        try JSONDocument.encode(Document(self))
    }

    /// The timeline as JSON: `place`, `level`, `asOf` and `contracts`, one entry per contract
    /// by end date.
    ///
    /// - Throws: `EncodingError` when a number cannot be written.
    public func timelineJSON() throws -> Data {
        try JSONDocument.encode(TimelineDocument(place: place.name, level: level.rawValue, asOf: asOf,
                                    contracts: timeline.entries.map(AnalysisJSON.EntryJSON.init)))
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
            conflicts = report.conflicts.conflicts.map(AnalysisJSON.ConflictJSON.init)
            conflictCounts = Dictionary(uniqueKeysWithValues: Conflict.Kind.allCases.map { ($0.rawValue, report.conflicts.count(of: $0)) })
            let options = report.conflicts.options
            hiddenSearch = HiddenSearch(enabled: options.includeHidden, maxChainLength: options.maxChainLength,
                                        limit: options.hiddenLimit, found: report.conflicts.hiddenFound,
                                        reported: report.conflicts.count(of: .hidden),
                                        truncated: report.conflicts.hiddenTruncated)
            synergies = report.synergies.synergies.map(AnalysisJSON.SynergyJSON.init)
            modularity = JSONNumber(report.synergies.modularity)
            influence = report.influence.items.map(AnalysisJSON.InfluenceJSON.init)
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
    }

    private struct Micmac: Encodable {
        let iterations: Int, stable: Bool, influenceThreshold: JSONNumber, dependenceThreshold: JSONNumber
    }

    private struct TimelineDocument: Encodable {
        let place: String, level: String, asOf: CalendarDate, contracts: [AnalysisJSON.EntryJSON]
    }
}
