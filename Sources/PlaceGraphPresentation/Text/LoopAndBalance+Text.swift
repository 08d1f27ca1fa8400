import PlaceGraphKit

extension LoopAnalysis {
    /// The loops as terminal text: the headline, then one loop a line, `a → b → a  reinforcing`.
    ///
    /// - Complexity: O(*L*) for loops of total length *L*.
    public func text() -> StyledText {
        var out = TextWriter()
        out.line("\(Words.headline(self))")
        for loop in loops {
            out.line("\((loop.items + loop.items.prefix(1)).joined(separator: " → "))  \(loop.polarity.rawValue)")
        }
        if let note = Words.truncation(self) { out.line("\(note)") }
        return out.text
    }
}

extension BalanceAnalysis {
    /// Structural balance as terminal text: the index, the camps, the interactions to redesign.
    public func text() -> StyledText {
        var out = TextWriter()
        out.line("\(Words.headline(self))")
        if ignored > 0 { out.line("\(Words.count(ignored, "interaction")) with a 0 effect left out") }
        out.line("\(Words.triangles(triangles))")
        out.blank()
        for (number, group) in groups.enumerated() {
            out.line("camp \(number + 1) (\(group.count)): \(group.joined(separator: ", "))")
        }
        out.blank()
        if frustrated.isEmpty {
            out.line("no interactions to redesign: the map splits cleanly into two camps")
        } else {
            out.line("interactions to redesign (\(frustrated.count)):")
            for interaction in frustrated {
                out.line("  \(interaction.from) \(interaction.mutual ? "↔" : "→") \(interaction.to)  "
                         + "\(interaction.effect)  \(Words.reason(interaction))")
            }
        }
        return out.text
    }
}
