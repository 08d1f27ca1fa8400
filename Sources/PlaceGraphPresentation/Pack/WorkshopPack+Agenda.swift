import PlaceGraphKit

/// The HTML and Markdown of the decision agenda, the pack's first section after the summary.
extension WorkshopPack {
    func agendaHTML() -> HTML {
        let agenda = analysis.agenda
        var out: HTML = "<p class=\"lede\">\(Agenda.info.summary) Each contract's decision falls due its lead time "
        out += "before its window, as of \(Words.date(analysis.asOf)).</p>\n"
        guard !agenda.entries.isEmpty else {
            return out + "<p>No contract is party to a conflict or a synergy.</p>\n" + quietHTML()
        }
        out += "<div class=\"cards\">\n"
        for entry in agenda.entries { out += agendaCard(entry) }
        out += "</div>\n"
        return out + quietHTML()
    }

    private func agendaCard(_ entry: Agenda.Entry) -> HTML {
        let contract = entry.contract
        let due = entry.window.map { "Decide by \(Words.date($0.decideBy))" + ($0.overdue ? ": overdue" : "") } ?? "No end date"
        var out: HTML = "<article class=\"card synergy\">\n<p><span class=\"kind\">\(due)</span></p>\n"
        out += "<h3>\(contract.name)</h3>\n<dl>\n"
        if let owner = contract.owner { out += "<dt>Owner</dt><dd>\(owner)</dd>\n" }
        if let supplier = contract.supplier { out += "<dt>Supplier</dt><dd>\(supplier)</dd>\n" }
        let window = entry.window.map { Words.window($0, dates: Words.date) } ?? "none: no end date in the map"
        out += "<dt>Window</dt><dd>\(window); lead time \(Words.leadTime(of: contract))</dd>\n"
        let found = entry.conflicts.compactMap { analysis.conflicts.conflict($0) }
        if !found.isEmpty {
            out += "<dt>Conflicts</dt><dd><ul class=\"links screen-only\">\n"
            for conflict in found {
                out += "<li><a href=\"#\(cardID(conflict))\">\(Words.sentence(conflict))</a>"
                if let low = Words.lowConfidence(of: conflict) { out += " <span class=\"evidence\">(\(low))</span>" }
                if conflict.knockOnCount > 0 { out += " \(Words.count(conflict.knockOnCount, "knock-on")) on its card." }
                out += "</li>\n"
            }
            // On paper each conflict is named by its card's number: the card, a few pages on,
            // says the same in full, and the agenda stays short enough to print.
            let cards = found.map { "card \(cardNumber($0)): \($0.from.name) → \($0.to.name)" }
            out += "</ul><span class=\"print-only\">\(cards.joined(separator: "; ")).</span></dd>\n"
        }
        let joined = entry.synergies.compactMap { analysis.synergies.synergy($0) }
        if !joined.isEmpty {
            let names = joined.map { $0.items.map(\.name).joined(separator: $0.kind == .cluster ? " + " : " → ") }
            out += "<dt>Synergies</dt><dd>\(names.joined(separator: "; "))</dd>\n"
        }
        if !entry.aligned.isEmpty {
            out += "<dt>Aligned</dt><dd>\(entry.aligned.map(\.contract.name).joined(separator: "; "))</dd>\n"
        }
        out += "</dl>\n"
        if !entry.suggestions.isEmpty {
            out += "<p><strong>What could change</strong></p>\n<ul class=\"links\">\n"
            // On paper an entry lists its first suggestions only, so the agenda fits the page budget.
            for (index, suggestion) in entry.suggestions.enumerated() {
                let words = Words.suggestion(suggestion, name: { "“\($0.name)”" }, contract: { "“\($0.name)”" }, dates: Words.date)
                let screen: HTML = index >= Self.printedSuggestions ? " class=\"screen-only\"" : HTML()
                out += "<li\(screen)>\(words.prefix(1).uppercased() + words.dropFirst()).</li>\n"
            }
            if entry.suggestions.count > Self.printedSuggestions {
                out += "<li class=\"print-only\">And \(entry.suggestions.count - Self.printedSuggestions) more, listed on screen "
                out += "and in the Markdown pack.</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</article>\n"
    }

    /// How many suggestions an agenda entry lists on paper; the screen lists them all.
    static let printedSuggestions = 2

    private func quietHTML() -> HTML {
        let quiet = analysis.agenda.quiet
        guard !quiet.isEmpty else { return HTML() }
        let list = quiet.map { entry in
            entry.contract.name + (entry.window.map { " (decide by \(Words.date($0.decideBy)))" } ?? " (no end date)")
        }
        return "<p class=\"note\">Nothing to act on: \(list.joined(separator: "; ")).</p>\n"
    }

    /// The agenda as Markdown, one list per entry, for the Markdown pack.
    func agendaMarkdown() -> String {
        var out = ""
        for entry in analysis.agenda.entries {
            let due = entry.window.map { "decide by \($0.decideBy)" + ($0.overdue ? " (overdue)" : "") } ?? "no end date"
            out += "### \(Markdown.escape(entry.contract.name)): \(due)\n\n"
            out += "- window: \(entry.window.map { Words.window($0) } ?? "none: no end date in the map")\n"
            for conflict in entry.conflicts.compactMap({ analysis.conflicts.conflict($0) }) {
                out += "- conflict: \(Markdown.escape(Words.sentence(conflict)))\n"
            }
            for synergy in entry.synergies.compactMap({ analysis.synergies.synergy($0) }) {
                out += "- synergy: \(synergy.kind.rawValue) \(Markdown.escape(synergy.items.map(\.name).joined(separator: " + ")))\n"
            }
            for suggestion in entry.suggestions {
                out += "- could change: \(Markdown.escape(Words.suggestion(suggestion, name: { "“\($0.name)”" }, contract: { "“\($0.name)”" })))\n"
            }
            out += "\n"
        }
        let quiet = analysis.agenda.quiet.map { Markdown.escape($0.contract.name) }
        if !quiet.isEmpty { out += "Nothing to act on: \(quiet.joined(separator: "; ")).\n\n" }
        return out
    }
}
