import Foundation
import Hummingbird

/// A refused request: its status and a JSON body saying why, `{"error": …}`.
struct APIFailure: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let body: Data
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, version: MapVersion? = nil) {
        self.status = status
        body = LiveMessage.failure(message, version: version)
    }

    init(_ status: HTTPResponse.Status, json: Data) {
        self.status = status
        body = json
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = Response.bytes(body, type: .json, status: status)
        for field in headers { response.headers.append(field) }
        return response
    }

    static func badQuery(_ name: String, _ value: Substring, allowed: [String]) -> APIFailure {
        APIFailure(.badRequest, "unknown \(name) '\(value)'; use " + allowed.joined(separator: ", "))
    }
}

/// The content types the server answers with.
enum ContentType: String {
    case html = "text/html; charset=utf-8"
    case javascript = "text/javascript; charset=utf-8"
    case css = "text/css; charset=utf-8"
    case json = "application/json; charset=utf-8"
    case svg = "image/svg+xml"
    case eventStream = "text/event-stream; charset=utf-8"
    case text = "text/plain; charset=utf-8"
}

extension Response {
    /// A response carrying `data` as `type`.
    static func bytes(_ data: Data, type: ContentType, status: HTTPResponse.Status = .ok,
                      version: MapVersion? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type.rawValue]
        if let version { headers[.eTag] = version.entityTag }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
