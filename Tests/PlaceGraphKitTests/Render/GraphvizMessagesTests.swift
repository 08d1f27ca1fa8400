import Foundation
import Testing
@testable import PlaceGraphKit

/// Graphviz's path planner prints straight to standard error; placegraph captures those
/// lines under the renderer's lock and hands them back as counted warnings.
@Suite("Graphviz's messages: captured, de-duplicated and counted")
struct GraphvizMessagesTests {
    /// `copies` copies of a layout whose edges the path planner cannot route: nodes on one
    /// rank with almost no separation (nodesep 0.02).
    static func unroutable(copies: Int) -> String {
        let parts = (0..<copies).map { "subgraph s\($0) { rank=same; a\($0); b\($0); x\($0) } a\($0) -> x\($0); b\($0) -> x\($0); " }
        return "digraph { graph [nodesep=0.02]; node [shape=point]; " + parts.joined() + "}"
    }

    /// Runs `body` with this process's standard error going to a file, and returns what was
    /// written there; it is written back afterwards so no other test's output is lost.
    private func standardError<T>(during body: () throws -> T) throws -> (T, String) {
        let file = try TestSupport.temporaryFolder().appendingPathComponent("stderr.txt")
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        dup2(descriptor, STDERR_FILENO)
        close(descriptor)
        let result = Result { try body() }
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        let text = try String(contentsOf: file, encoding: .utf8)
        FileHandle.standardError.write(Data(text.utf8))
        return (try result.get(), text)
    }

    @Test("the path planner's lines come back counted, and none reaches standard error")
    func pathPlanner() throws {
        let ((data, warnings), leaked) = try standardError { try GraphvizRenderer.render(dot: Self.unroutable(copies: 3)) }
        #expect(!data.isEmpty)
        #expect(warnings.contains("Graphviz warned 3 times: triangulation failed"), "\(warnings)")
        #expect(warnings.contains("Graphviz warned 3 times: in routesplines, Pshortestpath failed"), "\(warnings)")
        #expect(warnings.contains("Graphviz warned: lost a0 x0 edge"), "\(warnings)")
        #expect(!leaked.contains("triangulation") && !leaked.contains("libpath"))
    }

    @Test("a tally groups thousands and keeps at most 20 distinct messages")
    func tally() {
        var tally = MessageTally()
        for _ in 0..<2_256 { tally.add("triangulation failed") }
        #expect(tally.lines == ["Graphviz warned 2,256 times: triangulation failed"])
        var many = MessageTally()
        for index in 0..<25 { many.add("message \(index)") }
        many.add("message 3")
        #expect(many.lines.count == 21)
        #expect(many.lines[3] == "Graphviz warned 2 times: message 3")
        #expect(many.lines.last == "Graphviz warned 5 more times with other messages")
    }

    @Test("lines that are not Graphviz's pass through; its own are recognised")
    func classification() {
        #expect(StandardErrorCapture.graphvizMessage("libpath/shortest.c:324: triangulation failed\n") == "triangulation failed")
        #expect(StandardErrorCapture.graphvizMessage("Warning: node a, port b unrecognized") == "node a, port b unrecognized")
        #expect(StandardErrorCapture.graphvizMessage("Fontconfig warning: ignoring C.UTF-8") == "Fontconfig warning: ignoring C.UTF-8")
        #expect(StandardErrorCapture.graphvizMessage("✔ Test \"something\" passed after 0.1 seconds.") == nil)
    }
}
