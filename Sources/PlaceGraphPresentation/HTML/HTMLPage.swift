import PlaceGraphKit

/// A self-contained HTML page: one file with its styles inline, no scripts, fonts or pictures
/// from elsewhere, written so it is also well-formed XML (every element closed, no named
/// entities beyond XML's own) and so can be checked by any XML parser.
struct HTMLPage {
    struct Section {
        let id: String
        let title: String
        let body: HTML
        let className: String?
    }

    let title: String
    let subtitle: String?
    private(set) var sections: [Section] = []

    init(title: String, subtitle: String?) {
        self.title = title
        self.subtitle = subtitle
    }

    /// Adds a section with a level-2 heading, and a class for the stylesheet.
    mutating func add(id: String, title: String, body: HTML, className: String? = nil) {
        sections.append(Section(id: id, title: title, body: body, className: className))
    }

    func rendered() -> HTML {
        var out: HTML = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(title)</title>
            <style>
            \(PackStyle.css)
            </style>
            </head>
            <body>
            <header class="masthead">
            <p class="kicker">Place-based commissioning workshop pack</p>
            <h1>\(title)</h1>

            """
        if let subtitle { out += "<p class=\"mission\">\(subtitle)</p>\n" }
        out += "<nav aria-label=\"Contents\"><ol>\n"
        for section in sections {
            out += "<li><a href=\"#\(section.id)\">\(section.title)</a></li>\n"
        }
        out += "</ol></nav>\n</header>\n<main>\n"
        for section in sections {
            let classes: HTML = section.className.map { " class=\"\($0)\"" } ?? HTML()
            out += "<section id=\"\(section.id)\"\(classes) aria-labelledby=\"\(section.id)-h\">\n"
            out += "<h2 id=\"\(section.id)-h\">\(section.title)</h2>\n"
            out += section.body
            out += "\n</section>\n"
        }
        out += "</main>\n<footer><p>Made with placegraph \(version). Effects use the scale of Nilsson, Griggs &amp; Visbeck (2016).</p></footer>\n"
        out += "</body>\n</html>\n"
        return out
    }
}
