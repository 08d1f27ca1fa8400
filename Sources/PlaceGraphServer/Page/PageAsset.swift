import Foundation

/// One of the page's three files, served from memory at a fixed path.
///
/// The files are plain HTML, JavaScript and CSS in `Sources/PlaceGraphServer/Assets/`;
/// `scripts/embed-page` copies them into string literals (`PageAsset+Embedded.swift`), so the
/// binary carries its page with no bundle to install beside it and no build-tool plugin to run.
struct PageAsset: Sendable {
    /// The path the file is served at.
    let path: String
    let type: ContentType
    let bytes: Data

    /// The page (`/`), its script (`/app.js`) and its styles (`/app.css`).
    static let all: [PageAsset] = [
        PageAsset(path: "/", type: .html, bytes: Data(indexHTML.utf8)),
        PageAsset(path: "/app.js", type: .javascript, bytes: Data(appJS.utf8)),
        PageAsset(path: "/app.css", type: .css, bytes: Data(appCSS.utf8)),
    ]
}
