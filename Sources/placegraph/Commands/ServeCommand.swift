import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation
import PlaceGraphServer

/// `placegraph serve MAP`: the live workshop page, updated on every save of the map.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a live workshop page of the map that updates on every save.",
        discussion: """
            Prints the URL to open. The page draws the map, shows every finding, and updates within a moment \
            whenever the file is saved; a save with errors shows them on the page while the last good map stays. \
            With --edit the page also takes scores, written into the map file changing only that interaction's \
            lines. It listens on 127.0.0.1 unless --host names another address; then it prints a join URL \
            carrying a random access token, and refuses every request without it. Ctrl-C stops it.
            """
    )

    @OptionGroup var input: MapInput
    @OptionGroup var asOf: AsOfOption

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: ArgumentHelp("The address to listen on.",
                               discussion: "Any address but 127.0.0.1 (0.0.0.0 for every network) requires the printed join URL's token.",
                               valueName: "address"))
    var host = WorkshopServerOptions.loopback

    @Flag(help: "Let the page add interactions and change their scores, writing them into the map file.")
    var edit = false

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be from 0 to 65535, not \(port)")
        }
    }

    func run() throws {
        var options = WorkshopServerOptions(mapPath: input.map, format: input.inputFormat?.format, host: host, port: port,
                                            editable: edit, asOf: try asOf.date())
        if options.needsToken { options.token = AccessToken.random() }
        let server: WorkshopServer
        do {
            server = try WorkshopServer(options: options)
        } catch let WorkshopServerError.invalidMap(result) {
            try MapInput.report(result, for: input.map)
            throw CLIFailure.badData
        } catch let error as WorkshopServerError {
            throw CLIFailure.usage(error.description)
        }
        try Self.serve(server, options: options)
    }

    /// Runs the server until Ctrl-C or SIGTERM, which stop it gracefully, then ends the
    /// process by that signal as every command does.
    private static func serve(_ server: WorkshopServer, options: WorkshopServerOptions) throws {
        let stopped = StopSignal()
        Interrupts.onNextSignal { signal in
            stopped.set(signal)
            Task { await server.stop() }
        }
        let finished = DispatchSemaphore(value: 0)
        let outcome = RunOutcome()
        Task {
            do {
                try await server.run { port in
                    let url = options.joinURL(port: port, hostName: ProcessInfo.processInfo.hostName)
                    let mode = options.editable ? "taking edits" : "read-only"
                    Console.standardOutput.write("placegraph: serving \(options.mapPath) (\(mode)) at \(url)\n" as StyledText)
                    Console.standardOutput.write("placegraph: press Ctrl-C to stop\n")
                }
            } catch {
                outcome.set(error)
            }
            finished.signal()
        }
        finished.wait()
        if let signal = stopped.value {
            Console.standardError.write("placegraph: stopped\n")
            Interrupts.end(by: signal)
        }
        if let error = outcome.error { throw CLIFailure.usage(String(describing: error)) }
    }
}

/// A value one thread sets and another reads once the server has stopped.
private final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var signal: Int32?

    var value: Int32? { lock.withLock { signal } }
    func set(_ value: Int32) { lock.withLock { signal = value } }
}

/// The error the server stopped with, if any.
private final class RunOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
