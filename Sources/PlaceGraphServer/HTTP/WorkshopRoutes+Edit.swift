import Foundation
import Hummingbird
import NIOCore
import PlaceGraphKit

extension WorkshopRoutes {
    /// `POST /api/interactions` (`target` nil) and `PATCH /api/interactions/FROM/TO`.
    ///
    /// Answers 200 with the new version when the edit is written; 403 without `--edit`; 413
    /// for a body over ``WorkshopServerOptions/maxBodyBytes``; 428 without `If-Match`; 400 for
    /// a body that is not an edit; 404 for a change to an interaction the map lacks; 409, with
    /// the current state, when the file changed since the version in `If-Match`; 422, with the
    /// located problems, when the edited map would not validate.
    func edit(_ request: Request, context: BasicRequestContext,
              target: (from: String, to: String)?) async throws -> Response {
        guard options.editable else {
            throw APIFailure(.forbidden, "this page is read-only; start the server with 'placegraph serve --edit' to take scores")
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > WorkshopServerOptions.maxBodyBytes {
            throw Self.tooLarge
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: WorkshopServerOptions.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw Self.tooLarge
        }
        guard let header = request.headers[.ifMatch] else {
            throw APIFailure(.preconditionRequired,
                             "send the version the edit was made against in If-Match, as /api/state's ETag gives it")
        }
        guard let expected = MapVersion(header: header) else {
            throw APIFailure(.badRequest, "'\(header)' is not a map version")
        }
        let edit: InteractionEdit
        do {
            edit = try InteractionEdit(json: Data(buffer: body), target: target)
        } catch {
            throw APIFailure(.badRequest, error.description)
        }
        switch await live.apply(edit, expected: expected) {
        case let .applied(version):
            let words = edit.kind == .add ? "added" : "changed"
            let json = try LiveMessage.encode(LiveMessage.Applied(version: version.description, edit: words,
                                                                  from: edit.from, to: edit.to))
            return .bytes(json, type: .json, status: edit.kind == .add ? .created : .ok, version: version)
        case let .stale(current):
            let state = try await live.state(at: Self.level(request))
            let message = "the map changed after this page loaded it, so the edit was not applied; "
                + "the page now shows the current map: check the interaction and submit again"
            var failure = APIFailure(.conflict, json: LiveMessage.stale(message, state: state, version: current))
            failure.headers[.eTag] = current.entityTag
            throw failure
        case let .notFound(message):
            throw APIFailure(.notFound, message)
        case let .invalid(problems):
            throw APIFailure(.unprocessableContent, json: problems)
        case let .unsupported(message):
            throw APIFailure(.conflict, message)
        case let .failed(message):
            throw APIFailure(.internalServerError, message)
        }
    }

    static let tooLarge = APIFailure(
        .contentTooLarge, "the request is larger than \(WorkshopServerOptions.maxBodyBytes / 1024) KiB; an edit is a few hundred bytes")
}
