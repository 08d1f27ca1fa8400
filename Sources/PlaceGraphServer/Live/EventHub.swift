import Synchronization

/// The open pages' event streams: each page that listens gets a stream, every event goes to
/// all of them, and closing the hub ends them all so the server can stop.
///
/// Each stream keeps only its 8 newest events when a page reads slower than the map changes:
/// a page needs the latest state, not every one on the way, and a stalled page cannot make
/// the server's memory grow.
public final class EventHub: Sendable {
    private struct Listeners {
        var next = 0
        var open: [Int: AsyncStream<ServerEvent>.Continuation] = [:]
        var closed = false
    }

    private let listeners = Mutex(Listeners())

    public init() {}

    /// The number of pages listening now.
    public var count: Int { listeners.withLock { $0.open.count } }

    /// One page's stream of events; ``EventHub/unsubscribe(_:)`` it once the page has gone.
    public struct Subscription: Sendable {
        let number: Int
        public let events: AsyncStream<ServerEvent>
    }

    /// A new stream of events, starting with `first`; it ends when the hub closes.
    public func subscribe(startingWith first: [ServerEvent] = []) -> Subscription {
        let (stream, continuation) = AsyncStream.makeStream(of: ServerEvent.self, bufferingPolicy: .bufferingNewest(8))
        for event in first { continuation.yield(event) }
        let number: Int? = listeners.withLock { state in
            guard !state.closed else { return nil }
            state.next += 1
            state.open[state.next] = continuation
            return state.next
        }
        if number == nil { continuation.finish() }
        return Subscription(number: number ?? 0, events: stream)
    }

    /// Stops sending to a page that has gone.
    public func unsubscribe(_ subscription: Subscription) {
        let continuation = listeners.withLock { $0.open.removeValue(forKey: subscription.number) }
        continuation?.finish()
    }

    /// Sends `event` to every open stream.
    public func broadcast(_ event: ServerEvent) {
        let open = listeners.withLock { Array($0.open.values) }
        for continuation in open { continuation.yield(event) }
    }

    /// Ends every stream, and every stream asked for later.
    public func close() {
        let open = listeners.withLock { state in
            state.closed = true
            defer { state.open = [:] }
            return Array(state.open.values)
        }
        for continuation in open { continuation.finish() }
    }
}
