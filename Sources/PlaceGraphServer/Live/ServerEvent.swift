import Foundation

/// One message pushed to every open page over Server-Sent Events.
public struct ServerEvent: Sendable, Hashable {
    /// The event's name: `state` (a new good map), `problems` (a save that does not validate).
    public let name: String
    /// The event's data: a JSON document.
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The event in the `text/event-stream` format: its name, then each line of its data on a
    /// `data:` line (a browser joins them back with line feeds), then a blank line.
    public var wireFormat: String {
        guard !name.isEmpty else { return ": keep-alive\n\n" }
        var text = "event: \(name)\n"
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        where !line.isEmpty {
            text += "data: \(line)\n"
        }
        return text + "\n"
    }

    /// A comment line that keeps the connection open and finds pages that have gone; a page's
    /// script never sees it.
    public static let heartbeat = ServerEvent(name: "", data: Data())
}
