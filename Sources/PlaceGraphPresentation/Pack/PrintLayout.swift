/// Where the pack's map figures go on printed A4 pages, and at what size.
///
/// Graphviz sets text in the map at 10 points, so a drawing printed at 60% of its laid-out
/// size still has 6-point labels, about the smallest a workshop can read on paper. A figure
/// is printed in the orientation that lets it be largest (landscape when it is wider than
/// the page's proportions), at most at 60% so that small drawings share pages, and figures that fit together share a page, one above the other: each goes on the
/// first page of its orientation with room for it, shrinking down to the legible scale to fit.
enum PrintLayout {
    /// A figure as Graphviz laid it out, in points.
    struct Piece: Sendable, Hashable {
        let figure: Figure
        let width: Double
        let height: Double
    }

    /// One printed page: its orientation and its figures with their printed widths in millimetres.
    struct Page: Sendable, Hashable {
        let landscape: Bool
        var figures: [Figure]
        var widths: [Double]
    }

    /// Millimetres in a point.
    static let millimetresPerPoint = 25.4 / 72
    /// The smallest scale at which a drawing's labels stay legible on paper.
    static let legibleScale = 0.6
    /// The largest scale a drawing is printed at.
    static let largestScale = 0.6
    /// The room for figures inside A4's 12 mm margins, in millimetres, less a few lines of
    /// slack; the first page also holds the section's heading and lede (``headingHeight``).
    static let portraitArea = (width: 186.0, height: 265.0)
    static let landscapeArea = (width: 273.0, height: 178.0)
    static let headingHeight = 24.0
    /// The height of a figure's caption, in millimetres.
    static let captionHeight = 7.0

    /// The scale at which `piece` fills as much of an area as it can, at most ``largestScale``.
    static func scale(of piece: Piece, landscape: Bool) -> Double {
        let area = landscape ? landscapeArea : portraitArea
        let width = piece.width * millimetresPerPoint, height = piece.height * millimetresPerPoint
        guard width > 0, height > 0 else { return largestScale }
        return min(largestScale, area.width / width, (area.height - headingHeight - captionHeight) / height)
    }

    /// True when `piece` is landscape: wider than the pages' proportions let it be largest upright.
    static func isLandscape(_ piece: Piece) -> Bool {
        scale(of: piece, landscape: true) >= scale(of: piece, landscape: false)
    }

    /// The scale `piece` prints at alone, in its better orientation.
    static func bestScale(of piece: Piece) -> Double {
        scale(of: piece, landscape: isLandscape(piece))
    }

    /// True when `piece` can be printed on one page with legible labels.
    static func fitsOnePage(_ piece: Piece) -> Bool { bestScale(of: piece) >= legibleScale }

    /// The pages for `pieces`: each figure at its best scale, on the first page of its
    /// orientation that has room for it, shrunk down to ``legibleScale`` if that lets it share.
    ///
    /// - Complexity: O(*p*²) for *p* pieces, which are a map's few domains.
    static func pages(_ pieces: [Piece]) -> [Page] {
        var pages: [Page] = []
        var used: [Double] = []
        for piece in pieces {
            let landscape = isLandscape(piece)
            let area = landscape ? landscapeArea : portraitArea
            let scale = scale(of: piece, landscape: landscape)
            let natural = piece.height * millimetresPerPoint
            let shared = pages.indices.lazy.compactMap { index -> (Int, Double)? in
                guard pages[index].landscape == landscape, natural > 0 else { return nil }
                let room = area.height - used[index] - captionHeight - (index == 0 ? headingHeight : 0)
                let fitted = min(scale, room / natural)
                return fitted >= min(scale, legibleScale) ? (index, fitted) : nil
            }.first
            if let (index, fitted) = shared {
                pages[index].figures.append(piece.figure)
                pages[index].widths.append(piece.width * millimetresPerPoint * fitted)
                used[index] += natural * fitted + captionHeight
            } else {
                pages.append(Page(landscape: landscape, figures: [piece.figure],
                                  widths: [piece.width * millimetresPerPoint * scale]))
                used.append(natural * scale + captionHeight)
            }
        }
        return pages
    }
}
