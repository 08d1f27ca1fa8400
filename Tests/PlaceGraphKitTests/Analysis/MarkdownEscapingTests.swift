import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// The three Markdown escaping rule sets share one loop; these pin each set to the output its
/// own hand-written escaper gave before they were unified.
@Suite("Markdown escaping rules")
struct MarkdownEscapingTests {
    static let text = "a|b\\c*d_e`f[g]h<i>j#k&l\nm\rn\r\no\tp"

    @Test("analysis Markdown escapes inline syntax and '<', and turns line breaks into spaces")
    func analysis() {
        #expect(Markdown.escape(Self.text) == "a\\|b\\\\c\\*d\\_e\\`f\\[g\\]h\\<i>j#k&l m n o\tp")
    }

    @Test("loop and balance tables also escape '>' and '#', and keep line breaks")
    func table() {
        #expect(MarkdownEscaping.table.escape(Self.text) == "a\\|b\\\\c\\*d\\_e\\`f\\[g\\]h\\<i\\>j\\#k&l\nm\rn\r\no\tp")
    }

    @Test("the workshop report writes raw HTML as entities and tabs as spaces")
    func report() {
        #expect(WorkshopPack.md(Self.text) == "a\\|b\\\\c\\*d\\_e\\`f\\[g\\]h&lt;i&gt;j\\#k&amp;l m n\r\no p")
    }
}
