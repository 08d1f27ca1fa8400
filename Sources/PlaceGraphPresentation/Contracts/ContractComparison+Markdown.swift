import PlaceGraphKit

extension ContractComparison {
    /// The comparison as Markdown: a table of every compared field, and one of the published
    /// contracts nothing in the map names.
    ///
    /// - Parameter written: true when `--update` wrote the published values into the map.
    public func markdown(written: Bool = false) -> String {
        var lines = ["# Contracts against published data", "",
                     "| contract | link | field | map | published | from | state |",
                     "| --- | --- | --- | --- | --- | --- | --- |"]
        for check in checks {
            let name = "\(Markdown.code(check.contract.id)) \(Markdown.escape(check.contract.name))"
            guard !check.fields.isEmpty else {
                lines.append(Markdown.row([name, Markdown.escape(Words.link(of: check)), "–", "–", "–", "–", "–"]))
                continue
            }
            for field in check.fields {
                let outcome = Words.outcome(of: field, written: written).map { "; " + $0 } ?? ""
                lines.append(Markdown.row([
                    name, Markdown.escape(Words.link(of: check)), field.field.rawValue,
                    field.map.map { Markdown.escape(Words.value($0)) } ?? "–",
                    field.published.map { Markdown.escape(Words.value($0)) } ?? "–",
                    field.source.map { Markdown.code($0.field) } ?? "–",
                    Markdown.escape(Words.state(field.state) + outcome),
                ]))
            }
        }
        if !unmatched.isEmpty {
            lines += ["", "## Published contracts not in the map", "", "| ocid or reference | title | ends | file |", "| --- | --- | --- | --- |"]
            for contract in unmatched {
                lines.append(Markdown.row([Markdown.code(contract.key), Markdown.escape(contract.title ?? "–"),
                                           contract.end.map { $0.value.description } ?? "–",
                                           Markdown.escape(contract.location.description)]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
