import Foundation
import Testing
@testable import placegraph
import PlaceGraphKit
@testable import PlaceGraphPresentation

/// What the command line writes to a terminal: user text escaped, colour only from styles, and
/// a diagnostic on a huge one-line file kept short.
@Suite("placegraph on a terminal")
struct TerminalOutputTests {
    static let map = """
        placegraph: 1
        place: {name: "Estate \\e]0;title\\a"}
        services:
          - id: a
            name: A
            objectives: [{id: x, text: X}]
          - id: b
            name: B
            objectives: [{id: y, text: Y}]
        interactions:
          - {from: x, to: y, effect: -2, because: "red \\e[31m and \\u202Eevil\\u202C"}
        """

    @Test("analyze shows control and bidirectional characters in labels escaped")
    func analyze() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.map.write(to: folder.appendingPathComponent("map.yaml"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["analyze", "map.yaml", "--as-of", "2026-11-28"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("because: red \\e[31m and \\u{202E}evil\\u{202C}"))
        #expect(run.stdout.hasPrefix("Estate \\e]0;title\\u{7}: analysis"))
        #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }

    @Test("a diagnostic quotes a window of a huge one-line file and escapes what it quotes")
    func hugeLine() throws {
        let folder = try TestSupport.temporaryFolder()
        let name = String(repeating: "n", count: 2_000_000)
        let json = #"{"placegraph": 1, "place": {"name": "\#(name)", "bogus\u001b[2J": 1}}"#
        try json.write(to: folder.appendingPathComponent("map.json"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["validate", "map.json"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.utf8.count < 1_000, "\(run.stderr.utf8.count) bytes on standard error")
        #expect(run.stderr.contains("…"))
        #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test("styles become ANSI colour only when asked, and never span a line break")
    func colour() {
        let lines: StyledText = "a\nb"
        let text: StyledText = "\(StyledText("TITLE", .emphasis)) plain \(lines.styled(.conflict))\n"
        #expect(Console.rendered(text, color: false) == "TITLE plain a\nb\n")
        #expect(Console.rendered(text, color: true)
                == "\u{1B}[1mTITLE\u{1B}[0m plain \u{1B}[38;5;166ma\u{1B}[0m\n\u{1B}[38;5;166mb\u{1B}[0m\n")
    }

    @Test("every library error maps to its exit code in one place")
    func exitCodes() {
        #expect(CLIFailure(MapReadError.unknownFormat(path: "m.txt")).code == 64)
        #expect(CLIFailure(MapReadError.unknownFormat(path: "m.txt")).message?.hasSuffix("or pass --input-format yaml, json, csv or xlsx") == true)
        #expect(CLIFailure(LoopSearchError.unknownItem("q", suggestion: nil)).code == 64)
        #expect(CLIFailure(BalanceError.solverFailed(reason: "x")).code == 70)
        #expect(CLIFailure(RenderError.invalidDepth(-1)).code == 64)
        #expect(CLIFailure(RenderError.layoutFailed("x")).code == 70)
    }

    @Test("shell completions name every command", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let run = try TestSupport.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        for command in ["validate", "init", "report", "render", "analyze", "timeline", "loops", "balance"] {
            #expect(run.stdout.contains(command), "\(shell) completion lacks \(command)")
        }
    }
}
