import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// The published signed networks in data/signed-networks in the repository, loaded as CSV, with every
/// result checked independently of the library: the camps recounted from the raw file, the
/// optimum brute-forced where the network is small enough.
@Suite("structural balance: published signed networks")
struct PublishedNetworkTests {
    static let folder = TestSupport.publishedData.appendingPathComponent("signed-networks")

    static func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func report(_ url: URL, timeLimit: Duration? = nil) throws -> BalanceAnalysis {
        let result = try MapLoader.load(path: url.path)
        let graph = try #require(result.graph)
        return try graph.structuralBalance(timeLimit: timeLimit)
    }

    /// Recounts the frustrated rows of the raw file from the reported camps.
    static func recount(_ report: BalanceAnalysis, _ brute: BruteForceBalance,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let second = Set(report.groups[1])
        let sides = brute.names.map { second.contains($0) }
        #expect(Set(report.groups.flatMap { $0 }) == Set(brute.names), sourceLocation: sourceLocation)
        #expect(brute.cost(sides) == report.upperBound, sourceLocation: sourceLocation)
        #expect(report.frustrated.count == report.upperBound, sourceLocation: sourceLocation)
        #expect(report.interactions == brute.interactions.count, sourceLocation: sourceLocation)
    }

    @Test("Sampson's monastery (Sampson 1968): optimal by brute force over every split", arguments: 1...5)
    func sampson(time: Int) throws {
        let url = Self.file("sampson-monastery/sampson_T\(time)_signed_arcs.csv")
        let report = try Self.report(url)
        let brute = try BruteForceBalance(csvAt: url)
        #expect(report.exact && report.lowerBound == report.upperBound)
        #expect(report.frustrationIndex == brute.minimum())
        Self.recount(report, brute)
    }

    @Test("Correlates of War (Doreian & Mrvar 2015): proven, consistent, and deterministic",
          arguments: ["cow_46-49.csv", "cow_71-74.csv", "cow_96-99.csv"])
    func correlatesOfWar(name: String) throws {
        let url = Self.file("correlates-of-war/" + name)
        let report = try Self.report(url)
        #expect(report.exact && report.lowerBound == report.upperBound && report.frustrationIndex == report.upperBound)
        Self.recount(report, try BruteForceBalance(csvAt: url))
        // Every split found must be at least as frustrated as the proven index.
        #expect(try Self.report(url, timeLimit: .zero).upperBound >= report.frustrationIndex)
        #expect(try Self.report(url).json() == report.json())
    }

    @Test("with no time for the solver, Correlates of War 1996–99 is bracketed, not proven")
    func timeLimit() throws {
        let url = Self.file("correlates-of-war/cow_96-99.csv")
        let bounded = try Self.report(url, timeLimit: .zero)
        let exact = try Self.report(url)
        #expect(!bounded.exact)
        #expect(bounded.lowerBound < bounded.upperBound)
        #expect(bounded.lowerBound <= exact.frustrationIndex && exact.frustrationIndex <= bounded.upperBound)
        Self.recount(bounded, try BruteForceBalance(csvAt: url))
        #expect(bounded.text().plain.contains("not proven optimal"))
        let object = try #require(try JSONSerialization.jsonObject(with: bounded.json()) as? [String: Any])
        #expect(object["exact"] as? Bool == false)
    }
}
