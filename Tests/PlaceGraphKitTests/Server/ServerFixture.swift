import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlaceGraphKit
@testable import PlaceGraphServer

/// A map copied into a fresh temporary folder, and a workshop server over it.
struct ServerFixture {
    let folder: URL
    let mapPath: String

    static let asOf = CalendarDate(year: 2026, month: 1, day: 1)!
    static let token = AccessToken(text: String(repeating: "ab", count: 32))

    /// A copy of the Camden example, or `text` when given.
    init(text: String? = nil, name: String = "map.yaml") throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("placegraph-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        mapPath = folder.appendingPathComponent(name).path
        let contents = try text.map { Data($0.utf8) } ?? Data(contentsOf: URL(fileURLWithPath: TestSupport.example("map.yaml")))
        try contents.write(to: URL(fileURLWithPath: mapPath))
    }

    func options(host: String = WorkshopServerOptions.loopback, editable: Bool = false,
                 token: AccessToken? = nil) -> WorkshopServerOptions {
        WorkshopServerOptions(mapPath: mapPath, host: host, port: 0, editable: editable, asOf: Self.asOf, token: token)
    }

    func server(host: String = WorkshopServerOptions.loopback, editable: Bool = false,
                token: AccessToken? = nil) throws -> WorkshopServer {
        try WorkshopServer(options: options(host: host, editable: editable, token: token))
    }

    var text: String { (try? String(contentsOfFile: mapPath, encoding: .utf8)) ?? "" }

    func write(_ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: mapPath)) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as a JSON object.
    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] ?? [:]
    }
}

extension ByteBuffer {
    init(json: String) { self.init(string: json) }
}

extension HTTPFields {
    /// The headers of an edit made against `version` (an `ETag` value).
    static func edit(_ version: String?) -> HTTPFields {
        var fields: HTTPFields = [.contentType: "application/json"]
        if let version { fields[.ifMatch] = version }
        return fields
    }
}
