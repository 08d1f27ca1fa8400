import PlaceGraphKit

/// How `placegraph serve` runs: which map, where it listens, whether it takes edits.
public struct WorkshopServerOptions: Sendable {
    /// The address listened on when none is given: this machine only.
    public static let loopback = "127.0.0.1"
    /// The largest request body accepted (an edit is a few hundred bytes).
    public static let maxBodyBytes = 64 * 1024

    /// The map file served and watched.
    public var mapPath: String
    /// The map's format; `nil` goes by its extension.
    public var format: InputFormat?
    /// The address to listen on.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// Whether the page may add and change interactions (`--edit`).
    public var editable: Bool
    /// The date windows are judged from.
    public var asOf: CalendarDate
    /// The token every request must carry; required, and only used, when ``host`` is not
    /// ``loopback``.
    public var token: AccessToken?
    /// How long a save must be followed by quiet before the map is read again.
    public var debounce: Duration

    public init(mapPath: String, format: InputFormat? = nil, host: String = WorkshopServerOptions.loopback,
                port: Int = 8080, editable: Bool = false, asOf: CalendarDate, token: AccessToken? = nil,
                debounce: Duration = .milliseconds(25)) {
        self.mapPath = mapPath
        self.format = format
        self.host = host
        self.port = port
        self.editable = editable
        self.asOf = asOf
        self.token = token
        self.debounce = debounce
    }

    /// True when requests must carry the token: whenever the server listens beyond 127.0.0.1.
    public var needsToken: Bool { host != Self.loopback }

    /// The URL to open once the server listens on `port`: with the token when one is needed.
    ///
    /// An address that means every interface (`0.0.0.0`, `::`) is replaced by `hostName`, the
    /// name other machines in the room can reach this one by.
    public func joinURL(port: Int, hostName: String) -> String {
        var name = host == "0.0.0.0" || host == "::" ? hostName : host
        if name.contains(":") && !name.hasPrefix("[") { name = "[\(name)]" }
        let query = needsToken ? "/?token=" + (token?.text ?? "") : "/"
        return "http://\(name):\(port)\(query)"
    }
}
