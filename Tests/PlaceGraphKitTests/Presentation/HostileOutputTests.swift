import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// The hostile-label map through every output format: text, Markdown, JSON, DOT, SVG, and the
/// workshop pack as HTML and Markdown. Nothing a terminal acts on, no element or attribute
/// injected, valid JSON whose labels read back exactly as typed.
@Suite("Hostile labels over every output")
struct HostileOutputTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 28)!

    static func analysis() throws -> PlaceAnalysis {
        try TestSupport.fixtureGraph("hostile.yaml")
            .analysis(AnalysisOptions(asOf: asOf, parts: .all, loopSearch: WorkshopPack.loopSearch))
    }

    /// The scalars no terminal output may carry raw: C0 (but tab and the line breaks the
    /// output itself writes), DEL, C1 and the bidirectional controls.
    static func rawControls(_ text: String, allowingNewlines: Bool = true) -> [String] {
        text.unicodeScalars.filter { scalar in
            if scalar == "\t" || (allowingNewlines && scalar == "\n") { return false }
            return TerminalText.needsEscape(scalar)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test("terminal text shows every control and bidirectional character escaped")
    func text() throws {
        let analysis = try Self.analysis()
        let outputs = [analysis.text(), analysis.timelineText(), analysis.agendaText(), try #require(analysis.loops).text(),
                       try #require(analysis.balance).text()]
        for output in outputs {
            #expect(Self.rawControls(output.plain).isEmpty, "\(Self.rawControls(output.plain))")
        }
    }

    @Test("Markdown holds no raw HTML, no control, and no table row broken across lines")
    func markdown() throws {
        let analysis = try Self.analysis()
        let pack = try WorkshopPack.build(from: analysis, options: WorkshopPackOptions(asOf: Self.asOf))
        let documents = [analysis.markdown(), analysis.timelineMarkdown(), analysis.agendaMarkdown(),
                         try #require(analysis.loops).markdown(),
                         try #require(analysis.balance).markdown(), pack.markdown().text]
        for document in documents {
            for tag in ["<script", "<img", "<svg", "<a ", "<!--", "<![CDATA["] { #expect(!document.contains(tag)) }
            #expect(Self.rawControls(document).isEmpty, "\(Self.rawControls(document))")
            for line in document.split(separator: "\n") where line.hasPrefix("| ") {
                #expect(line.hasSuffix(" |"), "a table row broken by a label: \(line.prefix(80))")
            }
        }
    }

    @Test("JSON is valid, carries no raw control, and every label reads back exactly as typed")
    func json() throws {
        let analysis = try Self.analysis()
        let data = try analysis.json()
        #expect(Self.rawControls(String(decoding: data, as: UTF8.self)).isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["place"] as? String == analysis.place.name)
        let influence = try #require(object["influence"] as? [[String: Any]])
        let names = Dictionary(uniqueKeysWithValues: influence.compactMap { entry in
            (entry["item"] as? String).map { ($0, entry["name"] as? String) }
        })
        #expect(names.count == analysis.graph.items.count)
        for item in analysis.graph.items { #expect(names[item.id] == item.name, "\(item.id)") }
        for document in [try analysis.timelineJSON(), try analysis.agendaJSON(), try #require(analysis.loops).json(),
                         try #require(analysis.balance).json()] {
            _ = try JSONSerialization.jsonObject(with: document)
            #expect(Self.rawControls(String(decoding: document, as: UTF8.self)).isEmpty)
        }
    }

    @Test("DOT names nodes by position and writes no control, URL, image or file attribute")
    func dot() throws {
        let dot = try TestSupport.fixtureGraph("hostile.yaml").drawing().dot
        #expect(Self.rawControls(dot).isEmpty)
        // What is left once every quoted string is gone: node names, attribute names, syntax.
        let outside = dot.replacingOccurrences(of: #""(?:[^"\\]|\\.)*""#, with: "\"\"", options: .regularExpression)
        for attribute in ["URL", "href", "image", "shapefile", "stylesheet", "javascript", "script"] {
            #expect(!outside.contains(attribute), "\(attribute) outside a quoted string")
        }
        #expect(outside.split(separator: "\n").allSatisfy { !$0.contains("\\") })
    }

    @Test("the Markdown pack's figures are well-formed SVG files")
    func packFigures() throws {
        let pack = try WorkshopPack.build(from: Self.analysis(), options: WorkshopPackOptions(asOf: Self.asOf))
        #expect(!pack.markdown().files.isEmpty)
        for (figure, svg) in pack.markdown().files {
            #expect(!svg.contains("<script"), "\(figure.name)")
            _ = try XMLDocument(data: Data(svg.utf8), options: [])
        }
    }
}

/// The hostile-label map through `simulate`'s text, Markdown, JSON and trajectory CSV.
@Suite("Hostile labels through simulate")
struct HostileSimulationTests {
    @Test("text and Markdown carry no raw control or HTML; JSON and CSV read every id back as typed")
    func outputs() throws {
        let graph = try TestSupport.fixtureGraph("hostile.yaml")
        let first = try #require(graph.items.first)
        let simulation = try graph.simulation(SimulationOptions(clamps: [ItemSetting(id: first.id, value: 1)]))
        let text = simulation.text().plain, markdown = simulation.markdown()
        #expect(HostileOutputTests.rawControls(text).isEmpty, "\(HostileOutputTests.rawControls(text))")
        #expect(HostileOutputTests.rawControls(markdown).isEmpty)
        for tag in ["<script", "<img", "<svg", "<!--"] { #expect(!markdown.contains(tag)) }
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") { #expect(line.hasSuffix(" |")) }
        let object = try #require(try JSONSerialization.jsonObject(with: simulation.json()) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(Set(changes.compactMap { $0["item"] as? String }) == Set(graph.items.dropFirst().map(\.id)))
        let rows = try CSVReader.read(simulation.trajectoryCSV(), file: "trajectory.csv")
        #expect(rows.first?.cells.map(\.text) == ["run", "step"] + graph.items.map(\.id))
    }
}
