import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

@Suite("Reading values and formats")
struct FormatTests {
    @Test("effects read as numbers, names and signs", arguments: [
        ("3", 3.0), ("-2", -2), ("+1", 1), ("1.5", 1.5), ("indivisible", 3), ("Counteracting", -2),
        ("reinforces", 2), ("undermines", -2), ("consistent", 0), ("+", 1), ("-", -1),
    ])
    func effects(_ text: String, _ value: Double) {
        #expect(Effect(parsing: text)?.value == value)
    }

    @Test("effects outside the scale are refused", arguments: ["4", "-3.5", "nan", "inf", "lots", ""])
    func badEffects(_ text: String) {
        #expect(Effect(parsing: text) == nil)
    }

    @Test("dates are strict YYYY-MM-DD days")
    func dates() {
        #expect(CalendarDate(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2023-2-1") == nil)
        #expect(CalendarDate(iso: "31/03/2026") == nil)
        #expect(CalendarDate(iso: "2026-03-31")!.adding(months: 12).description == "2027-03-31")
        #expect(CalendarDate(iso: "2024-01-31")!.adding(months: 1).description == "2024-02-29")
        #expect(CalendarDate(iso: "2026-01-01")!.days(until: CalendarDate(iso: "2027-01-01")!) == 365)
    }

    @Test("numbers are formatted with fixed decimals")
    func numbers() {
        #expect(formatNumber(2) == "2")
        #expect(formatNumber(-0.0) == "0")
        #expect(formatNumber(0.758620689) == "0.7586")
        #expect(formatNumber(1.5) == "1.5")
    }

    @Test("numbers are written as the C formatter writes them, over every magnitude and 1 to 6 decimals")
    func numbersAsTheFormatterWrites() {
        // The formatting as it was, through String(format:), to compare with.
        func reference(_ value: Double, _ decimals: Int) -> String {
            guard value.isFinite else { return "0" }
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let rounded = (value * scale).rounded() / scale
            if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
            var text = String(format: "%.\(decimals)f", rounded)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text == "-0" ? "0" : text
        }
        var random = SplitMix64(seed: 20261130)
        var values: [Double] = [0.5, -0.5, 0.05, -0.05, 0.00005, 2.0 / 3, -2.0 / 3, 1e11 + 0.5, 99_999_999.99995, 1e12 + 0.1, 1e20 + 1]
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: -6...13, using: &random)
            values.append((Bool.random(using: &random) ? 1 : -1) * Double.random(in: 1..<10, using: &random) * pow(10, magnitude.rounded(.down)))
        }
        for value in values {
            for decimals in 1...6 {
                #expect(formatNumber(value, decimals: decimals) == reference(value, decimals), "\(value) \(decimals)")
            }
        }
    }

    @Test("an edge list with sign and weight multiplies them")
    func signTimesWeight() throws {
        let graph = try TestSupport.graph("source,target,weight,sign\nLeo,Martin,-3,-1\nLeo,Mark,2,1\n", format: .csv)
        #expect(graph.arcs.map(\.effect.value) == [2, -3])
    }

    @Test("an edge list reads header aliases, quotes, semicolons and a byte-order mark")
    func aliases() throws {
        let text = "\u{FEFF}Source;Target;Polarity;Because\r\n\"a; one\";b;-;\"said \"\"no\"\"\"\r\n"
        let graph = try TestSupport.graph(text, format: .csv)
        #expect(graph.items.map(\.id) == ["a; one", "b"])
        #expect(graph.arcs.first?.effect.value == -1)
        #expect(graph.map.interactions.first?.because == "said \"no\"")
    }

    @Test("a cross-impact matrix reads row-on-column effects and skips zeros")
    func matrix() throws {
        let graph = try TestSupport.graph("effect of row on column,a,b,c\na,0,2,\nb,-1,0,3\nc,,0,0\n", format: .csv)
        let arcs = graph.arcs.map { "\(graph.items[$0.from].id)>\(graph.items[$0.to].id)=\($0.effect)" }
        #expect(arcs == ["a>b=+2", "b>a=-1", "b>c=+3"])
    }

    @Test("JSON and YAML give the same map")
    func jsonMatchesYAML() throws {
        let yaml = try TestSupport.graph(StarterMap.yaml)
        let json = try TestSupport.graph("""
            {"placegraph": 1, "place": {"name": "Example estate", "mission": "An estate that is green, clean and safe by 2030",
             "areas": [{"id": "north-block", "name": "North block"}, {"id": "central-green", "name": "Central green"}]},
             "services": [], "interactions": []}
            """, format: .json)
        #expect(yaml.map.place == json.map.place)
    }

    @Test("JSON text escapes decode, including surrogate pairs")
    func jsonEscapes() throws {
        let graph = try TestSupport.graph(#"{"placegraph": 1, "place": {"name": "a\"b\\c\u00e9\ud83c\udf33\n"}}"#, format: .json)
        #expect(graph.map.place.name == "a\"b\\cé🌳\n")
    }

    @Test("the starter map validates with no diagnostics")
    func starter() {
        let result = TestSupport.load(StarterMap.yaml)
        #expect(result.graph != nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a mutual interaction gives one arc each way")
    func mutual() throws {
        let graph = try TestSupport.graph(TestSupport.map(
            services: "  - {id: a, name: A}\n  - {id: b, name: B}",
            interactions: "  - {from: a, to: b, effect: 2, mutual: true}"))
        #expect(graph.arcs.count == 2)
        #expect(graph.arcs.map(\.isMutualReverse) == [false, true])
        #expect(graph.successors(of: "b").map(\.id) == ["a"])
    }

    @Test("forward references resolve and contract items know their service and supplier")
    func ownership() throws {
        let graph = try TestSupport.graph(StarterMap.yaml)
        let cut = try #require(graph.item("fortnightly-cut"))
        #expect(cut.kind == .objective)
        #expect(cut.serviceID == "green-spaces")
        #expect(cut.contractID == "grounds-maintenance")
        #expect(cut.supplier == "Example Grounds Ltd")
        #expect(cut.owner == "Parks and Open Spaces")
    }
}

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test("edit distance counts insertions, deletions and substitutions", arguments: [
        ("pollinators", "polinators", 1), ("owner", "ownr", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3),
        ("same", "same", 0),
    ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(Suggestion.editDistance(a, b, limit: 5) == expected)
    }

    @Test("only close candidates are suggested")
    func closest() {
        #expect(Suggestion.closest(to: "polinators", in: ["pollinators", "parks"]) == "pollinators")
        #expect(Suggestion.closest(to: "xyz", in: ["pollinators", "parks"]) == nil)
    }
}
