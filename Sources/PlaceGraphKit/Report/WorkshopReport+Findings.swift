/// The HTML of the sections drawn from the analysis: summary, conflicts, synergies,
/// influence, the matrix, the timeline and data-quality notes.
extension WorkshopReport {
    typealias E = Markup

    /// The conflicts that get a card: every one that is not hidden, then the most severe
    /// hidden ones, up to ``WorkshopReportOptions/conflictCards``.
    var cardConflicts: [Conflict] {
        let ranked = analysis.conflicts.conflicts
        let direct = ranked.filter { $0.kind != .hidden }
        let hidden = ranked.filter { $0.kind == .hidden }
        let room = max(0, options.conflictCards - direct.count)
        let chosen = Set((direct.prefix(options.conflictCards) + hidden.prefix(room)).map(\.id))
        return ranked.filter { chosen.contains($0.id) }
    }

    /// The figure name of a conflict's mini diagram.
    static func conflictFigure(_ index: Int) -> String { "conflict-\(index + 1)" }

    func summaryHTML() -> String {
        let summary = analysis.summary
        let counts = analysis.conflicts
        var out = "<ul class=\"stats\">\n"
        let stats: [(Int, String)] = [
            (summary.services, "services"), (summary.contracts, "contracts"), (summary.objectives, "objectives"),
            (summary.interactions, "interactions"), (counts.conflicts.count, "conflicts"),
            (counts.count(of: .contractContradiction), "contract contradictions"),
            (analysis.synergies.count(of: .cluster), "joint-commissioning clusters"),
        ]
        for (value, label) in stats where value > 0 || label == "conflicts" {
            out += "<li><strong>\(value)</strong> \(E.escape(label))</li>\n"
        }
        out += "</ul>\n"
        out += "<p>Analysed at <strong>\(analysis.level.rawValue)</strong> level as of \(ReportWords.date(analysis.asOf)). "
        out += "\(summary.reinforcing) interactions reinforce and \(summary.undermining) undermine.</p>\n"
        let top = analysis.conflicts.conflicts.prefix(3)
        if top.isEmpty {
            out += "<p>No conflicts were found: nothing in the map undermines anything else.</p>\n"
        } else {
            out += "<h3>The three most severe conflicts</h3>\n<ol class=\"top\">\n"
            for conflict in top {
                out += "<li><p>\(E.escape(ReportWords.sentence(conflict))) "
                out += "Window: \(E.escape(ReportWords.window(conflict, asOf: analysis.asOf))). "
                out += "<a href=\"#\(cardID(conflict))\">See the card.</a></p></li>\n"
            }
            out += "</ol>\n"
        }
        return out
    }

    /// The anchor of a conflict: its rank, so no user text ever reaches an `id` or `href`.
    func cardID(_ conflict: Conflict) -> String {
        let rank = analysis.conflicts.conflicts.firstIndex { $0.id == conflict.id } ?? 0
        return "conflict-card-\(rank + 1)"
    }

    func conflictsHTML() -> String {
        let all = analysis.conflicts
        var out = "<p class=\"lede\">\(E.escape(ConflictAnalysis.info.summary)) Severity is |effect| × confidence weight "
        out += "(low 0.5, medium 0.75, high 1); cards are ranked by it.</p>\n"
        let kinds = Conflict.Kind.allCases.map { "\(all.count(of: $0)) \($0.words)" }.joined(separator: ", ")
        out += "<p>\(all.conflicts.count) conflicts: \(E.escape(kinds)).</p>\n<div class=\"cards\">\n"
        let cards = cardConflicts
        for (index, conflict) in cards.enumerated() {
            out += conflictCard(conflict, figure: figures[Self.conflictFigure(index)])
        }
        out += "</div>\n"
        let rest = all.conflicts.filter { conflict in !cards.contains { $0.id == conflict.id } }
        if !rest.isEmpty {
            var table = HTMLTable(["kind", "from", "to", "through", .numeric("severity"), "window"])
            for conflict in rest {
                let through = conflict.path.dropFirst().dropLast().map(\.name).joined(separator: ", ")
                table.add([.text(E.escape(conflict.kind.words)), .text(E.escape(conflict.from.name)),
                           .text(E.escape(conflict.to.name)), .text(E.escape(through)), .number(conflict.severity),
                           .text(conflict.window.map { E.escape(ReportWords.date($0)) } ?? "–")])
            }
            out += "<h3>\(rest.count) more conflicts</h3>\n" + table.html
        }
        return out
    }

    private func conflictCard(_ conflict: Conflict, figure: String?) -> String {
        var out = "<article class=\"card\" id=\"\(cardID(conflict))\">\n"
        out += "<p><span class=\"kind\">\(E.escape(conflict.kind.words))</span> severity \(formatNumber(conflict.severity, decimals: 2))</p>\n"
        out += "<h3>\(E.escape(conflict.from.name)) <span aria-hidden=\"true\">→</span><span class=\"sr\"> against </span> \(E.escape(conflict.to.name))</h3>\n"
        out += "<p>\(E.escape(ReportWords.sentence(conflict)))</p>\n<ul class=\"links\">\n"
        for link in conflict.links {
            let sign = link.effect.isUndermining ? "sign-neg" : "sign-pos"
            out += "<li>"
            if conflict.links.count > 1 || conflict.kind == .hidden {
                out += "\(E.escape(link.from.name)) → \(E.escape(link.to.name)): "
            }
            out += "<span class=\"\(sign)\">\(E.escape(ReportWords.effect(link.effect)))</span>, \(link.confidence.rawValue) confidence"
            if let because = link.because { out += ". Because: \(E.escape(because))" }
            if let evidence = link.evidence { out += " <span class=\"evidence\">Evidence: \(E.escape(evidence)).</span>" }
            out += "</li>\n"
        }
        out += "</ul>\n<dl>\n"
        if !conflict.owners.isEmpty {
            out += "<dt>Owners</dt><dd>\(E.escape(conflict.owners.joined(separator: "; ")))</dd>\n"
        }
        if !conflict.suppliers.isEmpty {
            out += "<dt>Suppliers</dt><dd>\(E.escape(conflict.suppliers.joined(separator: "; ")))</dd>\n"
        }
        out += "<dt>Window</dt><dd>\(E.escape(ReportWords.window(conflict, asOf: analysis.asOf)))</dd>\n</dl>\n"
        if let figure {
            out += "<figure class=\"mini\">\(figure)<figcaption>The conflict and its strongest neighbours.</figcaption></figure>\n"
        }
        out += "</article>\n"
        return out
    }

    func synergiesHTML() -> String {
        let synergies = analysis.synergies
        var out = "<p class=\"lede\">\(E.escape(SynergyAnalysis.info.summary))</p>\n"
        let clusters = synergies.synergies.filter { $0.kind == .cluster }
        if clusters.isEmpty {
            out += "<p>No group of services is bound together by reinforcing interactions.</p>\n"
        } else {
            out += "<h3>Candidates for joint commissioning</h3>\n<p>Groups of services bound by reinforcing interactions "
            out += "(Louvain community detection, modularity \(formatNumber(synergies.modularity, decimals: 2))).</p>\n<div class=\"cards\">\n"
            for cluster in clusters {
                out += "<article class=\"card synergy\">\n<p><span class=\"kind\">cluster</span> strength \(formatNumber(cluster.strength, decimals: 2))</p>\n"
                out += "<h3>\(E.escape(cluster.items.map(\.name).joined(separator: " + ")))</h3>\n<dl>\n"
                if !cluster.owners.isEmpty { out += "<dt>Owners</dt><dd>\(E.escape(cluster.owners.joined(separator: "; ")))</dd>\n" }
                if !cluster.contracts.isEmpty {
                    let list = cluster.contracts.map { "\($0.name)\($0.end.map { " (ends \(ReportWords.date($0)))" } ?? "")" }
                    out += "<dt>Contracts</dt><dd>\(E.escape(list.joined(separator: "; ")))</dd>\n"
                }
                if let window = cluster.alignedWindow {
                    out += "<dt>Aligned window</dt><dd><strong>Yes</strong>: renewals fall between \(ReportWords.date(window.from)) "
                    out += "and \(ReportWords.date(window.to)), so these could be re-commissioned together.</dd>\n"
                } else {
                    out += "<dt>Aligned window</dt><dd>No: their renewals are more than 12 months apart.</dd>\n"
                }
                out += "</dl>\n</article>\n"
            }
            out += "</div>\n"
        }
        let pairs = synergies.synergies.filter { $0.kind != .cluster }
        if !pairs.isEmpty {
            var table = HTMLTable(["kind", "from", "to", .numeric("strength"), "because"])
            for synergy in pairs {
                let because = synergy.links.compactMap(\.because).joined(separator: " / ")
                table.add([.text(synergy.kind.rawValue), .text(E.escape(synergy.items.first?.name ?? "")),
                           .text(E.escape(synergy.items.last?.name ?? "")), .number(synergy.strength), .text(E.escape(because))])
            }
            out += "<h3>Reinforcing pairs</h3>\n" + table.html
        }
        return out
    }

    func influenceHTML() -> String {
        let influence = analysis.influence
        var out = "<p class=\"lede\">\(E.escape(InfluenceAnalysis.info.summary)) \(E.escape(InfluenceAnalysis.micmacInfo.summary))</p>\n"
        if let chart = figures["influence"] { out += "<div class=\"figure\">\(chart)</div>\n" }
        out += "<h3>The biggest levers</h3>\n<p>Ranked by the total size of what each item does to others, "
        out += "reinforcing plus undermining; net is out-strength minus in-strength (Weitz et al. 2018).</p>\n"
        var table = HTMLTable(["item", .numeric("reinforces"), .numeric("undermines"), .numeric("in"), .numeric("net"),
                               .numeric("MICMAC influence"), .numeric("MICMAC dependence"), "quadrant"])
        for entry in influence.rankedByLeverage.prefix(15) {
            table.add([.text(E.escape(entry.item.name)), .number(entry.outPositive), .number(-entry.outNegative),
                       .number(entry.in), .number(entry.net), .number(entry.influence), .number(entry.dependence),
                       .text(entry.quadrant.rawValue)])
        }
        out += table.html
        out += "<p class=\"note\">Method: \(E.escape(InfluenceAnalysis.info.citation)); \(E.escape(InfluenceAnalysis.micmacInfo.citation)).</p>\n"
        return out
    }

    func matrixHTML() -> String {
        var out = "<p class=\"lede\">Row A, column B is A's effect on B on the −3…+3 scale. "
        out += "Blue reinforces, vermillion undermines, and every cell shows its value.</p>\n"
        if let chart = figures["matrix"] { out += "<div class=\"figure\">\(chart)</div>\n" }
        return out
    }

    func timelineHTML() -> String {
        var out = "<p class=\"lede\">\(E.escape(Timeline.info.summary))</p>\n"
        if let chart = figures["timeline"] { out += "<div class=\"figure\">\(chart)</div>\n" }
        var table = HTMLTable(["contract", "supplier", "ends", "extension to", "status", .numeric("conflicts it could fix"),
                               .numeric("synergies it could join")])
        for entry in analysis.timeline.entries {
            let contract = entry.contract
            table.add([.text(E.escape(contract.name)), .text(E.escape(contract.supplier ?? "–")),
                       .text(contract.end.map { E.escape(ReportWords.date($0)) } ?? "–"),
                       .text(contract.extensionEnd.map { E.escape(ReportWords.date($0)) } ?? "–"),
                       .text(entry.status.words), .numeric("\(entry.conflicts.count)"), .numeric("\(entry.synergies.count)")])
        }
        out += table.html
        return out
    }

    func notesHTML() -> String {
        guard !analysis.notes.isEmpty else { return "<p>No data-quality notes: every interaction has a reason and every service is connected.</p>\n" }
        var out = "<p class=\"lede\">\(E.escape(DataQualityNote.info.summary))</p>\n<ul>\n"
        for note in analysis.notes {
            let place = note.location.map { " <span class=\"note\">(line \($0.line))</span>" } ?? ""
            out += "<li>\(E.escape(note.message))\(place)</li>\n"
        }
        out += "</ul>\n"
        return out
    }

    /// The Gantt rows: contracts with an end date, in timeline order, noting what each window could fix.
    var ganttRows: [ContractGantt.Row] {
        analysis.timeline.entries.compactMap { entry in
            guard let end = entry.contract.end else { return nil }
            var parts: [String] = []
            if !entry.conflicts.isEmpty { parts.append("fixes " + ReportWords.count(entry.conflicts.count, "conflict")) }
            if !entry.synergies.isEmpty { parts.append("joins " + ReportWords.count(entry.synergies.count, "synergy", plural: "synergies")) }
            return ContractGantt.Row(label: entry.contract.name, supplier: entry.contract.supplier, start: entry.contract.start,
                                     end: end, extensionEnd: entry.contract.extensionEnd,
                                     note: parts.isEmpty ? "no conflicts to fix" : parts.joined(separator: ", "))
        }
    }

    var influencePoints: [InfluenceScatter.Point] {
        analysis.influence.items.map {
            InfluenceScatter.Point(label: $0.item.name, influence: $0.influence, dependence: $0.dependence,
                                   quadrant: $0.quadrant.rawValue)
        }
    }
}
