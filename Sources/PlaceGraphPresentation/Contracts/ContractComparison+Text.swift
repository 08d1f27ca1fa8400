import PlaceGraphKit

extension ContractComparison {
    /// The comparison as terminal text: each contract of the map with its fields against the
    /// published ones, then the published contracts nothing in the map names.
    ///
    /// - Parameter written: true when `--update` wrote the published values into the map.
    public func text(written: Bool = false) -> StyledText {
        var out = TextWriter()
        let found = checks.filter { $0.published != nil }.count
        out.line(StyledText("Published contract data: \(Words.count(found, "contract")) of the map found, "
                            + "\(unmatched.count) published contract\(unmatched.count == 1 ? "" : "s") not in the map", .emphasis))
        for check in checks {
            out.blank()
            out.line("\(StyledText(check.contract.id, .emphasis)): \(check.contract.name), \(Words.link(of: check))")
            for field in check.fields {
                let name = TextWriter.pad(field.field.rawValue, 10)
                var sides: [String] = []
                if let map = field.map { sides.append("map \(Words.value(map))") }
                if let published = field.published {
                    sides.append("published \(Words.value(published))" + (field.source.map { " (\($0.field))" } ?? ""))
                }
                let state = StyledText(Words.state(field.state), field.state == .agrees ? .dim : .conflict)
                let outcome = Words.outcome(of: field, written: written).map { "; \($0)" } ?? ""
                out.line("    \(name) \(sides.joined(separator: ", ")): \(state)\(outcome)")
            }
        }
        if !unmatched.isEmpty {
            out.heading("not in the map", Words.count(unmatched.count, "published contract"))
            for contract in unmatched {
                let end = contract.end.map { ", ends \($0.value)" } ?? ""
                out.line("  \(contract.key)  \(contract.title ?? "untitled")\(end)  \(StyledText(contract.location.description, .dim))")
            }
        }
        return out.text
    }
}
