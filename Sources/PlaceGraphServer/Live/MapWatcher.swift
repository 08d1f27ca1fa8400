import Foundation
import ServiceLifecycle

/// Watches the map file for the life of the server: on each save, after a short quiet spell,
/// it reads the map again (``LiveMap/reload()``), which tells every page. It also sends a
/// keep-alive to every page every ``heartbeat``, so pages that have gone are noticed and
/// dropped. On graceful shutdown it ends every page's stream, so the server can stop.
struct MapWatcher: Service {
    static let heartbeat: Duration = .seconds(15)

    let live: LiveMap
    let path: String
    /// How long to wait after a change before reading, so a save made in several writes is
    /// read once, whole.
    let debounce: Duration

    func run() async throws {
        let changes = FileChanges(path: path)
        let hub = live.events
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: Self.heartbeat)
                        hub.broadcast(.heartbeat)
                    }
                }
                for await _ in changes.events {
                    try? await Task.sleep(for: debounce)
                    _ = try? await live.reload()
                }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            hub.close()
            changes.stop()
        }
    }
}
