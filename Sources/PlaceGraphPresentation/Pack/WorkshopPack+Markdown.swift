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

    /// Escapes text for a Markdown table cell or paragraph.
    static func md(_ text: String) -> String { MarkdownEscaping.report.escape(text) }

    /// The pack as Markdown with relative links to its figures.
    public func markdown() -> MarkdownPack {
        var files: [Figure: String] = [:]
        var out = "# \(Self.md(analysis.place.name))\n\n"
        if let mission = analysis.place.mission { out += "*\(Self.md(mission))*\n\n" }
        out += "## Summary\n\n\(Self.md(Words.summary(analysis.summary))). Analysed at \(analysis.level.rawValue) level as of \(analysis.asOf).\n\n"
        for conflict in analysis.conflicts.conflicts.prefix(3) {
            out += "- \(Self.md(Words.sentence(conflict))) Window: \(Self.md(Words.window(of: conflict, asOf: analysis.asOf))).\n"
        }
        func figure(_ figure: Figure, _ caption: String) {
            guard let svg = figures[figure] else { return }
            files[figure] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.markup + "\n"
            out += "![\(Self.md(caption))](\(figure.fileName))\n\n"
        }
        out += "\n## The map\n\n"
        figure(.map, "The place map")
        out += "## Conflicts\n\n| # | kind | from | to | severity | window | because |\n| ---: | --- | --- | --- | ---: | --- | --- |\n"
        for (index, conflict) in analysis.conflicts.conflicts.enumerated() {
            let because = conflict.links.compactMap(\.because).joined(separator: " / ")
            out += "| \(index + 1) | \(Words.kind(conflict.kind)) | \(Self.md(conflict.from.name)) | \(Self.md(conflict.to.name)) | "
            out += "\(Words.number(conflict.severity)) | \(conflict.window.map(String.init(describing:)) ?? "–") | \(Self.md(because)) |\n"
        }
        out += "\n"
        for (index, conflict) in cardConflicts.prefix(6).enumerated() {
            figure(.conflict(index), "Conflict: \(conflict.from.name) against \(conflict.to.name)")
        }
        out += "## Synergies\n\n| kind | items | strength | aligned window |\n| --- | --- | ---: | --- |\n"
        for synergy in analysis.synergies.synergies {
            let window = synergy.alignedWindow.map { "\($0.from) to \($0.to)" } ?? "–"
            out += "| \(synergy.kind.rawValue) | \(Self.md(synergy.items.map(\.name).joined(separator: " + "))) | "
            out += "\(Words.number(synergy.strength)) | \(window) |\n"
        }
        out += "\n## Feedback loops\n\n\(Self.md(Words.headline(loops)))\n\n| polarity | length | loop |\n| --- | ---: | --- |\n"
        for loop in loops.loops.prefix(100) {
            out += "| \(loop.polarity.rawValue) | \(loop.length) | \(Self.md(loopSentence(loop))) |\n"
        }
        out += "\n## Structural balance\n\n\(Self.md(Words.headline(balance))) \(Self.md(Words.triangles(balance.triangles)))\n\n"
        for (index, group) in balance.groups.enumerated() {
            out += "- Camp \(index + 1): \(Self.md(group.map { graph.item($0)?.name ?? $0 }.joined(separator: ", ")))\n"
        }
        out += "\n## Influence and dependence\n\n"
        figure(.influence, "Influence and dependence (MICMAC)")
        out += "## Cross-impact matrix\n\n"
        figure(.matrix, "Cross-impact matrix")
        out += "## Contract timeline\n\n"
        figure(.timeline, "Contract timeline")
        out += "| contract | supplier | ends | extension to | status | conflicts it could fix |\n| --- | --- | --- | --- | --- | ---: |\n"
        for entry in analysis.timeline.entries {
            out += "| \(Self.md(entry.contract.name)) | \(Self.md(entry.contract.supplier ?? "–")) | \(entry.contract.end.map(String.init(describing:)) ?? "–") | "
            out += "\(entry.contract.extensionEnd.map(String.init(describing:)) ?? "–") | \(Words.status(entry.status)) | \(entry.conflicts.count) |\n"
        }
        out += "\n## Data-quality notes\n\n"
        for note in analysis.notes { out += "- \(Self.md(Words.message(note)))\n" }
        if analysis.notes.isEmpty { out += "None.\n" }
        return MarkdownPack(text: out, files: files)
    }
}
