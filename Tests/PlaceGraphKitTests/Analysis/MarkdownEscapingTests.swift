import Testing
@testable import PlaceGraphPresentation

/// The one Markdown escaper, used by the analysis, timeline, loop, balance and pack Markdown.
@Suite("Markdown escaping")
struct MarkdownEscapingTests {
    @Test("inline syntax gets a backslash, raw HTML and entities become entities")
    func syntax() {
        #expect(Markdown.escape("a|b\\c*d_e`f[g]h<i>j#k&l~m") == "a\\|b\\\\c\\*d\\_e\\`f\\[g\\]h&lt;i&gt;j\\#k&amp;l\\~m")
        #expect(Markdown.escape("a|b <script> *x* [l](u) &amp;") == "a\\|b &lt;script&gt; \\*x\\* \\[l\\](u) &amp;amp;")
    }

    @Test("line breaks and tabs become one space each, so a table cell stays on its row")
    func lineBreaks() {
        #expect(Markdown.escape("a\nb\rc\r\nd\te\u{2028}f") == "a b c d e f")
    }

    @Test("controls and bidirectional overrides are shown escaped")
    func controls() {
        #expect(Markdown.escape("a\u{1B}[31mb\u{202E}c") == "a\\e\\[31mb\\u{202E}c")
    }

    @Test("ids in code spans lose backticks and keep pipes inside the cell")
    func code() {
        #expect(Markdown.code("a`b|c\nd") == "`a'b\\|c d`")
    }
}
