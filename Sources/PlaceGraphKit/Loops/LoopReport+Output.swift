import Foundation

extension LoopReport {
    /// One line on what was found: "16 feedback loops (9 reinforcing, 7 balancing)".
    public var headline: String {
        let noun = count == 1 ? "feedback loop" : "feedback loops"
        var scope = ""
        if let through = options.through { scope += " through '\(through)'" }
        if let maxLength = options.maxLength { scope += " of length at most \(maxLength)" }
        return "\(count) \(noun)\(scope) (\(reinforcing) reinforcing, \(balancing) balancing)"
    }

    /// Why the list is incomplete, in words, or `nil` when it is complete.
    public var truncationNote: String? {
        guard truncated else { return nil }
        let reasons = truncatedBy.map { bound -> String in
            switch bound {
            case .maxLength: "longer loops exist than the length limit of \(options.maxLength ?? 0)"
            case .maxLoops: "the search stopped at the limit of \(options.maxLoops ?? 0) loops"
            case .timeLimit: "the search ran out of time"
            }
        }
        return "truncated: " + reasons.joined(separator: "; ") + "; more loops exist than are listed"
    }

    /// The report as plain text: the headline, then one loop a line, `a → b → a  reinforcing`.
    ///
    /// - Complexity: O(*L*) for loops of total length *L*.
    public func text() -> String {
        var lines = [headline]
        for loop in loops {
            lines.append((loop.items + [loop.items[0]]).joined(separator: " → ") + "  " + loop.polarity.rawValue)
        }
        if let truncationNote { lines.append(truncationNote) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as a Markdown section with a table of the loops.
    public func markdown() -> String {
        var lines = ["## \(LoopReport.info.title)", "", headline + ".", ""]
        if let truncationNote { lines += ["> " + truncationNote + ".", ""] }
        if !loops.isEmpty {
            lines += ["| # | loop | length | polarity |", "| ---: | --- | ---: | --- |"]
            for (number, loop) in loops.enumerated() {
                let chain = (loop.items + [loop.items[0]]).map(markdownEscaped).joined(separator: " → ")
                lines.append("| \(number + 1) | \(chain) | \(loop.length) | \(loop.polarity.rawValue) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The report as JSON (SPEC §4): `count`, `reinforcing`, `balancing`, `truncated` and
    /// `loops` (each with `items`, `polarity`, `length`), plus `truncatedBy` and each loop's
    /// `effects`. Keys are sorted and the text ends with a newline.
    public func json() -> Data {
        let body = JSONBody(
            count: count, reinforcing: reinforcing, balancing: balancing, truncated: truncated,
            truncatedBy: truncatedBy.map(\.rawValue), maxLength: options.maxLength, maxLoops: options.maxLoops,
            through: options.through,
            loops: loops.map { JSONLoop(items: $0.items, polarity: $0.polarity.rawValue, length: $0.length,
                                        effects: $0.arcs.map(\.effect.value)) })
        return outputJSON(body)
    }

    private struct JSONBody: Encodable {
        let count, reinforcing, balancing: Int
        let truncated: Bool
        let truncatedBy: [String]
        let maxLength, maxLoops: Int?
        let through: String?
        let loops: [JSONLoop]
    }

    private struct JSONLoop: Encodable {
        let items: [String]
        let polarity: String
        let length: Int
        let effects: [Double]
    }
}

/// `text` with Markdown's special characters escaped, for a table cell.
func markdownEscaped(_ text: String) -> String { MarkdownEscaping.table.escape(text) }
