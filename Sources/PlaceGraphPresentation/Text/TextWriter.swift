/// Builds terminal text line by line as ``StyledText``.
struct TextWriter: Sendable {
    private(set) var text = StyledText()

    /// Appends `value` and a line break.
    mutating func line(_ value: StyledText) {
        text += value
        text.newline()
    }

    mutating func blank() { text.newline() }

    /// Appends what another writer wrote.
    mutating func append(_ other: TextWriter) { text.append(other.text) }

    /// A blank line, then the title in capitals and emphasised, and its detail.
    mutating func heading(_ title: String, _ detail: String) {
        blank()
        line("\(StyledText(title.uppercased(), .emphasis))  \(detail)")
    }

    /// Pads `value` with spaces to `width` characters, on the left when `right` is true.
    static func pad(_ value: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - value.count))
        return right ? gap + value : value + gap
    }
}
