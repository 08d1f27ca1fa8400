import PlaceGraphKit

/// The limits the pack reached, and its appendix of full tables.
extension WorkshopPack {
    /// The most rows an appendix table holds; the command-line outputs list everything.
    static let appendixRows = 2_000

    /// Each bound that cut an analysis or a figure short, as a sentence; empty when none did.
    public var limitsReached: [String] {
        var limits: [String] = []
        let conflicts = analysis.conflicts
        if conflicts.hiddenTruncated {
            limits.append("Hidden conflicts: the search for chains stopped at its budget of "
                + "\(Words.grouped(conflicts.options.searchBudget)) steps, so more may exist than are listed.")
        }
        let hiddenShown = conflicts.count(of: .hidden)
        if conflicts.hiddenFound > hiddenShown {
            limits.append("Hidden conflicts: the \(Words.grouped(hiddenShown)) most severe of the "
                + "\(Words.grouped(conflicts.hiddenFound)) found are listed.")
        }
        if let truncation = Words.truncation(loops) {
            limits.append("Feedback loops: the search was bounded (\(Words.bounds(Self.loopSearch))); \(truncation).")
        }
        if !balance.exact {
            let seconds = formatNumber(Double(options.balanceTimeLimit.components.seconds), decimals: 0)
            limits.append("Structural balance: the solver reached its time limit of \(seconds) seconds before proving "
                + "the best split, so the frustration index lies between \(balance.lowerBound) and \(balance.upperBound).")
        }
        if let limit = map.limit { limits.append("Map: " + limit) }
        let matrix = Self.matrixGraph(graph)
        if matrix.count > CrossImpactHeatmap.maxItems {
            limits.append("Cross-impact matrix: the \(CrossImpactHeatmap.maxItems) most connected of "
                + "\(Words.grouped(matrix.count)) \(matrix.level == .services ? "services" : "items") are shown.")
        }
        let contracts = analysis.timeline.entries.count
        if contracts > Self.chartedContracts {
            limits.append("Contract timeline: the chart shows the first \(Self.chartedContracts) of \(Words.grouped(contracts)) "
                + "contracts; the appendix lists them all.")
        }
        return limits
    }

    /// The box on the first page listing ``limitsReached``; nothing when no limit was reached.
    func limitsHTML() -> HTML {
        let limits = limitsReached
        guard !limits.isEmpty else { return HTML() }
        var out: HTML = "<div class=\"limits\">\n<h3>Limits reached</h3>\n<p>Some analyses are bounded so that the "
        out += "pack stays quick to make and to read, and these bounds were reached:</p>\n<ul>\n"
        for limit in limits { out += "<li>\(limit)</li>\n" }
        return out + "</ul>\n</div>\n"
    }

    /// The full tables, each folded so the printed pack stays short.
    func appendixHTML() -> HTML {
        var out: HTML = "<p class=\"lede\">Every row of the tables the sections above shorten. Open each on screen; "
        out += "the Markdown pack and the command-line outputs have them too.</p>\n"
        out += "<p class=\"print-only\">Every conflict, reinforcing pair, feedback loop, item's influence and contract "
        out += "is listed in the appendix of this page on screen, and in the Markdown pack.</p>\n"
        func fold(_ title: String, count: Int, _ table: HTML) {
            let shown = count > Self.appendixRows ? " (the first \(Words.grouped(Self.appendixRows)))" : ""
            out += "<details>\n<summary>\(title): \(Words.grouped(count))\(shown)</summary>\n\(table)</details>\n"
        }
        let conflicts = analysis.conflicts.conflicts
        fold("All conflicts", count: conflicts.count, conflictTable(conflicts.prefix(Self.appendixRows)))
        let pairs = analysis.synergies.synergies.filter { $0.kind != .cluster }
        fold("All reinforcing pairs", count: pairs.count, synergyTable(pairs.prefix(Self.appendixRows)))
        fold("All feedback loops found", count: loops.loops.count, loopTable(loops.loops.prefix(Self.appendixRows)))
        let influence = analysis.influence.ranked
        fold("Influence of every item, in ranking order", count: influence.count, influenceTable(influence.prefix(Self.appendixRows)))
        fold("All contracts", count: analysis.timeline.entries.count,
             contractTable(analysis.timeline.entries.prefix(Self.appendixRows)))
        return out
    }
}
