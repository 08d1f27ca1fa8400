/// A map file's text being edited: its Unicode scalars, how its lines end, and the helpers
/// every edit uses to find lines and write values in the file's own format.
struct EditDocument {
    enum Syntax { case yaml, json }

    let syntax: Syntax
    private(set) var scalars: [Unicode.Scalar]
    /// `\r\n` when the file uses it anywhere, so new lines match the old.
    let lineBreak: String

    init(text: String, syntax: Syntax) {
        self.syntax = syntax
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        lineBreak = zip(scalars, scalars.dropFirst()).contains { $0 == "\r" && $1 == "\n" } ? "\r\n" : "\n"
    }

    var text: String { String(String.UnicodeScalarView(scalars)) }

    /// The structure of the text as it stands.
    func tree() -> EditNode? {
        syntax == .yaml ? EditNode.yaml(scalars) : EditNode.json(scalars)
    }

    /// Replaces `range` with `replacement`, whose `\n`s become the file's line break.
    mutating func replace(_ range: Range<Int>, with replacement: String) {
        let lines = lineBreak == "\n" ? replacement : replacement.replacingOccurrences(of: "\n", with: lineBreak)
        scalars.replaceSubrange(range, with: lines.unicodeScalars)
    }

    // MARK: Lines

    /// The index of the first scalar of the line holding `index`.
    func lineStart(_ index: Int) -> Int {
        var index = min(index, scalars.count)
        while index > 0, scalars[index - 1] != "\n" { index -= 1 }
        return index
    }

    /// The index just past the line break that ends the line holding `index`, or the end of
    /// the text when that line has none.
    func nextLineStart(_ index: Int) -> Int {
        var index = index
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
        return min(index + 1, scalars.count)
    }

    /// True when the line holding `index` has a line break after it.
    func lineIsTerminated(_ index: Int) -> Bool {
        scalars[min(index, scalars.count)...].contains("\n")
    }

    /// The column of `index`, counted in scalars from 0.
    func column(_ index: Int) -> Int { index - lineStart(index) }

    /// True when `a` and `b` lie on the same line.
    func sameLine(_ a: Int, _ b: Int) -> Bool { lineStart(a) == lineStart(b) }

    /// True when only spaces come before `index` on its line.
    func startsLine(_ index: Int) -> Bool {
        scalars[lineStart(index)..<index].allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The `-` that opens a block list item starting at `index`.
    func dash(before index: Int) -> Int? {
        var index = index - 1
        while index >= 0, [" ", "\t", "\n", "\r"].contains(scalars[index]) { index -= 1 }
        return index >= 0 && scalars[index] == "-" ? index : nil
    }

    /// The index just past the `:` that follows a key ending at `keyEnd`.
    func colon(after keyEnd: Int) -> Int {
        var index = keyEnd
        while index < scalars.count, scalars[index] != ":" { index += 1 }
        return min(index + 1, scalars.count)
    }

    static func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }

    // MARK: Values

    /// A value as the file's format writes it, inside a flow collection or not.
    func render(_ value: FieldValue, inFlow: Bool) -> String {
        switch (syntax, value) {
        case let (.yaml, .text(text)): YAMLText.scalar(text, inFlow: inFlow)
        case let (.json, .text(text)): JSONMapWriter.string(text)
        case let (_, .number(number)): MapOutline.number(number)
        case let (.yaml, .date(date)): date.description
        case let (.json, .date(date)): JSONMapWriter.string(date.description)
        case let (_, .dates(dates)): "[" + dates.map { render(.date($0), inFlow: true) }.joined(separator: ", ") + "]"
        case let (_, .flag(flag)): flag ? "true" : "false"
        }
    }

    /// A key as the file's format writes it.
    func key(_ key: String) -> String { syntax == .yaml ? key : JSONMapWriter.string(key) }
}
