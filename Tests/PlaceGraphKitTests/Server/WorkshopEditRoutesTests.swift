import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlaceGraphKit
import Testing
@testable import PlaceGraphServer

@Suite("Workshop server edits")
struct WorkshopEditRoutesTests {
    /// A small map whose second interaction spans lines 14–17.
    static let map = """
        placegraph: 1
        place:
          name: Edit test   # a comment that must survive
        services:
          - id: a
            name: Service A
          - id: b
            name: Service B
          - id: c
            name: Service C
        interactions:
          - {from: a, to: b, effect: 1}
          # the next one is argued over
          - from: b
            to: c
            effect: -1
            because: shared budget
        """

    func currentETag(_ client: some TestClientProtocol) async throws -> String {
        try await client.execute(uri: "/api/state", method: .get) { response in
            try #require(response.headers[.eTag])
        }
    }

    @Test("without --edit, writes are refused with 403 and the file is untouched")
    func readOnly() async throws {
        let fixture = try ServerFixture(text: Self.map)
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let etag = try await currentETag(client)
            try await client.execute(uri: "/api/interactions", method: .post, headers: .edit(etag),
                                     body: ByteBuffer(json: #"{"from":"a","to":"c","effect":2}"#)) { response in
                #expect(response.status == .forbidden)
                let json = try response.json()
                #expect((json["error"] as? String)?.contains("--edit") == true)
            }
        }
        #expect(fixture.text == Self.map)
    }

    @Test("a change rewrites only that interaction's lines")
    func changeIsSurgical() async throws {
        let fixture = try ServerFixture(text: Self.map)
        defer { fixture.remove() }
        try await fixture.server(editable: true).application().test(.router) { client in
            let etag = try await currentETag(client)
            try await client.execute(uri: "/api/interactions/b/c", method: .patch, headers: .edit(etag),
                                     body: ByteBuffer(json: #"{"effect":"counteracting","evidence":"budget book 2025"}"#)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] != etag)
            }
        }
        let before = Self.map.split(separator: "\n", omittingEmptySubsequences: false)
        let after = fixture.text.split(separator: "\n", omittingEmptySubsequences: false)
        // Lines 1–13 are outside the interaction and must be byte-identical.
        #expect(Array(after.prefix(13)) == Array(before.prefix(13)))
        let block = after.dropFirst(13).joined(separator: "\n")
        #expect(block.contains("effect: -2") || block.contains("effect: counteracting"))
        #expect(block.contains("evidence: budget book 2025"))
        #expect(block.contains("because: shared budget"))
        let graph = try #require(MapLoader.load(text: fixture.text, file: "map.yaml", format: .yaml).graph)
        #expect(graph.map.interactions.first { $0.from == "b" }?.effect.value == -2)
    }

    @Test("an edit made against an older version is refused with 409 and the current state")
    func staleEdit() async throws {
        let fixture = try ServerFixture(text: Self.map)
        defer { fixture.remove() }
        try await fixture.server(editable: true).application().test(.router) { client in
            let old = try await currentETag(client)
            try fixture.write(Self.map.replacingOccurrences(of: "effect: 1}", with: "effect: 2}"))
            let changed = fixture.text
            try await client.execute(uri: "/api/interactions/b/c", method: .patch, headers: .edit(old),
                                     body: ByteBuffer(json: #"{"effect":3}"#)) { response in
                #expect(response.status == .conflict)
                let json = try response.json()
                #expect((json["error"] as? String)?.contains("changed") == true)
                let state = try #require(json["state"] as? [String: Any])
                #expect(state["version"] as? String == json["version"] as? String)
                #expect(response.headers[.eTag] != old)
            }
            #expect(fixture.text == changed)
        }
    }

    @Test("a new interaction is added, and the map still validates")
    func add() async throws {
        let fixture = try ServerFixture(text: Self.map)
        defer { fixture.remove() }
        try await fixture.server(editable: true).application().test(.router) { client in
            let etag = try await currentETag(client)
            try await client.execute(uri: "/api/interactions", method: .post, headers: .edit(etag),
                                     body: ByteBuffer(json: #"{"from":"a","to":"c","effect":2,"confidence":"high","because":"<b>joint</b> crews"}"#)) { response in
                #expect(response.status == .created)
            }
        }
        #expect(fixture.text.hasPrefix(Self.map))
        let graph = try #require(MapLoader.load(text: fixture.text, file: "map.yaml", format: .yaml).graph)
        let added = try #require(graph.map.interactions.first { $0.from == "a" && $0.to == "c" })
        #expect(added.effect.value == 2 && added.confidence == .high && added.because == "<b>joint</b> crews")
    }

    @Test("refused edits get a clear answer and leave the file as it was", arguments: [
        ("POST", "/api/interactions", #"{"from":"a","to":"nowhere","effect":2}"#, 422),
        ("POST", "/api/interactions", #"{"from":"a","to":"c","effect":5}"#, 400),
        ("POST", "/api/interactions", #"{"from":"a","to":"c"}"#, 400),
        ("POST", "/api/interactions", #"{"from":"a","to":"c","effect":1,"mutual":true}"#, 400),
        ("POST", "/api/interactions", "not json", 400),
        ("PATCH", "/api/interactions/a/zz", #"{"effect":1}"#, 404),
        ("PATCH", "/api/interactions/b/c", #"{"confidence":"certain"}"#, 400),
    ])
    func refused(method: String, path: String, body: String, status: Int) async throws {
        let fixture = try ServerFixture(text: Self.map)
        defer { fixture.remove() }
        try await fixture.server(editable: true).application().test(.router) { client in
            let etag = try await currentETag(client)
            try await client.execute(uri: path, method: HTTPRequest.Method(method)!, headers: .edit(etag),
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status.code == status)
                let json = try response.json()
                #expect(json["error"] is String || json["problems"] is [Any])
            }
        }
        #expect(fixture.text == Self.map)
    }

    @Test("an edit needs If-Match, JSON, and a body under the cap")
    func preconditions() async throws {
        let fixture = try ServerFixture(text: Self.map)
        defer { fixture.remove() }
        try await fixture.server(editable: true).application().test(.router) { client in
            let body = #"{"from":"a","to":"c","effect":2}"#
            try await client.execute(uri: "/api/interactions", method: .post, headers: .edit(nil),
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .preconditionRequired)
            }
            try await client.execute(uri: "/api/interactions", method: .post, headers: [.contentType: "text/plain"],
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            let etag = try await currentETag(client)
            let big = #"{"from":"a","to":"c","effect":2,"because":""# + String(repeating: "x", count: 70_000) + #""}"#
            try await client.execute(uri: "/api/interactions", method: .post, headers: .edit(etag),
                                     body: ByteBuffer(string: big)) { response in
                #expect(response.status == .contentTooLarge)
            }
            var headers = HTTPFields.edit(etag)
            headers[.origin] = "http://evil.example"
            try await client.execute(uri: "/api/interactions", method: .post, headers: headers,
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(fixture.text == Self.map)
    }
}
