import PlaceGraphKit

/// The HTML of the synergies, influence, matrix, timeline and data-quality sections.
extension WorkshopPack {
    func synergiesHTML() -> HTML {
        let synergies = analysis.synergies
        var out: HTML = "<p class=\"lede\">\(SynergyAnalysis.info.summary)</p>\n"
        let clusters = synergies.synergies.filter { $0.kind == .cluster }
        if clusters.isEmpty {
            out += "<p>No group of services is bound together by reinforcing interactions.</p>\n"
        } else {
            out += "<h3>Candidates for joint commissioning</h3>\n<p>Groups of services bound by reinforcing interactions "
            out += "(Louvain community detection, modularity \(Words.number(synergies.modularity))).</p>\n<div class=\"cards\">\n"
            for cluster in clusters { out += clusterCard(cluster) }
            out += "</div>\n"
        }
        let pairs = synergies.synergies.filter { $0.kind != .cluster }
        if !pairs.isEmpty {
            out += "<h3>Reinforcing pairs</h3>\n\(synergyTable(pairs.prefix(Self.tableRows)))"
            if pairs.count > Self.tableRows {
                out += "<p class=\"note\">The \(Self.tableRows) strongest of \(pairs.count); the rest are in the "
                out += "<a href=\"#appendix\">appendix</a>.</p>\n"
            }
        }
        return out
    }

    /// A table of reinforcing pairs: kind, the two items, strength and reasons.
    func synergyTable(_ pairs: some Sequence<Synergy>) -> HTML {
        var table = HTMLTable(["kind", "from", "to", .numeric("strength"), "because"])
        for synergy in pairs {
            let because = synergy.links.compactMap(\.because).joined(separator: " / ")
            table.add([.text(synergy.kind.rawValue), .text(synergy.items.first?.name ?? ""),
                       .text(synergy.items.last?.name ?? ""), .number(synergy.strength), .text(because)])
        }
        return table.html
    }

    private func clusterCard(_ cluster: Synergy) -> HTML {
        var out: HTML = "<article class=\"card synergy\">\n<p><span class=\"kind\">cluster</span> strength \(Words.number(cluster.strength))</p>\n"
        out += "<h3>\(cluster.items.map(\.name).joined(separator: " + "))</h3>\n<dl>\n"
        if !cluster.owners.isEmpty { out += "<dt>Owners</dt><dd>\(cluster.owners.joined(separator: "; "))</dd>\n" }
        if !cluster.contracts.isEmpty {
            let list = cluster.contracts.map { "\($0.name)\($0.end.map { " (ends \(Words.date($0)))" } ?? "")" }
            out += "<dt>Contracts</dt><dd>\(list.joined(separator: "; "))</dd>\n"
        }
        if let window = cluster.alignedWindow {
            out += "<dt>Aligned window</dt><dd><strong>Yes</strong>: renewals fall between \(Words.date(window.from)) "
            out += "and \(Words.date(window.to)), so these could be re-commissioned together.</dd>\n"
        } else {
            out += "<dt>Aligned window</dt><dd>No: their renewals are more than 12 months apart.</dd>\n"
        }
        out += "</dl>\n</article>\n"
        return out
    }

    func influenceHTML() -> HTML {
        let influence = analysis.influence
        var out: HTML = "<p class=\"lede\">\(InfluenceAnalysis.info.summary) \(InfluenceAnalysis.micmacInfo.summary)</p>\n"
        if let chart = figures[.influence] { out += "<div class=\"figure\">\(chart)</div>\n" }
        out += "<h3>The biggest levers</h3>\n<p>Ranked by MICMAC indirect influence, the axis the quadrants use: how "
        out += "strongly each item's effects reach the rest of the map through every chain; ties by the size of its direct "
        out += "effects. Net is out-strength minus in-strength (Weitz et al. 2018).</p>\n"
        let ranked = influence.ranked.filter(\.hasInteractions)
        out += influenceTable(ranked.prefix(Self.rankedLevers))
        if ranked.count > Self.printedLevers {
            // The print stylesheet keeps the table's first rows only.
            out += "<p class=\"note print-only\">The first \(Self.printedLevers) on paper; the first \(Self.rankedLevers) on screen.</p>\n"
        }
        if ranked.count > Self.rankedLevers {
            out += "<p class=\"note\">Every item is ranked in the <a href=\"#appendix\">appendix</a>.</p>\n"
        }
        out += "<p class=\"note\">Method: \(InfluenceAnalysis.info.citation); \(InfluenceAnalysis.micmacInfo.citation).</p>\n"
        return out
    }

    /// How many of the ranked items the influence section lists, on screen and on paper (the
    /// print stylesheet hides the rows after ``printedLevers``).
    static let rankedLevers = 15
    static let printedLevers = 8

    /// A table of items' influence in ranking order, numbered from 1: MICMAC, quadrant, and
    /// what each reinforces and undermines.
    func influenceTable(_ entries: some Sequence<ItemInfluence>) -> HTML {
        var table = HTMLTable([.numeric("#"), "item", .numeric("MICMAC influence"), .numeric("MICMAC dependence"), "quadrant",
                               .numeric("reinforces"), .numeric("undermines"), .numeric("in"), .numeric("net")])
        for (rank, entry) in entries.enumerated() {
            table.add([.numeric("\(rank + 1)"), .text(entry.item.name), .number(entry.influence), .number(entry.dependence),
                       .text(entry.quadrant.rawValue), .number(entry.outPositive), .number(-entry.outNegative),
                       .number(entry.in), .number(entry.net)])
        }
        return table.html
    }

    func matrixHTML() -> HTML {
        var out: HTML = "<p class=\"lede\">Row A, column B is A's effect on B on the −3…+3 scale. "
        out += "Blue reinforces, vermillion undermines, and every cell shows its value.</p>\n"
        if let chart = figures[.matrix] { out += "<div class=\"figure\">\(chart)</div>\n" }
        return out
    }

    func timelineHTML() -> HTML {
        var out: HTML = "<p class=\"lede\">\(Timeline.info.summary)</p>\n"
        if let chart = figures[.timeline] { out += "<div class=\"figure\">\(chart)</div>\n" }
        let entries = analysis.timeline.entries
        if entries.count > Self.chartedContracts {
            out += "<p class=\"note\">The chart shows the first \(Self.chartedContracts) of \(entries.count) contracts.</p>\n"
        }
        out += "<p class=\"note\">Every contract's decide-by date, window, status and what it could fix are listed in the "
        out += "<a href=\"#appendix\">appendix</a>.</p>\n"
        return out
    }

    /// A table of contracts in timeline order: decide-by date, supplier, window, status and what
    /// each window could fix or join.
    func contractTable(_ entries: some Sequence<Timeline.Entry>) -> HTML {
        var table = HTMLTable(["decide by", "contract", "supplier", "window", "status", .numeric("conflicts it could fix"),
                               .numeric("synergies it could join")])
        for entry in entries {
            let contract = entry.contract
            let due = entry.window.map { Words.date($0.decideBy) + ($0.overdue ? " (overdue)" : "") } ?? "–"
            table.add([.text(due), .text(contract.name), .text(contract.supplier ?? "–"),
                       .text(entry.window.map { Words.window($0, dates: Words.date) } ?? "no end date"),
                       .text(Words.status(entry.status)),
                       .numeric("\(entry.conflicts.count)"), .numeric("\(entry.synergies.count)")])
        }
        return table.html
    }

    func notesHTML() -> HTML {
        guard !analysis.notes.isEmpty else {
            return "<p>No data-quality notes: every interaction has a reason and every service is connected.</p>\n"
        }
        var out: HTML = "<p class=\"lede\">\(DataQualityNote.info.summary)</p>\n<ul>\n"
        for note in analysis.notes {
            let place: HTML = note.location.map { " <span class=\"note\">(line \($0.line))</span>" } ?? HTML()
            out += "<li>\(Words.message(note))\(place)</li>\n"
        }
        out += "</ul>\n"
        return out
    }
}
