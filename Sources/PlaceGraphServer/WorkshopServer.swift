import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// The live workshop page's server: the page, the JSON API and the event stream for one map,
/// on Hummingbird.
///
/// ```swift
/// let server = try WorkshopServer(options: options)
/// try await server.run { port in print("open http://127.0.0.1:\(port)/") }
/// // elsewhere, on Ctrl-C:
/// await server.stop()
/// ```
public final class WorkshopServer: Sendable {
    public let options: WorkshopServerOptions
    /// The map served, its state and its pages' event streams.
    public let live: LiveMap
    private let group = Mutex<ServiceGroup?>(nil)
    private let stopping = Mutex(false)

    /// Loads the map and checks the options; nothing listens yet.
    ///
    /// - Throws: ``WorkshopServerError``: the map does not validate or cannot be read, or the
    ///   server would listen beyond 127.0.0.1 without a token.
    public init(options: WorkshopServerOptions) throws {
        if options.needsToken && options.token == nil { throw WorkshopServerError.tokenRequired(host: options.host) }
        self.options = options
        live = try LiveMap(options: options)
    }

    /// The Hummingbird application: the routes, and the watcher as a service beside the server.
    ///
    /// - Parameter onListening: called with the port once the server listens.
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: BasicRequestContext.self)
        WorkshopRoutes(live: live, options: options).register(on: router)
        let watcher = MapWatcher(live: live, path: options.mapPath, debounce: options.debounce)
        return Application(router: router,
                           configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port)),
                           services: [watcher],
                           onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
                           logger: Self.quietLogger)
    }

    /// Listens and serves until ``stop()``.
    ///
    /// - Throws: ``WorkshopServerError/cannotListen(_:)`` when the address or port cannot be used.
    public func run(onListening: @escaping @Sendable (Int) async -> Void) async throws {
        let serviceGroup = ServiceGroup(configuration: .init(services: [application(onListening: onListening)],
                                                             gracefulShutdownSignals: [], logger: Self.quietLogger))
        group.withLock { $0 = serviceGroup }
        if stopping.withLock({ $0 }) { return }
        do {
            try await serviceGroup.run()
        } catch {
            throw WorkshopServerError.cannotListen("cannot listen on \(options.host):\(options.port): \(error)")
        }
    }

    /// Stops the server cleanly: every page's event stream ends, requests under way finish,
    /// and ``run(onListening:)`` returns.
    public func stop() async {
        stopping.withLock { $0 = true }
        live.events.close()
        await group.withLock { $0 }?.triggerGracefulShutdown()
    }

    /// Hummingbird's own log lines stay out of the terminal: the command says what matters.
    static let quietLogger = Logger(label: "placegraph.serve") { _ in SwiftLogNoOpLogHandler() }
}
