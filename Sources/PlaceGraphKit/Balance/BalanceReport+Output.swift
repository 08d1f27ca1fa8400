import Foundation

extension BalanceReport {
    /// The frustration index in words: "frustration index 7 of 58 interactions (normalized
    /// 0.7586)", or "frustration index 42–45 of …, not proven optimal" with its bounds.
    public var headline: String {
        let noun = interactions == 1 ? "interaction" : "interactions"
        let normalized = formatNumber(normalized, decimals: 4)
        guard exact else {
            return "frustration index \(lowerBound)–\(upperBound) of \(interactions) \(noun), not proven optimal "
                + "(normalized \(normalized) for the best split found)"
        }
        return "frustration index \(frustrationIndex) of \(interactions) \(noun) (normalized \(normalized))"
    }

    /// The triangle census in words.
    public var triangleSentence: String {
        guard let fraction = triangles.balancedFraction else { return "no triangles" }
        let noun = triangles.total == 1 ? "triangle" : "triangles"
        return "\(triangles.balanced) of \(triangles.total) \(noun) balanced (\(formatNumber(fraction, decimals: 4)))"
    }

    /// The report as plain text: the index, the camps, the interactions to redesign.
    public func text() -> String {
        var lines = [headline]
        if ignored > 0 { lines.append("\(ignored) interaction\(ignored == 1 ? "" : "s") with a 0 effect left out") }
        lines.append(triangleSentence)
        lines.append("")
        for (number, group) in groups.enumerated() {
            lines.append("camp \(number + 1) (\(group.count)): " + group.joined(separator: ", "))
        }
        lines.append("")
        if frustrated.isEmpty {
            lines.append("no interactions to redesign: the map splits cleanly into two camps")
        } else {
            lines.append("interactions to redesign (\(frustrated.count)):")
            for interaction in frustrated {
                lines.append("  \(interaction.from) \(interaction.mutual ? "↔" : "→") \(interaction.to)  \(interaction.effect)  \(reason(interaction))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as a Markdown section.
    public func markdown() -> String {
        var lines = ["## \(BalanceReport.info.title)", "", headline.prefix(1).uppercased() + headline.dropFirst() + "; " + triangleSentence + ".", ""]
        if ignored > 0 { lines += ["\(ignored) interaction\(ignored == 1 ? "" : "s") with a 0 effect left out.", ""] }
        lines += ["| camp | items |", "| ---: | --- |"]
        for (number, group) in groups.enumerated() {
            lines.append("| \(number + 1) | \(group.map(markdownEscaped).joined(separator: ", ")) |")
        }
        lines.append("")
        if !frustrated.isEmpty {
            lines += ["| from | to | effect | why it is frustrated |", "| --- | --- | ---: | --- |"]
            for interaction in frustrated {
                lines.append("| \(markdownEscaped(interaction.from)) | \(markdownEscaped(interaction.to)) | \(interaction.effect) | \(reason(interaction)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func reason(_ interaction: FrustratedInteraction) -> String {
        if interaction.from == interaction.to { return "undermines itself" }
        return interaction.effect.isReinforcing ? "reinforcing across the camps" : "undermining inside a camp"
    }

    /// The report as JSON (SPEC §4): `interactions`, `frustrationIndex`, `exact`, `lowerBound`,
    /// `upperBound`, `normalized` (4 decimals), `groups` and `frustrated`, plus `ignored`,
    /// `triangles`, `balancedTriangles`, `mixedPairs` and `balancedTriangleFraction` (absent when
    /// there are no triangles). Keys are sorted and the text ends with a newline.
    public func json() -> Data {
        func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
        let body = JSONBody(
            interactions: interactions, ignored: ignored, frustrationIndex: frustrationIndex, exact: exact,
            lowerBound: lowerBound, upperBound: upperBound, normalized: rounded(normalized), groups: groups,
            frustrated: frustrated.map { JSONInteraction(from: $0.from, to: $0.to, effect: $0.effect.value, mutual: $0.mutual) },
            triangles: triangles.total, balancedTriangles: triangles.balanced, mixedPairs: triangles.mixedPairs,
            balancedTriangleFraction: triangles.balancedFraction.map(rounded))
        return outputJSON(body)
    }

    private struct JSONBody: Encodable {
        let interactions, ignored, frustrationIndex: Int
        let exact: Bool
        let lowerBound, upperBound: Int
        let normalized: Double
        let groups: [[String]]
        let frustrated: [JSONInteraction]
        let triangles, balancedTriangles, mixedPairs: Int
        let balancedTriangleFraction: Double?
    }

    private struct JSONInteraction: Encodable {
        let from, to: String
        let effect: Double
        let mutual: Bool
    }
}
