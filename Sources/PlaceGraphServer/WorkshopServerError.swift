import PlaceGraphKit

/// Why the workshop server cannot start.
public enum WorkshopServerError: Error, Sendable, CustomStringConvertible {
    /// The map does not validate; the load result holds its located problems.
    case invalidMap(LoadResult)
    /// The map file cannot be read at all.
    case unreadable(String)
    /// The server listens beyond 127.0.0.1 without a token.
    case tokenRequired(host: String)
    /// The address or port cannot be listened on.
    case cannotListen(String)

    public var description: String {
        switch self {
        case .invalidMap: "the map has errors"
        case let .unreadable(reason): reason
        case let .tokenRequired(host):
            "listening on '\(host)' needs an access token, so that only people given the join URL can open the page"
        case let .cannotListen(reason): reason
        }
    }
}
