import PlaceGraphKit

extension SimulationAnalysis {
    /// The scenario as terminal text: the setup, how each run ended, then the gains and the
    /// losses, each a ranked table with a bar whose length is the change, and a sign that says
    /// the same without colour.
    ///
    /// - Parameter top: how many gains and how many losses to list; `nil` for all.
    /// - Complexity: O(*n*) for *n* items.
    public func text(top: Int? = nil) -> StyledText {
        var out = TextWriter()
        out.line(StyledText("Scenario: \(Words.scenario(options))", .emphasis))
        out.line("\(Words.setup(options)); \(level.rawValue) level, \(Words.count(map.count, "item"))")
        out.line("baseline \(Words.convergence(baseline))")
        guard let scenario else {
            out.line("no clamps or pushes, so only the baseline was run; where each item settles:")
            for (index, item) in map.items.enumerated() {
                out.line("  \(Words.fixed(baseline.outcome[index]))  \(item.id)")
            }
            writeMixedPairs(&out)
            return out.text
        }
        out.line("scenario \(Words.convergence(scenario))")
        if let caution = Words.caution(self) { out.line("\("note: \(caution)", .warning)") }
        out.line("\(Words.headline(self))")
        let largest = changes.map { abs($0.change) }.max() ?? 0
        write("Gains", gains, top: top, largest: largest, style: .synergy, to: &out)
        write("Losses", losses, top: top, largest: largest, style: .conflict, to: &out)
        writeMixedPairs(&out)
        return out.text
    }

    /// One ranked table: change, bar, id, and baseline → scenario.
    private func write(_ title: String, _ rows: [ItemChange], top: Int?, largest: Double, style: TextStyle,
                       to out: inout TextWriter) {
        out.heading(title, rows.isEmpty ? "none" : "\(rows.count), largest first")
        let listed = rows.prefix(top ?? rows.count)
        let idWidth = min(40, listed.map { $0.item.id.count }.max() ?? 0)
        for row in listed {
            let cells = TextWriter.pad(Words.change(row.change), 8, right: true)
            let bar = String(repeating: "█", count: max(1, Int((abs(row.change) / largest * Double(Self.barWidth)).rounded())))
            let pushed = row.pushed ? " (pushed)" : ""
            out.line("  \(cells)  \(TextWriter.pad(bar, Self.barWidth), style)  \(TextWriter.pad(row.item.id, idWidth))  "
                     + "\("\(Words.fixed(row.baseline)) → \(Words.fixed(row.scenario))\(pushed)", .dim)")
        }
        if listed.count < rows.count { out.line("\("  and \(rows.count - listed.count) more", .dim)") }
    }

    private func writeMixedPairs(_ out: inout TextWriter) {
        guard !map.mixedPairs.isEmpty else { return }
        out.heading("Mixed pairs", "\(map.mixedPairs.count) service pairs both reinforce and undermine; each is one net weight")
        for pair in map.mixedPairs { out.line("  \(Words.mixedPair(pair))") }
    }

    /// The widest bar, in characters.
    static let barWidth = 20
}
