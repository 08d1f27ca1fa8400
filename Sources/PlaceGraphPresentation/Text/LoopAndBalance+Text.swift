import PlaceGraphKit

extension LoopAnalysis {
    /// The loops as terminal text: the headline, what cut the list if anything, then one loop
    /// a line, `a → b → a  reinforcing`.
    ///
    /// - Complexity: O(*L*) for loops of total length *L*.
    public func text() -> StyledText {
        var out = TextWriter()
        out.line("\(Words.headline(self))")
        if let note = Words.truncation(self) { out.line("\(note)") }
        for loop in loops {
            out.line("\((loop.items + loop.items.prefix(1)).joined(separator: " → "))  \(loop.polarity.rawValue)")
        }
        return out.text
    }
}

extension BalanceAnalysis {
    /// Structural balance as terminal text: the index, the camps, the items in no camp, and the
    /// ties that cut across the alignment, split into undermining inside a camp and
    /// reinforcing across the camps.
    public func text() -> StyledText {
        var out = TextWriter()
        out.line("\(Words.headline(self))")
        if ignored > 0 { out.line("\(Words.count(ignored, "interaction")) with a 0 effect left out") }
        out.line("\(Words.triangles(triangles))")
        out.blank()
        for (number, group) in groups.enumerated() {
            out.line("camp \(number + 1) (\(group.count)): \(group.joined(separator: ", "))")
        }
        if let none = Words.noCamp(self) { out.line("\(none)") }
        out.blank()
        out.line("\(Words.alignment(self))")
        for kind in FrustratedInteraction.Kind.allCases {
            let listed = frustrated.filter { $0.kind == kind }
            guard !listed.isEmpty else { continue }
            out.blank()
            out.line("\(Words.kind(kind)) (\(listed.count)):")
            for interaction in listed {
                let itself = interaction.from == interaction.to ? "  (undermines itself)" : ""
                out.line("  \(interaction.from) \(interaction.mutual ? "↔" : "→") \(interaction.to)  \(interaction.effect)\(itself)")
            }
        }
        return out.text
    }
}
