import PlaceGraphKit

/// A ``LoopStream`` written as it runs, in text, Markdown or JSON: an opening written before
/// the first loop, one piece per loop, and a closing with the counts, so that nothing grows
/// with the number of loops.
///
/// The opening says what the bounds will cut before any loop is listed: a length limit that
/// leaves longer loops out (known from a check before the search), and the most loops that
/// will be listed. The closing gives the counts and every bound that cut the list. In JSON the
/// keys come in a fixed order instead of sorted: the bounds, `longerLoopsLeftOut`, `loops`,
/// then `count`, `reinforcing`, `balancing`, `truncated` and `truncatedBy`.
public struct LoopListing: Sendable {
    /// The forms a listing can take.
    public enum Format: Sendable {
        case text, markdown, json
    }

    let format: Format
    let options: LoopSearchOptions
    let longerLoopsLeftOut: Bool

    public init(_ stream: LoopStream, format: Format) {
        self.format = format
        options = stream.options
        longerLoopsLeftOut = stream.longerLoopsLeftOut
    }

    /// What comes before the first loop.
    public func opening() -> String {
        let plan = Words.plan(options, longerLoopsLeftOut: longerLoopsLeftOut)
        switch format {
        case .text:
            return plan.map { StyledText($0).plain + "\n" }.joined()
        case .markdown:
            return "## \(LoopAnalysis.info.title)\n\n" + plan.map { Markdown.escape($0) + ".\n\n" }.joined()
        case .json:
            var keys: [String] = []
            if let maxLength = options.maxLength { keys.append("\"maxLength\" : \(maxLength)") }
            if let maxLoops = options.maxLoops { keys.append("\"maxLoops\" : \(maxLoops)") }
            if let through = options.through { keys.append("\"through\" : \(JSONText.string(through))") }
            keys.append("\"longerLoopsLeftOut\" : \(longerLoopsLeftOut)")
            return "{\n" + keys.map { "  \($0),\n" }.joined() + "  \"loops\" : ["
        }
    }

    /// One loop, the `number`th listed (from 1).
    public func loop(_ loop: FeedbackLoop, number: Int) -> String {
        switch format {
        case .text:
            return StyledText("\((loop.items + loop.items.prefix(1)).joined(separator: " → "))  \(loop.polarity.rawValue)").plain + "\n"
        case .markdown:
            let header = number == 1 ? "| # | loop | length | polarity |\n| ---: | --- | ---: | --- |\n" : ""
            let chain = (loop.items + loop.items.prefix(1)).map(Markdown.escape).joined(separator: " → ")
            return header + "| \(number) | \(chain) | \(loop.length) | \(loop.polarity.rawValue) |\n"
        case .json:
            let items = loop.items.map(JSONText.string).joined(separator: ", ")
            let effects = loop.effects.map { formatNumber($0.value) }.joined(separator: ", ")
            return (number == 1 ? "\n" : ",\n") + "    {\"items\" : [\(items)], \"polarity\" : \"\(loop.polarity.rawValue)\", "
                + "\"length\" : \(loop.length), \"effects\" : [\(effects)]}"
        }
    }

    /// What comes after the last loop: the counts, and the bounds that cut the list.
    public func closing(_ summary: LoopStreamSummary) -> String {
        let headline = Words.headline(summary, options: options)
        let cut = Words.truncation(summary.truncatedBy, options: options)
        switch format {
        case .text:
            return ([headline] + (cut.map { [$0] } ?? [])).map { StyledText($0).plain + "\n" }.joined()
        case .markdown:
            let table = summary.count > 0 ? "\n" : ""
            return table + Markdown.escape(headline) + ".\n" + (cut.map { "\n> " + Markdown.escape($0) + ".\n" } ?? "")
        case .json:
            let bounds = summary.truncatedBy.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            return (summary.count > 0 ? "\n  " : "") + "],\n"
                + "  \"count\" : \(summary.count),\n  \"reinforcing\" : \(summary.reinforcing),\n"
                + "  \"balancing\" : \(summary.balancing),\n  \"truncated\" : \(summary.truncated),\n"
                + "  \"truncatedBy\" : [\(bounds)]\n}\n"
        }
    }
}
