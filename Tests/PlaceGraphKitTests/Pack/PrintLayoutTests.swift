import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// How the map's figures are placed on printed A4 pages.
@Suite("Printing the map")
struct PrintLayoutTests {
    static let millimetre = 72 / 25.4

    /// A piece of `width` × `height` millimetres at full size.
    static func piece(_ index: Int, _ width: Double, _ height: Double) -> PrintLayout.Piece {
        PrintLayout.Piece(figure: .domain(index), width: width * millimetre, height: height * millimetre)
    }

    @Test("a wide drawing prints landscape and a tall one portrait, never above 60%")
    func orientation() {
        // 400 × 200 mm: landscape 273 / 400 = 0.68 → capped at 0.6; portrait 186 / 400 = 0.465.
        let wide = Self.piece(0, 400, 200)
        #expect(PrintLayout.isLandscape(wide))
        #expect(abs(PrintLayout.bestScale(of: wide) - 0.6) < 1e-9)
        // 200 × 400 mm: portrait (265 − 24 − 7) / 400 = 0.585; landscape (178 − 31) / 400 = 0.3675.
        let tall = Self.piece(1, 200, 400)
        #expect(!PrintLayout.isLandscape(tall))
        #expect(abs(PrintLayout.bestScale(of: tall) - 0.585) < 1e-9)
        #expect(!PrintLayout.fitsOnePage(tall))
    }

    @Test("the whole example map is too big for a legible page, as the issue found it (1770 × 2503 pt)")
    func exampleTooBig() {
        let whole = PrintLayout.Piece(figure: .map, width: 1770, height: 2503)
        // 624 × 883 mm; portrait: (265 − 31) / 883 = 0.265, well under the 0.6 at which 10-point
        // labels print at 6 points.
        #expect(!PrintLayout.fitsOnePage(whole))
    }

    @Test("figures share a page when they fit, shrinking no lower than 60%")
    func sharing() {
        // Three landscape strips of 250 × 100 mm print at 0.6: 60 + 7 mm each.
        let strips = (0..<3).map { Self.piece($0, 250, 100) }
        let pages = PrintLayout.pages(strips)
        // The first page has 178 − 24 mm for figures: two strips (134 mm); the third starts a page.
        #expect(pages.map(\.figures) == [[.domain(0), .domain(1)], [.domain(2)]])
        #expect(pages.allSatisfy { $0.landscape })
        #expect(pages[0].widths.allSatisfy { abs($0 - 150) < 1e-9 })
        // A portrait figure never shares a landscape page.
        let mixed = PrintLayout.pages([Self.piece(0, 250, 100), Self.piece(1, 100, 300)])
        #expect(mixed.map(\.landscape) == [true, false])
    }

    @Test("a figure that would fit only below 60% takes a page of its own, even when one before has room")
    func noTinySharing() {
        // 250 × 230 mm prints at (178 − 31) / 230 = 0.639 → 0.6 alone, 138 + 7 mm high.
        let big = Self.piece(0, 250, 230)
        // A second one needs 0.6 × 230 = 138 mm; the first page has 154 − 145 mm left.
        let pages = PrintLayout.pages([big, Self.piece(1, 250, 230), Self.piece(2, 250, 20)])
        // The strip of 20 mm fits the second page (178 − 145 − 7 = 26 mm left), not the first (2 mm).
        #expect(pages.map(\.figures) == [[.domain(0)], [.domain(1), .domain(2)]])
        #expect(pages.flatMap(\.widths).allSatisfy { $0 / 250 >= PrintLayout.legibleScale - 1e-9 })
    }
}
