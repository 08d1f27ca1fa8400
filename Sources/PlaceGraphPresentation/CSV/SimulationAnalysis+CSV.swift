import PlaceGraphKit

extension SimulationAnalysis {
    /// The trajectory as CSV: a header `run,step,` and one column per item id, then one row
    /// per step of the baseline (`baseline`) and of the scenario (`scenario`), from step 0.
    ///
    /// Values have 4 decimals, as in every JSON output; ids are quoted as the edge-list writer
    /// quotes cells (RFC 4180), so any id reads back as written.
    ///
    /// - Complexity: O(*s* · *n*) for *s* steps of *n* items.
    public func trajectoryCSV() -> String {
        var out = (["run", "step"] + map.items.map(\.id)).map(CSVEdgeListWriter.cell).joined(separator: ",") + "\n"
        for (name, run) in [("baseline", baseline)] + (scenario.map { [("scenario", $0)] } ?? []) {
            for (step, state) in run.states.enumerated() {
                out += name + "," + String(step)
                for value in state { out += "," + Words.state(value) }
                out += "\n"
            }
        }
        return out
    }
}
