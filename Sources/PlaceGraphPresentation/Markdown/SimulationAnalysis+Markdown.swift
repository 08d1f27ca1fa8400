import PlaceGraphKit

extension SimulationAnalysis {
    /// The scenario as a Markdown section: the setup, how each run ended, then a table of the
    /// gains and one of the losses, largest first.
    ///
    /// - Parameter top: how many gains and how many losses to list; `nil` for all.
    public func markdown(top: Int? = nil) -> String {
        let setup = Words.setup(options)
        var lines = ["## \(Self.info.title)", "",
                     Markdown.escape("Scenario: \(Words.scenario(options)).") + " "
                        + Markdown.escape(setup.prefix(1).uppercased() + setup.dropFirst()
                                          + "; \(level.rawValue) level, \(Words.count(map.count, "item"))."),
                     ""]
        lines.append(Markdown.escape("The baseline \(Words.convergence(baseline))."))
        guard let scenario else {
            lines += ["", "No clamps or pushes, so only the baseline was run.", "", "| item | settles at |", "| --- | ---: |"]
            for (index, item) in map.items.enumerated() {
                lines.append(Markdown.row([Markdown.code(item.id), Words.fixed(baseline.outcome[index])]))
            }
            return (lines + [""] + mixedPairLines()).joined(separator: "\n")
        }
        lines[lines.count - 1] += " " + Markdown.escape("The scenario \(Words.convergence(scenario)).")
        if let caution = Words.caution(self) { lines += ["", "> " + Markdown.escape("Note: \(caution).")] }
        let headline = Words.headline(self)
        lines += ["", Markdown.escape(headline.prefix(1).uppercased() + headline.dropFirst() + "."), ""]
        lines += table("Gains", gains, top: top)
        lines += table("Losses", losses, top: top)
        return (lines + mixedPairLines()).joined(separator: "\n")
    }

    private func table(_ title: String, _ rows: [ItemChange], top: Int?) -> [String] {
        var lines = ["### \(title)", ""]
        guard !rows.isEmpty else { return lines + ["None.", ""] }
        lines += ["| # | item | name | baseline | scenario | change |", "| ---: | --- | --- | ---: | ---: | ---: |"]
        for (rank, row) in rows.prefix(top ?? rows.count).enumerated() {
            let name = Markdown.escape(row.item.name) + (row.pushed ? " (pushed)" : "")
            lines.append(Markdown.row(["\(rank + 1)", Markdown.code(row.item.id), name, Words.fixed(row.baseline),
                                       Words.fixed(row.scenario), Words.change(row.change)]))
        }
        if let top, rows.count > top { lines += ["", "And \(rows.count - top) more."] }
        return lines + [""]
    }

    private func mixedPairLines() -> [String] {
        guard !map.mixedPairs.isEmpty else { return [] }
        return ["### Mixed pairs", ""] + map.mixedPairs.map { "- " + Markdown.escape(Words.mixedPair($0)) } + [""]
    }
}
