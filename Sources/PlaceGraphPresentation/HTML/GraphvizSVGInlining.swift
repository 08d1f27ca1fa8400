/// The text edits that make Graphviz's SVG fit to sit inside a page, done in one pass.
///
/// A page holds dozens of drawings of thousands of elements each, so the edits never search
/// the whole text again for each match: every byte is looked at a bounded number of times.
enum GraphvizSVGInlining {
    /// `svg` from its `<svg` element on, without comments, with every `id` and local `href`
    /// prefixed with `prefix` and the root named for screen readers.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    static func inlined(_ svg: String, prefix: String) -> String {
        let bytes = Array(svg.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        let idPrefix = Array(" id=\"\(prefix)-".utf8), hrefPrefix = Array("href=\"#\(prefix)-".utf8)
        let root = Array("<svg role=\"img\" aria-label=\"\(prefix) diagram\" ".utf8)
        var index = find(Self.svgOpen, in: bytes, from: 0) ?? 0
        var namedRoot = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if matches(Self.commentOpen, in: bytes, at: index),
                   let close = find(Self.commentClose, in: bytes, from: index + Self.commentOpen.count) {
                    index = close + Self.commentClose.count
                    continue
                }
                if !namedRoot, matches(Self.svgRoot, in: bytes, at: index) {
                    out += root
                    index += Self.svgRoot.count
                    namedRoot = true
                    continue
                }
            } else if byte == UInt8(ascii: " "), matches(Self.id, in: bytes, at: index) {
                out += idPrefix
                index += Self.id.count
                continue
            } else if byte == UInt8(ascii: "h"), matches(Self.localHref, in: bytes, at: index) {
                out += hrefPrefix
                index += Self.localHref.count
                continue
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let svgOpen = Array("<svg".utf8)
    private static let svgRoot = Array("<svg ".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let id = Array(" id=\"".utf8)
    private static let localHref = Array("href=\"#".utf8)

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The first position of `pattern` at or after `start`.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, start < bytes.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, matches(pattern, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The size Graphviz gave the drawing, in points, from the root's `width` and `height`.
    ///
    /// - Complexity: O(*k*) for the *k* bytes up to the end of the root's start tag.
    static func size(of svg: String) -> (width: Double, height: Double)? {
        guard let start = svg.range(of: "<svg"), let end = svg[start.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = svg[start.upperBound..<end]
        func points(_ name: String) -> Double? {
            guard let open = tag.range(of: " \(name)=\"") else { return nil }
            let value = tag[open.upperBound...].prefix { $0 != "\"" }
            return Double(value.hasSuffix("pt") ? value.dropLast(2) : value)
        }
        guard let width = points("width"), let height = points("height") else { return nil }
        return (width, height)
    }
}
