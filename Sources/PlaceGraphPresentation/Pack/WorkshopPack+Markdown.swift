import PlaceGraphKit

/// The pack as Markdown, for pasting into council papers, with its figures as SVG files.
extension WorkshopPack {
    /// A Markdown document and the SVG files it links to.
    public struct MarkdownPack: Sendable {
        /// The text of `report.md`.
        public let text: String
        /// The figures it links to, as the text of standalone SVG files named ``Figure/fileName``.
        public let files: [Figure: String]
    }

    /// The pack as Markdown with relative links to its figures.
    public func markdown() -> MarkdownPack {
        var files: [Figure: String] = [:]
        var out = "# \(Markdown.escape(analysis.place.name))\n\n"
        if let mission = analysis.place.mission { out += "*\(Markdown.escape(mission))*\n\n" }
        out += "## Summary\n\n\(Markdown.escape(Words.summary(analysis.summary))). Analysed at \(analysis.level.rawValue) level as of \(analysis.asOf).\n\n"
        for conflict in analysis.conflicts.conflicts.prefix(3) {
            out += "- \(Markdown.escape(Words.sentence(conflict))) Window: \(Markdown.escape(windowWords(conflict))).\n"
        }
        if !limitsReached.isEmpty {
            out += "\n**Limits reached.**\n\n" + limitsReached.map { "- \(Markdown.escape($0))\n" }.joined()
        }
        out += "\n## Decision agenda\n\n" + agendaMarkdown()
        func figure(_ figure: Figure, _ caption: String) {
            guard let svg = figures[figure] else { return }
            files[figure] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.markup + "\n"
            out += "![\(Markdown.escape(caption))](\(figure.fileName))\n\n"
        }
        out += "## Conflicts\n\n| # | kind | from | to | severity | window | because |\n| ---: | --- | --- | --- | ---: | --- | --- |\n"
        for (index, conflict) in analysis.conflicts.conflicts.enumerated() {
            let because = conflict.links.compactMap(\.because).joined(separator: " / ")
            out += "| \(index + 1) | \(Words.kind(conflict.kind)) | \(Markdown.escape(conflict.from.name)) | \(Markdown.escape(conflict.to.name)) | "
            out += "\(Words.number(conflict.severity)) | \(Markdown.escape(windowWords(conflict))) | \(Markdown.escape(because)) |\n"
        }
        out += "\n"
        for conflict in analysis.conflicts.conflicts where !conflict.knockOns.isEmpty {
            let words = conflict.knockOns.map { Words.knockOn($0) { $0.name } }
            out += "- \(Markdown.escape(conflict.from.name)) → \(Markdown.escape(conflict.to.name)), knock-ons: "
            out += "\(Markdown.escape(words.joined(separator: "; ")))\n"
        }
        out += "\n## The map\n\n"
        if let limit = map.limit { out += "\(Markdown.escape(limit))\n\n" }
        figure(.map, "The place map")
        for part in map.figures.sorted() where part != .map { figure(part, caption(of: part)) }
        for (index, conflict) in cardConflicts.prefix(6).enumerated() {
            figure(.conflict(index), "Conflict: \(conflict.from.name) against \(conflict.to.name)")
        }
        out += "## Synergies\n\n| kind | items | strength | aligned window |\n| --- | --- | ---: | --- |\n"
        for synergy in analysis.synergies.synergies {
            let window = synergy.alignedWindow.map { "\($0.from) to \($0.to)" } ?? "–"
            out += "| \(synergy.kind.rawValue) | \(Markdown.escape(synergy.items.map(\.name).joined(separator: " + "))) | "
            out += "\(Words.number(synergy.strength)) | \(window) |\n"
        }
        out += "\n## Feedback loops\n\n\(Markdown.escape(Words.headline(loops)))\n\n| polarity | length | loop |\n| --- | ---: | --- |\n"
        for loop in loops.loops.prefix(Self.appendixRows) {
            out += "| \(loop.polarity.rawValue) | \(loop.length) | \(Markdown.escape(loopSentence(loop))) |\n"
        }
        out += "\n## Structural balance\n\n\(Markdown.escape(Words.headline(balance))) \(Markdown.escape(Words.triangles(balance.triangles)))\n\n"
        for (index, group) in balance.groups.enumerated() {
            out += "- Camp \(index + 1): \(Markdown.escape(group.map { graph.item($0)?.name ?? $0 }.joined(separator: ", ")))\n"
        }
        if let none = Words.noCamp(balance) { out += "\n\(Markdown.escape(none)).\n" }
        out += "\n\(Markdown.escape(Words.alignment(balance)))\n"
        out += "\n## Influence and dependence\n\n"
        figure(.influence, "Influence and dependence (MICMAC)")
        out += "## Cross-impact matrix\n\n"
        figure(.matrix, "Cross-impact matrix")
        out += "## Contract timeline\n\n"
        figure(.timeline, "Contract timeline")
        out += "| decide by | contract | supplier | window | status | conflicts it could fix |\n| --- | --- | --- | --- | --- | ---: |\n"
        for entry in analysis.timeline.entries {
            out += "| \(entry.window.map { "\($0.decideBy)" } ?? "–") | \(Markdown.escape(entry.contract.name)) | "
            out += "\(Markdown.escape(entry.contract.supplier ?? "–")) | \(entry.window.map { Words.window($0) } ?? "no end date") | "
            out += "\(Words.status(entry.status)) | \(entry.conflicts.count) |\n"
        }
        out += "\n## Data-quality notes\n\n"
        for note in analysis.notes { out += "- \(Markdown.escape(Words.message(note)))\n" }
        if analysis.notes.isEmpty { out += "None.\n" }
        return MarkdownPack(text: out, files: files)
    }
}
