import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PlaceGraphServer

@Suite("Workshop server routes")
struct WorkshopRoutesTests {
    static let expectedPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'"

    @Test("serves the page, its script and its styles with the security headers", arguments: [
        ("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css"),
    ])
    func servesPage(path: String, type: String) async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix(type) == true)
                #expect(response.headers[.contentSecurityPolicy]?.hasPrefix(Self.expectedPolicy) == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
                #expect(!response.text.isEmpty)
            }
        }
    }

    @Test("the page has no inline script, style or event handler, so the policy can forbid them")
    func noInlineCode() throws {
        let html = String(decoding: try #require(PageAsset.all.first { $0.path == "/" }).bytes, as: UTF8.self)
        let scripts = html.components(separatedBy: "<script").dropFirst()
        #expect(scripts.count == 1)
        #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"/app.js\"") })
        #expect(!html.contains("<style"))
        #expect(html.range(of: #"\sstyle\s*="#, options: .regularExpression) == nil)
        #expect(html.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil)
        #expect(!html.contains("http://") && !html.contains("https://"))
        let script = String(decoding: try #require(PageAsset.all.first { $0.path == "/app.js" }).bytes, as: UTF8.self)
        // Data from the map reaches the page only as text.
        #expect(!script.contains("innerHTML") && !script.contains("outerHTML") && !script.contains("insertAdjacentHTML"))
        #expect(!script.contains("eval(") && !script.contains("document.write"))
    }

    @Test("anything but the fixed routes is 404, traversals included", arguments: [
        "/index.html", "/../map.yaml", "/%2e%2e/map.yaml", "/app.js/..", "/api", "/api/state/..%2f..%2fmap.yaml",
        "/map.yaml", "/etc/passwd", "/api/map.svg/../../map.yaml", "/Assets/app.js", "//map.yaml",
    ])
    func unknownPaths(path: String) async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .notFound)
                #expect(!response.text.contains("placegraph: 1"))
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
        }
    }

    @Test("the state carries the file's version as ETag and in the document")
    func stateVersion() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            try await client.execute(uri: "/api/state?level=services", method: .get) { response in
                #expect(response.status == .ok)
                let json = try response.json()
                let version = try #require(json["version"] as? String)
                #expect(response.headers[.eTag] == "\"\(version)\"")
                #expect(json["level"] as? String == "services")
                #expect(json["editable"] as? Bool == false)
                // The Camden example has 13 services (examples/camden-estate/README.md).
                #expect((json["items"] as? [Any])?.count == 13)
            }
            try await client.execute(uri: "/api/state?level=everything", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("the drawing is SVG with one node for each item of the state")
    func drawing() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            var count = 0
            try await client.execute(uri: "/api/state?level=services", method: .get) { response in
                count = (try response.json()["items"] as? [Any])?.count ?? -1
            }
            try await client.execute(uri: "/api/map.svg?level=services&clusterBy=owner&engine=neato", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/svg+xml")
                // The legend's nodes are named otherwise; the map's are n0, n1, ….
                let nodes = response.text.matches(of: /class="node">\s*<title>n\d+<\/title>/).count
                #expect(nodes == count)
            }
            try await client.execute(uri: "/api/map.svg?engine=twopi%3Cscript%3E", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test("the event stream opens with the version shown and ends when the server stops")
    func events() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let server = try fixture.server()
        let version = await server.live.version.description
        try await server.application().test(.router) { client in
            let closer = Task {
                try await Task.sleep(for: .milliseconds(300))
                server.live.events.close()
            }
            try await client.execute(uri: "/api/events", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
                #expect(response.text.hasPrefix("event: state\ndata: {\n"))
                #expect(response.text.contains("\"version\" : \"\(version)\""))
                #expect(response.text.hasSuffix("\n\n"))
            }
            try await closer.value
        }
    }

    @Test("off loopback, a request without the token is refused with 401")
    func tokenRequired() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let token = ServerFixture.token
        try await fixture.server(host: "0.0.0.0", token: token).application().test(.router) { client in
            for path in ["/", "/app.js", "/api/state", "/api/map.svg", "/api/events", "/nowhere"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(path)")
                }
            }
            try await client.execute(uri: "/?token=wrong", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/state", method: .get,
                                     headers: [.cookie: "placegraph_token=\(String(repeating: "ab", count: 31))"]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/?token=\(token.text)", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/")
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("placegraph_token=\(token.text)") && cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Strict"))
            }
            try await client.execute(uri: "/api/state", method: .get, headers: [.cookie: "placegraph_token=\(token.text)"]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/state", method: .get, headers: [.authorization: "Bearer \(token.text)"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("the server will not listen beyond 127.0.0.1 without a token")
    func noTokenNoListen() throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        #expect(throws: WorkshopServerError.self) { try fixture.server(host: "0.0.0.0") }
    }

    @Test("on loopback, a request naming another host is refused (DNS rebinding)")
    func rebinding() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let options = fixture.options()
        let router = Router(context: BasicRequestContext.self)
        WorkshopRoutes(live: try LiveMap(options: options), options: options).register(on: router)
        try await Application(router: router).test(.live) { client in
            try await client.execute(uri: "/api/state", method: .get, headers: [HTTPField.Name("Host")!: "evil.example:8080"]) { response in
                #expect(response.status == .misdirectedRequest)
            }
            try await client.execute(uri: "/api/state", method: .get, headers: [HTTPField.Name("Host")!: "localhost:8080"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("join URLs name the port, and the token only when one is needed")
    func joinURL() throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        #expect(fixture.options().joinURL(port: 4321, hostName: "room") == "http://127.0.0.1:4321/")
        let open = fixture.options(host: "0.0.0.0", token: ServerFixture.token)
        #expect(open.joinURL(port: 80, hostName: "room-pc") == "http://room-pc:80/?token=\(ServerFixture.token.text)")
        #expect(fixture.options(host: "::1", token: ServerFixture.token).joinURL(port: 1, hostName: "x").hasPrefix("http://[::1]:1/"))
    }
}
