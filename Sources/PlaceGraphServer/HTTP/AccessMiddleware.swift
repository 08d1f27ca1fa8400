import Foundation
import HTTPTypes
import Hummingbird

/// Lets a request in or refuses it, and puts the security headers on every answer.
///
/// - With a token (the server listens beyond 127.0.0.1), a request needs the token: in the
///   `placegraph_token` cookie, which the join URL sets (`/?token=…` answers with the cookie
///   and a redirect to the same path without the token, so it stays out of the history), or as
///   `Authorization: Bearer …` for other tools. Anything else gets 401.
/// - Without one, the `Host` header must name this machine (`127.0.0.1`, `localhost` or
///   `[::1]`), so that a web page elsewhere cannot reach the server by DNS rebinding.
/// - A write must come from the page itself: `Content-Type: application/json`, and an `Origin`,
///   when sent, naming the host the request was sent to.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    static var cookieName: String { "placegraph_token" }

    /// Only the page's own script and styles, no inline code, no frames, requests only back here.
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }

    let token: AccessToken?

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await admit(request, context: context, next: next)
        } catch let failure as any HTTPResponseError {
            response = try failure.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.crossOriginOpenerPolicy] = "same-origin"
        response.headers[.crossOriginResourcePolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    private func admit(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        if let token {
            if let given = request.uri.queryParameters["token"] {
                guard token.matches(given), request.method == .get else { throw APIFailure.unauthorised }
                var response = Response(status: .seeOther, headers: [.location: request.uri.path])
                response.setCookie(Cookie(name: Self.cookieName, value: token.text, path: "/", httpOnly: true,
                                          sameSite: .strict))
                return response
            }
            guard carriesToken(request, token) else { throw APIFailure.unauthorised }
        } else if Self.hostNames(request).contains(where: { !Self.isLoopbackName($0) }) {
            throw APIFailure(.misdirectedRequest, "this server answers only to 127.0.0.1 and localhost")
        }
        if request.method != .get && request.method != .head {
            guard let type = request.headers[.contentType], type.lowercased().hasPrefix("application/json") else {
                throw APIFailure(.unsupportedMediaType, "send edits as application/json")
            }
            if let origin = request.headers[.origin], origin != "http://" + (request.head.authority ?? "") {
                throw APIFailure(.forbidden, "edits are taken only from the page this server serves")
            }
        }
        return try await next(request, context)
    }

    /// Every name the request gives for the host: its authority and any `Host` field, which
    /// HTTP/1 clients may send besides.
    static func hostNames(_ request: Request) -> [String] {
        [request.head.authority].compactMap { $0 } + request.headers[values: .host]
    }

    private func carriesToken(_ request: Request, _ token: AccessToken) -> Bool {
        if let cookie = request.cookies[Self.cookieName], token.matches(cookie.value) { return true }
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
            return token.matches(authorization.dropFirst("Bearer ".count))
        }
        return false
    }

    /// True for `127.0.0.1`, `localhost` and `[::1]`, with or without a port.
    static func isLoopbackName(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            name = String(name.prefix { $0 != "]" }.dropFirst())
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return name == "127.0.0.1" || name == "localhost" || name == "::1"
    }
}

extension APIFailure {
    /// A request without the token.
    static let unauthorised = APIFailure(
        .unauthorized, "this page needs the access token: open the join URL that 'placegraph serve' printed")
}

extension HTTPField.Name {
    // Names HTTPTypes does not spell out; each literal is a valid field name.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let crossOriginOpenerPolicy = HTTPField.Name("Cross-Origin-Opener-Policy")!
    static let host = HTTPField.Name("Host")!
}
