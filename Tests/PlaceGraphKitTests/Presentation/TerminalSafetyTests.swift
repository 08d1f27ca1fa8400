import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// User text on a terminal: controls and bidirectional overrides are shown escaped, and a
/// diagnostic quotes a window of its line, not the whole of it.
@Suite("Terminal safety")
struct TerminalSafetyTests {
    @Test("controls, DEL, C1 and bidirectional controls are shown escaped; tabs and text are kept",
          arguments: [
              ("a\u{1B}[31mb", "a\\e[31mb"), ("a\nb\rc", "a\\nb\\rc"), ("nul\u{0}", "nul\\0"),
              ("bell\u{07}del\u{7F}", "bell\\u{7}del\\u{7F}"), ("c1\u{9B}x", "c1\\u{9B}x"),
              ("\u{202E}evil\u{202C}", "\\u{202E}evil\\u{202C}"), ("iso\u{2066}x\u{2069}", "iso\\u{2066}x\\u{2069}"),
              ("tab\there", "tab\there"), ("Ελληνικά 日本語 🌳", "Ελληνικά 日本語 🌳"),
          ])
    func escaped(input: String, shown: String) {
        #expect(TerminalText.escaped(input) == shown)
    }

    @Test("interpolated strings are escaped, interpolated styled text is embedded")
    func interpolation() {
        let name = "x\u{1B}]0;pwned\u{07}"
        let text: StyledText = "item \(name) \(StyledText("bold", .emphasis))\n"
        #expect(text.plain == "item x\\e]0;pwned\\u{7} bold\n")
        #expect(text.runs.map(\.style) == [nil, .emphasis, nil])
        #expect(!text.plain.unicodeScalars.contains { $0.value == 0x1B })
    }

    /// A line of `length` characters with `marker` at `column` (1-based), and a diagnostic there.
    static func diagnostic(length: Int, column: Int, marker: Character = "X",
                           filler: Character = "a") -> (source: String, rendered: String) {
        var line = String(repeating: filler, count: length)
        let index = line.index(line.startIndex, offsetBy: column - 1)
        line.replaceSubrange(index...index, with: String(marker))
        let source = "first line\n" + line + "\nlast line\n"
        let diagnostic = Diagnostic(.error, "something is wrong", hint: "fix it",
                                    at: SourceLocation(file: "map.yaml", line: 2, column: column))
        return (source, diagnostic.styled(source: source).plain)
    }

    /// The character the caret points at: the caret line's `^` column, read in the quoted line.
    static func pointedAt(_ rendered: String) -> Character? {
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        guard lines.count >= 3, let caret = lines[2].firstIndex(of: "^"), caret < lines[1].count else { return nil }
        return lines[1][caret]
    }

    @Test("a short line is quoted whole with the caret under its column")
    func shortLine() {
        let (_, rendered) = Self.diagnostic(length: 30, column: 12)
        #expect(rendered == """
            map.yaml:2:12: error: something is wrong
             2 | aaaaaaaaaaaXaaaaaaaaaaaaaaaaaa
               |            ^
              hint: fix it

            """)
    }

    @Test("a long line is quoted as a window with … at each cut end, caret still on its character",
          arguments: [1, 59, 61, 5_000, 99_990, 100_000])
    func window(column: Int) {
        let (_, rendered) = Self.diagnostic(length: 100_000, column: column)
        #expect(rendered.utf8.count < 400, "\(rendered.utf8.count) bytes")
        #expect(Self.pointedAt(rendered) == "X")
        let quoted = rendered.split(separator: "\n")[1]
        #expect(quoted.hasPrefix(" 2 | …") == (column > SourceWindow.width / 2 + 1))
        #expect(quoted.hasSuffix("…") == (column + SourceWindow.width / 2 <= 100_000))
    }

    @Test("escaped characters before the column keep the caret under the right character")
    func escapesBeforeCaret() {
        let source = "a\u{1B}[1m\u{202E}b\tcX\n"
        let diagnostic = Diagnostic(.warning, "look here", at: SourceLocation(file: "m.yaml", line: 1, column: 10))
        let rendered = diagnostic.styled(source: source).plain
        #expect(rendered.contains(" 1 | a\\e[1m\\u{202E}b\tcX\n"))
        #expect(Self.pointedAt(rendered) == "X")
        #expect(!rendered.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test("a diagnostic's message and file name are escaped too")
    func messageEscaped() {
        let diagnostic = Diagnostic(.error, "unknown id '\u{1B}[2J'", at: SourceLocation(file: "\u{202E}m.yaml", line: 1, column: 1))
        let rendered = diagnostic.styled(source: "x\n").plain
        #expect(rendered.hasPrefix("\\u{202E}m.yaml:1:1: error: unknown id '\\e[2J'\n"))
    }
}
