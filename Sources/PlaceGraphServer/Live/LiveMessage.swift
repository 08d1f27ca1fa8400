import Foundation
import PlaceGraphPresentation

/// The small JSON documents of the API, written the one way every JSON output is (sorted keys,
/// one number policy, a final newline).
enum LiveMessage {
    /// `{"version": …, "previous": …}`: the map has a new good version.
    struct NewState: Encodable {
        let version: String, previous: String?
    }

    /// `{"error": …}` with what else the answer carries.
    struct Failure: Encodable {
        let error: String, version: String?
    }

    /// `{"version": …, "edit": …}`: an edit was written.
    struct Applied: Encodable {
        let version: String, edit: String, from: String, to: String
    }

    static func encode(_ value: some Encodable) throws -> Data {
        try JSONDocument.encode(value)
    }

    /// A failure's JSON; it cannot fail to encode, having only strings.
    static func failure(_ message: String, version: MapVersion? = nil) -> Data {
        (try? encode(Failure(error: message, version: version?.description))) ?? Data("{}\n".utf8)
    }

    /// `{"error": …, "state": STATE, "version": …}`, with `state` a JSON document already
    /// written: the answer to an edit made against an older version.
    static func stale(_ message: String, state: Data, version: MapVersion) -> Data {
        let error = String(decoding: (try? encode(message)) ?? Data("\"\"".utf8), as: UTF8.self)
            .trimmingCharacters(in: .newlines)
        var text = "{\n  \"error\" : \(error),\n  \"state\" : "
        text += String(decoding: state, as: UTF8.self).trimmingCharacters(in: .newlines)
        text += ",\n  \"version\" : \"\(version.description)\"\n}\n"
        return Data(text.utf8)
    }
}
