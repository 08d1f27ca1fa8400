import PlaceGraphKit

/// The HTML of the map, loop and balance sections, and the assembled page.
extension WorkshopPack {
    /// How many rows a table in the body of the pack shows; the appendix has them all.
    static let tableRows = 6

    func mapHTML() -> HTML {
        var out: HTML = "<p class=\"lede\">Blue solid arrows reinforce; vermillion dashed arrows undermine, ending in a bar; "
        out += "thicker lines are stronger effects, and numbers give the effect where there is room. Paler lines are "
        out += "low confidence. Hover over an arrow for its reason.</p>\n"
        if let limit = map.limit { out += "<p class=\"note\">\(limit)</p>\n" }
        if !map.domains.isEmpty {
            out += "<p>One printed page cannot hold the whole map legibly, so it is printed by domain, then the "
            out += "interactions between domains. The whole map is shown on screen.</p>\n"
            if let whole = figures[.map] { out += "<div class=\"figure screen-only\">\(whole)</div>\n" }
        }
        for page in map.pages {
            out += "<div class=\"map-page \(page.landscape ? "landscape" : "portrait")\">\n"
            for (figure, width) in zip(page.figures, page.widths) {
                guard let svg = figures[figure] else { continue }
                let printWidth = formatNumber(width, decimals: 1)
                out += "<figure class=\"map-part\" style=\"--print-width: \(printWidth)mm\">"
                out += "<figcaption>\(caption(of: figure))</figcaption>\(svg)</figure>\n"
            }
            out += "</div>\n"
        }
        return out
    }

    /// The caption of a map figure: the place, a domain, or the links between domains.
    func caption(of figure: Figure) -> String {
        let level = map.level == .services ? ", service to service" : ""
        switch figure {
        case let .domain(index) where index < map.domains.count: return "Domain: \(map.domains[index])\(level)"
        case .domainLinks: return "Interactions between domains\(map.linksLevel == .services ? ", service to service" : "")"
        default: return "The whole map\(level)"
        }
    }

    func loopsHTML() -> HTML {
        var out: HTML = "<p class=\"lede\">\(LoopAnalysis.info.summary) A loop is reinforcing when the signs of its "
        out += "interactions multiply to a positive, so it amplifies change; otherwise it is balancing and resists change.</p>\n"
        out += "<p>\(Words.headline(loops))"
        if loops.truncated { out += " The search was bounded (\(Words.bounds(Self.loopSearch))), so there may be more." }
        out += "</p>\n"
        guard !loops.loops.isEmpty else { return out }
        out += "<div class=\"cards small\">\n"
        for (index, loop) in loops.loops.prefix(options.loopDiagrams).enumerated() {
            let cls = loop.polarity == .reinforcing ? "card synergy" : "card"
            out += "<article class=\"\(cls)\">\n<p><span class=\"kind\">\(loop.polarity.rawValue)</span> length \(loop.length)</p>\n"
            out += "<p>\(loopSentence(loop))</p>\n"
            if let figure = figures[.loop(index)] {
                out += "<figure class=\"mini\">\(figure)<figcaption>Loop \(index + 1).</figcaption></figure>\n"
            }
            out += "</article>\n"
        }
        out += "</div>\n"
        let rest = loops.loops.dropFirst(options.loopDiagrams)
        if !rest.isEmpty {
            // On paper the cards are enough; the appendix and the screen have the rest.
            out += "<div class=\"screen-only\">\n<h3>The next loops</h3>\n\(loopTable(rest.prefix(Self.tableRows)))</div>\n"
            if rest.count > Self.tableRows {
                out += "<p class=\"note\">\(rest.count - Self.tableRows) more in the <a href=\"#appendix\">appendix</a>.</p>\n"
            }
        }
        out += "<p class=\"note\">Method: \(LoopAnalysis.info.citation).</p>\n"
        return out
    }

    /// A table of loops: polarity, length and the loop in names.
    func loopTable(_ list: some Sequence<FeedbackLoop>) -> HTML {
        var table = HTMLTable(["polarity", .numeric("length"), "items"])
        for loop in list {
            table.add([.text(loop.polarity.rawValue), .numeric("\(loop.length)"), .text(loopSentence(loop))])
        }
        return table.html
    }

    /// "a → b → c → a", with names.
    func loopSentence(_ loop: FeedbackLoop) -> String {
        let names = loop.items.map { graph.item($0)?.name ?? $0 }
        return (names + names.prefix(1)).joined(separator: " → ")
    }

    func balanceHTML() -> HTML {
        var out: HTML = "<p class=\"lede\">\(BalanceAnalysis.info.summary)</p>\n"
        out += "<p>\(Words.headline(balance))</p>\n"
        out += "<p>\(Words.triangles(balance.triangles))</p>\n"
        if balance.groups.count == 2 {
            out += "<div class=\"camps\">\n"
            for (index, group) in balance.groups.enumerated() {
                out += "<div><h3>Camp \(index + 1) (\(group.count))</h3>\n<ul>\n"
                for id in group.prefix(40) { out += "<li>\(graph.item(id)?.name ?? id)</li>\n" }
                if group.count > 40 { out += "<li>and \(group.count - 40) more</li>\n" }
                out += "</ul></div>\n"
            }
            out += "</div>\n<p class=\"note print-only\">Each camp's members are listed on screen and in the Markdown pack.</p>\n"
        }
        if let none = Words.noCamp(balance) { out += "<p>\(none).</p>\n" }
        out += "<h3>Ties that cut across the alignment</h3>\n<p>\(Words.alignment(balance))</p>\n"
        if !balance.frustrated.isEmpty {
            var table = HTMLTable(["from", "to", "effect", "how it cuts across"])
            for interaction in balance.frustrated.prefix(Self.tableRows) {
                let sign = interaction.effect.isUndermining ? "sign-neg" : "sign-pos"
                table.add([.text(graph.item(interaction.from)?.name ?? interaction.from),
                           .text(graph.item(interaction.to)?.name ?? interaction.to),
                           .styled(Words.namedEffect(interaction.effect), className: sign), .text(Words.reason(interaction))])
            }
            out += table.html
            if balance.frustrated.count > Self.tableRows {
                out += "<p class=\"note\">\(balance.frustrated.count - Self.tableRows) more are not listed here; "
                out += "run placegraph balance for all of them.</p>\n"
            }
        }
        out += "<p class=\"note\">Method: \(BalanceAnalysis.info.citation).</p>\n"
        return out
    }

    /// The whole pack as one self-contained HTML page: the summary and the limits reached,
    /// the decision agenda, the conflicts, the map, then everything else, and the appendix of full tables.
    public func html() -> HTML {
        var page = HTMLPage(title: analysis.place.name, subtitle: analysis.place.mission)
        page.add(id: "summary", title: "Summary", body: summaryHTML() + limitsHTML())
        page.add(id: "agenda", title: "Decision agenda", body: agendaHTML())
        let diagrams: HTML = "<p class=\"note print-only\">The cards' and loops' diagrams are on screen and in the "
            + "Markdown pack; the map pages show every interaction.</p>\n"
        page.add(id: "conflicts", title: "Conflicts", body: conflictsHTML() + diagrams)
        // The heading shares the first map page, so the section takes that page's orientation.
        page.add(id: "map", title: "The map", body: mapHTML(),
                 className: map.pages.first.map { $0.landscape ? "landscape" : "portrait" })
        page.add(id: "synergies", title: "Synergies and joint commissioning", body: synergiesHTML())
        page.add(id: "loops", title: "Feedback loops", body: loopsHTML())
        page.add(id: "balance", title: "Structural balance", body: balanceHTML())
        page.add(id: "influence", title: "Influence and dependence", body: influenceHTML())
        page.add(id: "matrix", title: "Cross-impact matrix", body: matrixHTML())
        page.add(id: "timeline", title: "Contract timeline", body: timelineHTML())
        page.add(id: "notes", title: "Data-quality notes", body: notesHTML())
        page.add(id: "appendix", title: "Appendix: full tables", body: appendixHTML())
        return page.rendered()
    }
}
