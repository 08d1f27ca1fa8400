import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("placegraph serve")
struct ServeCommandTests {
    @Test("a map with errors is refused with its located errors and exit 65")
    func invalidMap() throws {
        let folder = try TestSupport.temporaryFolder()
        let map = folder.appendingPathComponent("map.yaml")
        try Data("placegraph: 1\nplace:\n  name: X\n  colour: red\n".utf8).write(to: map)
        let run = try TestSupport.run(["serve", map.path, "--port", "0"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("map.yaml:4:3: error:"))
        #expect(run.stderr.contains("colour: red"))
        #expect(run.stdout.isEmpty)
    }

    @Test("a port out of range is a usage error")
    func badPort() throws {
        let run = try TestSupport.run(["serve", TestSupport.example("map.yaml"), "--port", "70000"])
        #expect(run.status == 64)
    }

    @Test("it prints the URL with the port it listens on, serves the page, and stops on Ctrl-C",
          arguments: [("127.0.0.1", false), ("0.0.0.0", true)])
    func servesAndStops(host: String, needsToken: Bool) throws {
        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["serve", TestSupport.example("map.yaml"), "--port", "0", "--host", host]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var printed = ""
        while !printed.contains("\n"), process.isRunning {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let url = try #require(printed.firstMatch(of: /http:\/\/\S+/).map { String($0.output) })
        let port = try #require(url.firstMatch(of: /:(\d+)\//).flatMap { Int($0.output.1) })
        #expect(port > 0)
        if needsToken {
            #expect(url.firstMatch(of: /\?token=[0-9a-f]{64}$/) != nil)
        } else {
            #expect(url == "http://127.0.0.1:\(port)/")
        }
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/state")!)
        request.timeoutInterval = 10
        let status = try Self.status(of: request)
        #expect(status == (needsToken ? 401 : 200))
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
    }

    /// The status of a plain GET, waited for on this thread.
    static func status(of request: URLRequest) throws -> Int {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var code = -1
        URLSession.shared.dataTask(with: request) { _, response, _ in
            code = (response as? HTTPURLResponse)?.statusCode ?? -1
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 15)
        return code
    }
}
