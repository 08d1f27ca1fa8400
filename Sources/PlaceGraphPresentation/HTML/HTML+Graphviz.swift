import Foundation

extension HTML {
    /// Graphviz's SVG made fit to sit inside a page: the XML prolog, doctype and comments
    /// removed, and every `id` prefixed with `prefix` so that several drawings on one page
    /// never share one.
    ///
    /// This is the one place outside this file's type where text becomes markup unescaped,
    /// and it is audited: the SVG comes from ``GraphvizRenderer``, which is handed DOT text
    /// whose every user string went through `DOTText` (quotes, backslashes and `&` escaped,
    /// controls replaced), never as an HTML-like label, URL or file name; Graphviz writes
    /// label and tooltip text into the SVG XML-escaped. `prefix` is fixed text from
    /// ``Figure/name``.
    init(graphvizSVG svg: String, prefix: String) {
        var text = svg
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        while let open = text.range(of: "<!--"), let close = text.range(of: "-->", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        text = text.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
        text = text.replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)-")
        self.init(trusted: text.replacingOccurrences(
            of: "<svg ", with: "<svg role=\"img\" aria-label=\"\(HTML.escape(prefix)) diagram\" ",
            options: [], range: text.range(of: "<svg ")))
    }
}
