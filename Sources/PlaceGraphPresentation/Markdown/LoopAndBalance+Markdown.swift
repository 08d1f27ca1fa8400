import PlaceGraphKit

extension LoopAnalysis {
    /// The loops as a Markdown section with a table of the loops.
    public func markdown() -> String {
        var lines = ["## \(LoopAnalysis.info.title)", "", Words.headline(self) + ".", ""]
        if let note = Words.truncation(self) { lines += ["> " + note + ".", ""] }
        if !loops.isEmpty {
            lines += ["| # | loop | length | polarity |", "| ---: | --- | ---: | --- |"]
            for (number, loop) in loops.enumerated() {
                let chain = (loop.items + loop.items.prefix(1)).map(Markdown.escape).joined(separator: " → ")
                lines.append("| \(number + 1) | \(chain) | \(loop.length) | \(loop.polarity.rawValue) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

extension BalanceAnalysis {
    /// Structural balance as a Markdown section: the camps, the items in no camp, and the ties
    /// that cut across the alignment, by kind.
    public func markdown() -> String {
        let headline = Words.headline(self)
        var lines = ["## \(BalanceAnalysis.info.title)", "",
                     headline.prefix(1).uppercased() + headline.dropFirst() + "; " + Words.triangles(triangles) + ".", ""]
        if ignored > 0 { lines += ["\(Words.count(ignored, "interaction")) with a 0 effect left out.", ""] }
        lines += ["| camp | items |", "| ---: | --- |"]
        for (number, group) in groups.enumerated() {
            lines.append("| \(number + 1) | \(group.map(Markdown.escape).joined(separator: ", ")) |")
        }
        lines.append("")
        if let none = Words.noCamp(self) { lines += [Markdown.escape(none) + ".", ""] }
        lines += [Words.alignment(self), ""]
        if !frustrated.isEmpty {
            lines += ["| from | to | effect | how it cuts across |", "| --- | --- | ---: | --- |"]
            for interaction in frustrated {
                lines.append("| \(Markdown.escape(interaction.from)) | \(Markdown.escape(interaction.to)) "
                             + "| \(interaction.effect) | \(Words.reason(interaction)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
