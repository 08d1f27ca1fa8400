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
                out += "Window: \(windowWords(conflict)). "
                out += "<a href=\"#\(cardID(conflict))\">See the card.</a></p></li>\n"
            }
            out += "</ol>\n"
        }
        return out
    }

    /// A conflict's window in the pack's words: "31 March 2027 (ahead; decide by 31 March
    /// 2026): Grounds maintenance".
    func windowWords(_ conflict: Conflict) -> String {
        Words.window(of: conflict, asOf: analysis.asOf, dates: Words.date, contract: \.name)
    }

    /// The anchor of a conflict: its rank, so no user text ever reaches an `id` or `href`.
    func cardID(_ conflict: Conflict) -> String { "conflict-card-\(cardNumber(conflict))" }

    /// A conflict's rank from 1, the number its card shows.
    func cardNumber(_ conflict: Conflict) -> Int {
        (analysis.conflicts.conflicts.firstIndex { $0.id == conflict.id } ?? 0) + 1
    }

    func conflictsHTML() -> HTML {
        let all = analysis.conflicts
        var out: HTML = "<p class=\"lede\">\(ConflictAnalysis.info.summary) Severity is |effect| × confidence weight "
        out += "(low 0.5, medium 0.75, high 1); cards are ranked by it.</p>\n"
        out += "<p>\(Words.count(all.conflicts.count, "conflict")), one per pair of items: \(Words.breakdown(all))."
        if let knockOns = Words.knockOns(all) { out += " Each card lists its knock-ons: \(knockOns)." }
        out += "</p>\n<div class=\"cards\">\n"
        for (index, conflict) in cardConflicts.enumerated() {
            out += conflictCard(conflict, figure: figures[.conflict(index)])
        }
        out += "</div>\n"
        let carded = Set(cardConflicts.map(\.id))
        let rest = all.conflicts.filter { !carded.contains($0.id) }
        if !rest.isEmpty {
            out += "<h3>\(rest.count) more conflicts</h3>\n\(conflictTable(rest.prefix(Self.tableRows)))"
            if rest.count > Self.tableRows {
                out += "<p class=\"note\">\(rest.count - Self.tableRows) more are listed in the <a href=\"#appendix\">appendix</a>.</p>\n"
            }
        }
        return out
    }

    /// A table of conflicts: kind, ends, the items between, severity and window.
    func conflictTable(_ conflicts: some Sequence<Conflict>) -> HTML {
        var table = HTMLTable(["kind", "from", "to", "through", .numeric("severity"), "window"])
        for conflict in conflicts {
            let through = conflict.path.dropFirst().dropLast().map(\.name).joined(separator: ", ")
            table.add([.text(Words.kind(conflict.kind)), .text(conflict.from.name), .text(conflict.to.name),
                       .text(through), .number(conflict.severity), .text(windowWords(conflict))])
        }
        return table.html
    }

    /// How many knock-ons a conflict card lists, on screen and on paper.
    static let cardKnockOns = 4
    static let printedKnockOns = 2

    private func conflictCard(_ conflict: Conflict, figure: HTML?) -> HTML {
        var out: HTML = "<article class=\"card\" id=\"\(cardID(conflict))\">\n"
        out += "<p><span class=\"number\">Card \(cardNumber(conflict))</span> <span class=\"kind\">\(Words.kind(conflict.kind))</span> "
        out += "severity \(Words.number(conflict.severity))</p>\n"
        out += "<h3>\(conflict.from.name) <span aria-hidden=\"true\">→</span><span class=\"sr\"> against </span> \(conflict.to.name)</h3>\n"
        out += "<p>\(Words.sentence(conflict))</p>\n<ul class=\"links\">\n"
        for link in conflict.links {
            let sign = link.effect.isUndermining ? "sign-neg" : "sign-pos"
            out += "<li>"
            if conflict.links.count > 1 || conflict.kind == .hidden {
                out += "\(link.from.name) → \(link.to.name): "
            }
            out += "<span class=\"\(sign)\">\(Words.namedEffect(link.effect))</span>, \(link.confidence.rawValue) confidence"
            if let of = Words.standsFor(link) { out += ", \(of)" }
            if let because = link.because { out += ". Because: \(because)" }
            if let evidence = link.evidence { out += " <span class=\"evidence\">Evidence: \(evidence).</span>" }
            out += "</li>\n"
        }
        out += "</ul>\n"
        if let low = Words.lowConfidence(of: conflict) { out += "<p class=\"evidence\">This conflict \(low).</p>\n" }
        if !conflict.knockOns.isEmpty {
            out += "<p><strong>Knock-on effects</strong> (not counted as conflicts of their own)</p>\n<ul class=\"links\">\n"
            // On paper a card lists fewer knock-ons, so the cards fit the page budget.
            for (index, knockOn) in conflict.knockOns.prefix(Self.cardKnockOns).enumerated() {
                let words = Words.knockOn(knockOn) { "“\($0.name)”" }
                let screen: HTML = index >= Self.printedKnockOns ? " class=\"screen-only\"" : HTML()
                out += "<li\(screen)>\(words.prefix(1).uppercased() + words.dropFirst()).</li>\n"
            }
            if conflict.knockOnCount > Self.cardKnockOns {
                out += "<li class=\"screen-only\">And \(conflict.knockOnCount - Self.cardKnockOns) weaker ones.</li>\n"
            }
            if conflict.knockOnCount > Self.printedKnockOns {
                out += "<li class=\"print-only\">And \(conflict.knockOnCount - Self.printedKnockOns) weaker ones.</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<dl>\n"
        if !conflict.restsOn.isEmpty {
            let pairs = conflict.restsOn.compactMap { analysis.conflicts.conflict($0) }.map { "\($0.from.name) → \($0.to.name)" }
            out += "<dt>Rests on</dt><dd>\(pairs.joined(separator: "; "))</dd>\n"
        }
        if !conflict.owners.isEmpty {
            out += "<dt>Owners</dt><dd>\(conflict.owners.joined(separator: "; "))</dd>\n"
        }
        if !conflict.suppliers.isEmpty {
            out += "<dt>Suppliers</dt><dd>\(conflict.suppliers.joined(separator: "; "))</dd>\n"
        }
        out += "<dt>Window</dt><dd>\(windowWords(conflict))</dd>\n</dl>\n"
        if let figure {
            out += "<figure class=\"mini\">\(figure)<figcaption>The conflict and its strongest neighbours.</figcaption></figure>\n"
        }
        out += "</article>\n"
        return out
    }
}
