import Foundation
import Hummingbird
import PlaceGraphKit
import PlaceGraphPresentation

/// The server's routes, all fixed: the page's three files and the JSON API. No path reaches
/// the file system; the only file the server reads or writes is the map.
struct WorkshopRoutes: Sendable {
    let live: LiveMap
    let options: WorkshopServerOptions

    func register(on router: Router<BasicRequestContext>) {
        router.add(middleware: AccessMiddleware(token: options.needsToken ? options.token : nil))
        for asset in PageAsset.all {
            router.get(RouterPath(asset.path)) { _, _ in
                var response = Response.bytes(asset.bytes, type: asset.type)
                response.headers[.cacheControl] = "no-cache"
                return response
            }
        }
        router.get("/api/state") { request, _ in try await state(request) }
        router.get("/api/map.svg") { request, _ in try await drawing(request) }
        router.get("/api/events") { _, _ in try await events() }
        router.post("/api/interactions") { request, context in
            try await edit(request, context: context, target: nil)
        }
        router.patch("/api/interactions/:from/:to") { request, context in
            let from = try Self.parameter("from", context), to = try Self.parameter("to", context)
            return try await edit(request, context: context, target: (from, to))
        }
    }

    /// `GET /api/state?level=objectives|services`.
    private func state(_ request: Request) async throws -> Response {
        let level = try Self.level(request)
        let (state, version) = try await (live.state(at: level), live.version)
        return .bytes(state, type: .json, version: version)
    }

    /// `GET /api/map.svg?level=&clusterBy=&engine=`.
    private func drawing(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        var view = DrawingView(level: try Self.level(request))
        if let value = query["clusterBy"] {
            guard let clustering = Clustering(rawValue: String(value)) else {
                throw APIFailure.badQuery("clusterBy", value, allowed: Clustering.allCases.map(\.rawValue))
            }
            view.clusterBy = clustering
        }
        if let value = query["engine"] {
            guard let engine = LayoutEngine(rawValue: String(value)) else {
                throw APIFailure.badQuery("engine", value, allowed: LayoutEngine.allCases.map(\.rawValue))
            }
            view.engine = engine
        }
        do {
            let (svg, version) = try await (live.drawing(view), live.version)
            return .bytes(svg, type: .svg, version: version)
        } catch let error as RenderError {
            throw APIFailure(.internalServerError, "the map could not be drawn: \(error.description)")
        }
    }

    /// `GET /api/events`: Server-Sent Events until the page goes or the server stops.
    private func events() async throws -> Response {
        let subscription = live.events.subscribe(startingWith: try await live.greeting())
        let hub = live.events
        let body = ResponseBody { writer in
            defer { hub.unsubscribe(subscription) }
            for await event in subscription.events {
                try await writer.write(ByteBuffer(string: event.wireFormat))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: ContentType.eventStream.rawValue,
                                               .cacheControl: "no-store"], body: body)
    }

    static func level(_ request: Request) throws -> DetailLevel {
        guard let value = request.uri.queryParameters["level"] else { return .objectives }
        guard let level = DetailLevel(rawValue: String(value)) else {
            throw APIFailure.badQuery("level", value, allowed: DetailLevel.allCases.map(\.rawValue))
        }
        return level
    }

    /// A path parameter, percent-decoded (ids from a spreadsheet may hold spaces or slashes).
    static func parameter(_ name: String, _ context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get(name), let decoded = raw.removingPercentEncoding, !decoded.isEmpty else {
            throw APIFailure(.badRequest, "the path must name the interaction as /api/interactions/FROM/TO")
        }
        return decoded
    }
}
