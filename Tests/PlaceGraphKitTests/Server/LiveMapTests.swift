import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HummingbirdTesting
import PlaceGraphKit
import Testing
@testable import PlaceGraphServer

@Suite("Live map: reloads, problems, hostile labels")
struct LiveMapTests {
    /// The next event on `subscription` that is not a keep-alive, within 5 s.
    func next(_ iterator: inout AsyncStream<ServerEvent>.Iterator) async -> ServerEvent? {
        while let event = await iterator.next() {
            if !event.name.isEmpty { return event }
        }
        return nil
    }

    func object(_ event: ServerEvent?) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: try #require(event).data) as? [String: Any] ?? [:]
    }

    @Test("a bad save sends its located problems and keeps the last good map; fixing it restores it")
    func problemsThenRecovery() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let live = try LiveMap(options: fixture.options())
        let good = await live.version
        let subscription = live.events.subscribe()
        var events = subscription.events.makeAsyncIterator()
        let original = fixture.text
        // Line 3 of the example is `place:`; breaking its indentation is a YAML error there.
        var lines = original.components(separatedBy: "\n")
        let broken = try #require(lines.firstIndex { $0.hasPrefix("services:") })
        lines[broken] = "services: [unclosed"
        try fixture.write(lines.joined(separator: "\n"))
        #expect(try await live.reload() == false)
        let problems = try object(await next(&events))
        #expect(problems["lastGood"] as? String == good.description)
        let first = try #require((problems["problems"] as? [[String: Any]])?.first)
        #expect(first["severity"] as? String == "error")
        #expect(first["line"] as? Int != nil && first["column"] as? Int != nil)
        #expect((first["location"] as? String)?.hasPrefix(fixture.mapPath + ":") == true)
        #expect(first["quoted"] as? String != nil)
        #expect(await live.version == good)
        try fixture.write(original)
        #expect(try await live.reload() == false)
        let restored = try object(await next(&events))
        #expect(restored["version"] as? String == good.description)
        live.events.unsubscribe(subscription)
    }

    @Test("a good save sends the new version, with the one it replaces")
    func newVersion() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let live = try LiveMap(options: fixture.options())
        let before = await live.version
        let subscription = live.events.subscribe()
        var events = subscription.events.makeAsyncIterator()
        try fixture.write(fixture.text + "\n# a comment is a change of bytes\n")
        #expect(try await live.reload())
        let message = try object(await next(&events))
        #expect(message["previous"] as? String == before.description)
        #expect(message["version"] as? String == (await live.version).description)
        #expect(await live.version != before)
    }

    @Test("hostile labels come back from the state exactly as typed, and the drawing has nothing that runs")
    func hostileLabels() async throws {
        let hostile = try String(contentsOf: TestSupport.packageRoot
            .appendingPathComponent("Tests/PlaceGraphKitTests/Fixtures/hostile.yaml"), encoding: .utf8)
        let fixture = try ServerFixture(text: hostile)
        defer { fixture.remove() }
        let live = try LiveMap(options: fixture.options())
        let state = try JSONSerialization.jsonObject(with: try await live.state(at: .objectives)) as? [String: Any]
        #expect(state?["place"] as? String == "<script>alert('place')</script> & \"Estate\" \\")
        let names = (state?["items"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(names.contains("<img src=x onerror=alert(1)> <svg onload=alert(2)>"))
        let svg = try await live.drawing(DrawingView())
        let elements = try XMLDocument(data: svg, options: []).allElements
        #expect(elements.count > 10)
        #expect(!elements.contains { ["script", "foreignObject", "iframe"].contains($0.localName ?? "") })
        #expect(!elements.contains { ($0.attributes ?? []).contains { ($0.name ?? "").lowercased().hasPrefix("on") } })
        #expect(!elements.contains { ($0.attributeValue("xlink:href") ?? $0.attributeValue("href") ?? "").contains("javascript:") })
    }

    @Test("events are written in the text/event-stream format, one data line per line")
    func wireFormat() {
        let event = ServerEvent(name: "state", data: Data("{\n  \"a\" : 1\n}\n".utf8))
        #expect(event.wireFormat == "event: state\ndata: {\ndata:   \"a\" : 1\ndata: }\n\n")
        #expect(ServerEvent.heartbeat.wireFormat == ": keep-alive\n\n")
    }

    @Test("versions change with any byte, and read back from an ETag")
    func versions() {
        let a = MapVersion(of: Data("placegraph: 1\n".utf8)), b = MapVersion(of: Data("placegraph: 1 \n".utf8))
        #expect(a != b)
        #expect(MapVersion(header: a.entityTag) == a)
        #expect(MapVersion(header: "W/" + a.entityTag) == a)
        #expect(MapVersion(header: "\"<script>\"") == nil)
    }

    @Test("tokens are 64 hex digits, fresh each time, and compared exactly")
    func tokens() {
        let tokens = (0..<50).map { _ in AccessToken.random() }
        #expect(Set(tokens).count == 50)
        #expect(tokens.allSatisfy { $0.text.count == 64 && $0.text.allSatisfy(\.isHexDigit) })
        let token = tokens[0]
        #expect(token.matches(token.text))
        #expect(!token.matches(token.text.dropLast()))
        #expect(!token.matches(token.text + "0"))
        #expect(!token.matches(""))
    }

    @Test("the embedded page is byte for byte the plain files in Assets/ (run scripts/embed-page after editing them)",
          arguments: [("/", "index.html"), ("/app.js", "app.js"), ("/app.css", "app.css")])
    func embeddedInSync(path: String, file: String) throws {
        let plain = try Data(contentsOf: TestSupport.packageRoot
            .appendingPathComponent("Sources/PlaceGraphServer/Assets/\(file)"))
        let embedded = try #require(PageAsset.all.first { $0.path == path }).bytes
        #expect(embedded == plain)
    }
}
