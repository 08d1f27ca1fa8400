import PlaceGraphKit

/// The HTML of the summary and the conflicts.
extension WorkshopPack {
    func summaryHTML() -> HTML {
        let summary = analysis.summary
        let counts = analysis.conflicts
        var out: HTML = "<ul class=\"stats\">\n"
        let stats: [(Int, String)] = [
            (summary.services, "services"), (summary.contracts, "contracts"), (summary.objectives, "objectives"),
            (summary.interactions, "interactions"), (counts.conflicts.count, "conflicts"),
            (counts.count(of: .contractContradiction), "contract contradictions"),
            (analysis.synergies.count(of: .cluster), "joint-commissioning clusters"),
        ]
        for (value, label) in stats where value > 0 || label == "conflicts" {
            out += "<li><strong>\(value)</strong> \(label)</li>\n"
        }
        out += "</ul>\n"
        out += "<p>Analysed at <strong>\(analysis.level.rawValue)</strong> level as of \(Words.date(analysis.asOf)). "
        out += "\(summary.reinforcing) interactions reinforce and \(summary.undermining) undermine.</p>\n"
        let top = analysis.conflicts.conflicts.prefix(3)
        if top.isEmpty {
            out += "<p>No conflicts were found: nothing in the map undermines anything else.</p>\n"
        } else {
            out += "<h3>The three most severe conflicts</h3>\n<ol class=\"top\">\n"
            for conflict in top {
                out += "<li><p>\(Words.sentence(conflict)) "
                out += "Window: \(Words.window(of: conflict, asOf: analysis.asOf)). "
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

    func conflictsHTML() -> HTML {
        let all = analysis.conflicts
        var out: HTML = "<p class=\"lede\">\(ConflictAnalysis.info.summary) Severity is |effect| × confidence weight "
        out += "(low 0.5, medium 0.75, high 1); cards are ranked by it.</p>\n"
        let kinds = Conflict.Kind.allCases.map { "\(all.count(of: $0)) \(Words.kind($0))" }.joined(separator: ", ")
        out += "<p>\(all.conflicts.count) conflicts: \(kinds).</p>\n<div class=\"cards\">\n"
        for (index, conflict) in cardConflicts.enumerated() {
            out += conflictCard(conflict, figure: figures[.conflict(index)])
        }
        out += "</div>\n"
        let rest = all.conflicts.count - cardConflicts.count
        if rest > 0 {
            out += "<p class=\"note\">\(rest) more conflicts are listed in the <a href=\"#appendix\">appendix</a>.</p>\n"
        }
        return out
    }

    private func conflictCard(_ conflict: Conflict, figure: HTML?) -> HTML {
        var out: HTML = "<article class=\"card\" id=\"\(cardID(conflict))\">\n"
        out += "<p><span class=\"kind\">\(Words.kind(conflict.kind))</span> severity \(Words.number(conflict.severity))</p>\n"
        out += "<h3>\(conflict.from.name) <span aria-hidden=\"true\">→</span><span class=\"sr\"> against </span> \(conflict.to.name)</h3>\n"
        out += "<p>\(Words.sentence(conflict))</p>\n<ul class=\"links\">\n"
        for link in conflict.links {
            let sign = link.effect.isUndermining ? "sign-neg" : "sign-pos"
            out += "<li>"
            if conflict.links.count > 1 || conflict.kind == .hidden {
                out += "\(link.from.name) → \(link.to.name): "
            }
            out += "<span class=\"\(sign)\">\(Words.namedEffect(link.effect))</span>, \(link.confidence.rawValue) confidence"
            if let because = link.because { out += ". Because: \(because)" }
            if let evidence = link.evidence { out += " <span class=\"evidence\">Evidence: \(evidence).</span>" }
            out += "</li>\n"
        }
        out += "</ul>\n<dl>\n"
        if !conflict.owners.isEmpty {
            out += "<dt>Owners</dt><dd>\(conflict.owners.joined(separator: "; "))</dd>\n"
        }
        if !conflict.suppliers.isEmpty {
            out += "<dt>Suppliers</dt><dd>\(conflict.suppliers.joined(separator: "; "))</dd>\n"
        }
        out += "<dt>Window</dt><dd>\(Words.window(of: conflict, asOf: analysis.asOf))</dd>\n</dl>\n"
        if let figure {
            out += "<figure class=\"mini\">\(figure)<figcaption>The conflict and its strongest neighbours.</figcaption></figure>\n"
        }
        out += "</article>\n"
        return out
    }
}
