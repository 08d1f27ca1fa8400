import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

extension AnalyzeCommand {
    /// For scripts/bench-analyze: times reading the map, each analysis and each output format
    /// in process, once each, and prints the seconds and the main counts as one line of JSON.
    func printTiming() throws {
        let clock = ContinuousClock()
        var seconds: [(String, Double)] = []
        func time<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
            let start = clock.now
            let result = try work()
            let elapsed = clock.now - start
            seconds.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            return result
        }
        let date = try asOf.date()
        let loaded = try time("read") { try input.graph() }
        let graph = loaded.at(level.level.level)
        let conflicts = time("conflicts") { graph.conflicts() }
        let synergies = time("synergies") { graph.synergies(asOf: date) }
        let influence = time("influence") { graph.influence() }
        _ = time("timeline") { graph.timeline(asOf: date, conflicts: conflicts.conflicts, synergies: synergies.synergies) }
        _ = time("agenda") { graph.agenda(asOf: date, conflicts: conflicts.conflicts, synergies: synergies.synergies) }
        _ = time("notes") { loaded.dataQualityNotes(conflicts: conflicts.conflicts) }
        let analysis = try time("analysis") { try loaded.analysis(AnalysisOptions(asOf: date, level: level.level.level)) }
        _ = time("text") { Console.rendered(analysis.text(), color: false).utf8.count }
        _ = time("markdown") { analysis.markdown().utf8.count }
        _ = try time("json") { try analysis.json().count }
        let fields = seconds.map { "\"\($0.0)\": \(($0.1 * 1000).rounded() / 1000)" }
            + ["\"items\": \(graph.count)", "\"interactions\": \(graph.arcs.count)",
               "\"conflictCount\": \(conflicts.conflicts.count)", "\"synergyCount\": \(synergies.synergies.count)",
               "\"micmacIterations\": \(influence.iterations)",
               "\"modularity\": \((synergies.modularity * 1e6).rounded() / 1e6)"]
        try Console.standardOutput.send(Data(("{" + fields.joined(separator: ", ") + "}\n").utf8))
    }
}
