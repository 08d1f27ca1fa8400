import PlaceGraphKit

/// The HTML of the map, loop and balance sections, and the assembled page.
extension WorkshopPack {
    func mapHTML() -> HTML {
        var out: HTML = "<p class=\"lede\">Blue solid arrows reinforce; vermillion dashed arrows undermine; thicker lines are "
        out += "stronger effects and dotted, paler ones are low confidence. Hover over an arrow for its reason.</p>\n"
        if let map = figures[.map] { out += "<div class=\"figure\">\(map)</div>\n" }
        return out
    }

    func loopsHTML() -> HTML {
        var out: HTML = "<p class=\"lede\">\(LoopAnalysis.info.summary) A loop is reinforcing when the signs of its "
        out += "interactions multiply to a positive, so it amplifies change; otherwise it is balancing and resists change.</p>\n"
        out += "<p>\(Words.headline(loops))"
        if loops.truncated { out += " The search was bounded (\(Words.bounds(Self.loopSearch))), so there may be more." }
        out += "</p>\n"
        guard !loops.loops.isEmpty else { return out }
        out += "<div class=\"cards\">\n"
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
        if loops.loops.count > options.loopDiagrams {
            var table = HTMLTable(["polarity", .numeric("length"), "items"])
            for loop in loops.loops.dropFirst(options.loopDiagrams).prefix(200) {
                table.add([.text(loop.polarity.rawValue), .numeric("\(loop.length)"), .text(loopSentence(loop))])
            }
            out += "<h3>More loops</h3>\n\(table.html)"
            if loops.loops.count > options.loopDiagrams + 200 {
                out += "<p class=\"note\">\(loops.loops.count - options.loopDiagrams - 200) further loops are left out here; run placegraph loops to list them all.</p>\n"
            }
        }
        out += "<p class=\"note\">Method: \(LoopAnalysis.info.citation).</p>\n"
        return out
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
                for id in group.prefix(80) { out += "<li>\(graph.item(id)?.name ?? id)</li>\n" }
                if group.count > 80 { out += "<li>and \(group.count - 80) more</li>\n" }
                out += "</ul></div>\n"
            }
            out += "</div>\n"
        }
        if let none = Words.noCamp(balance) { out += "<p>\(none).</p>\n" }
        out += "<h3>Ties that cut across the alignment</h3>\n<p>\(Words.alignment(balance))</p>\n"
        if !balance.frustrated.isEmpty {
            var table = HTMLTable(["from", "to", "effect", "how it cuts across"])
            for interaction in balance.frustrated {
                let sign = interaction.effect.isUndermining ? "sign-neg" : "sign-pos"
                table.add([.text(graph.item(interaction.from)?.name ?? interaction.from),
                           .text(graph.item(interaction.to)?.name ?? interaction.to),
                           .styled(Words.namedEffect(interaction.effect), className: sign), .text(Words.reason(interaction))])
            }
            out += table.html
        }
        out += "<p class=\"note\">Method: \(BalanceAnalysis.info.citation).</p>\n"
        return out
    }

    /// The whole pack as one self-contained HTML page.
    public func html() -> HTML {
        var page = HTMLPage(title: analysis.place.name, subtitle: analysis.place.mission)
        page.add(id: "summary", title: "Summary", body: summaryHTML())
        page.add(id: "agenda", title: "Decision agenda", body: agendaHTML())
        page.add(id: "conflicts", title: "Conflicts", body: conflictsHTML())
        page.add(id: "map", title: "The map", body: mapHTML())
        page.add(id: "synergies", title: "Synergies and joint commissioning", body: synergiesHTML())
        page.add(id: "loops", title: "Feedback loops", body: loopsHTML())
        page.add(id: "balance", title: "Structural balance", body: balanceHTML())
        page.add(id: "influence", title: "Influence and dependence", body: influenceHTML())
        page.add(id: "matrix", title: "Cross-impact matrix", body: matrixHTML())
        page.add(id: "timeline", title: "Contract timeline", body: timelineHTML())
        page.add(id: "notes", title: "Data-quality notes", body: notesHTML())
        return page.rendered()
    }
}
