import Foundation
import Testing
@testable import PlaceGraphKit

/// Hostile and pathological files through `placegraph validate` and `analyze -o`, each in a
/// child limited to 100 MiB of memory (a run that needs more traps, and its exit status shows
/// it): the exit code, a located error, standard error of bounded size, and no output file.
@Suite("Hostile input through the command line")
struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let bytes: @Sendable () -> Data
        let status: Int32
        /// Text the run must print: the located error or warning, or the summary of a good map.
        let expected: String
        /// The most standard error may hold: one located error quotes a window of its line
        /// around the caret (at most 120 characters), never the whole line or file.
        var stderrLimit = 4 << 10
        var testDescription: String { name }
    }

    /// A refused long line is quoted as a window around its caret, so even a line of
    /// megabytes leaves no more on standard error than any other error.
    static let lineQuote = 4 << 10

    static func text(_ string: String) -> @Sendable () -> Data { { Data(string.utf8) } }

    static let map = "placegraph: 1\nplace: {name: T}\nservices:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"

    static let cases: [Case] = [
        Case(name: "YAML alias bomb", file: "bomb.yaml", bytes: text(InputLimitsTests.aliasBomb), status: 65,
             expected: "bomb.yaml:9:18: error: aliases expand the document past 4,000,000 values"),
        Case(name: "JSON nested 100,000 deep", file: "deep.json", bytes: text(String(repeating: "[", count: 100_000)),
             status: 65, expected: "deep.json:1:65: error: nesting is deeper than 64 levels", stderrLimit: lineQuote),
        Case(name: "YAML nested 100,000 deep in brackets", file: "deep.yaml",
             bytes: text(String(repeating: "[", count: 100_000)), status: 65,
             expected: "deep.yaml:1:1: error: nesting is deeper than 1,000 levels", stderrLimit: lineQuote),
        Case(name: "YAML nested 200 deep by indentation", file: "indent.yaml",
             bytes: text((0..<200).map { String(repeating: "  ", count: $0) + "k:\n" }.joined()), status: 65,
             expected: "indent.yaml:65:129: error: nesting is deeper than 64 levels"),
        Case(name: "a 5 MiB line of YAML", file: "line.yaml",
             bytes: text("placegraph: 1\nplace: {name: " + String(repeating: "x", count: 5 << 20) + "}\n"), status: 65,
             expected: "line.yaml:2:1048577: error: line 2 is longer than 1 MiB", stderrLimit: lineQuote),
        Case(name: "a 40 MiB file on one line", file: "huge.json",
             bytes: { Data(repeating: UInt8(ascii: "["), count: 40 << 20) }, status: 65,
             expected: "huge.json:1:1: error: the file is 40 MiB, more than the 32 MiB placegraph reads"),
        Case(name: "a CSV of 1,000,000 columns", file: "wide.csv",
             bytes: text(String(repeating: ",", count: 1_000_000) + "\n"), status: 65,
             expected: "wide.csv:1:10001: error: line 1 has more than 10,000 cells", stderrLimit: lineQuote),
        Case(name: "a CSV of 1,002,001 cells", file: "cells.csv", bytes: matrix(items: 1000), status: 65,
             expected: "cells.csv:1000:6: error: the file has more than 1,000,000 cells"),
        Case(name: "UTF-16 text", file: "utf16.yaml", bytes: { Data([0xFF, 0xFE]) + map.data(using: .utf16LittleEndian)! },
             status: 65, expected: "utf16.yaml:1:1: error: the file is UTF-16 text, not UTF-8"),
        Case(name: "YAML with a byte-order mark", file: "bom.yaml",
             bytes: { Data([0xEF, 0xBB, 0xBF]) + Data((map + "interactions:\n  - {from: a, to: b, effect: 2}\n").utf8) },
             status: 0, expected: "bom.yaml: ok: 2 services, 1 interaction"),
        Case(name: "JSON with a byte-order mark", file: "bom.json",
             bytes: { Data([0xEF, 0xBB, 0xBF]) + Data(#"{"placegraph": 1, "place": {"name": "T"}}"#.utf8) },
             status: 0, expected: "bom.json: ok: 0 interactions"),
        Case(name: "a hexadecimal effect", file: "hex.yaml",
             bytes: text(map + "interactions:\n  - {from: a, to: b, effect: 0x2}\n"), status: 65,
             expected: "hex.yaml:7:30: error: effect '0x2' is not a decimal number"),
        Case(name: "an effect too small to represent", file: "tiny.yaml",
             bytes: text(map + "interactions:\n  - {from: a, to: b, effect: 1e-400}\n"), status: 65,
             expected: "tiny.yaml:7:30: error: effect 1e-400 is too small to represent"),
        Case(name: "a bare sign in YAML", file: "sign.yaml",
             bytes: text(map + "interactions:\n  - {from: a, to: b, effect: +}\n"), status: 65,
             expected: "sign.yaml:7:30: error: a bare '+' is not an effect here"),
        Case(name: "a half written .5 and a quoted \"2\"", file: "half.yaml",
             bytes: text(map + "interactions:\n  - {from: a, to: b, effect: .5}\n  - {from: b, to: a, effect: \"2\"}\n"),
             status: 0, expected: "half.yaml: ok: 2 services, 2 interactions (2 reinforcing, 0 undermining)"),
        Case(name: "a CSV headed x,y,z", file: "xyz.csv", bytes: text("x,y,z\n1,2,3\n"), status: 65,
             expected: "xyz.csv:1:1: error: the CSV is neither an edge list nor a cross-impact matrix"),
        Case(name: "2,000 unused columns", file: "notes.csv",
             bytes: text("from,to,effect," + (0..<2000).map { "n\($0)" }.joined(separator: ",") + "\na,b,1"
                 + String(repeating: ",", count: 2000) + "\n"),
             status: 0, expected: "notes.csv:1:16: warning: 2,000 unused columns: 'n0', 'n1', 'n2', … (1,997 more)"),
    ]

    /// A cross-impact matrix of `items` items: a corner cell, then one row per item.
    static func matrix(items: Int) -> @Sendable () -> Data {
        {
            let names = (0..<items).map { "i\($0)" }
            var text = "x," + names.joined(separator: ",") + "\n"
            let zeros = Array(repeating: "0", count: items).joined(separator: ",")
            for name in names { text += name + "," + zeros + "\n" }
            return Data(text.utf8)
        }
    }

    @Test("validate and analyze -o refuse or read it, in bounded memory and output", arguments: cases)
    func hostile(_ testCase: Case) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try testCase.bytes().write(to: folder.appendingPathComponent(testCase.file))
        for arguments in [["validate", testCase.file], ["analyze", testCase.file, "-o", "out.json"]] {
            let run = try LimitedRun.run(arguments, in: folder)
            let command = arguments[0]
            #expect(run.status == testCase.status, "\(command): \(run.stderrText.prefix(500))")
            #expect(run.stderr.count <= testCase.stderrLimit, "\(command): \(run.stderr.count) bytes of standard error")
            if command == "validate" || testCase.status != 0 {
                let printed = String(decoding: run.stdout, as: UTF8.self) + run.stderrText
                #expect(printed.contains(testCase.expected), "\(command): \(printed.prefix(500))")
            }
            if testCase.status != 0 {
                #expect(run.stdout.isEmpty)
                #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))
            }
        }
    }

    @Test("a pipe is read only up to the size cap, and a small one reads like a file")
    func pipes() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes, status, expected) in [
            ("endless.yaml", "yes placegraph | head -c 41943040", Int32(65),
             "endless.yaml:1:1: error: the input is more than the 32 MiB placegraph reads"),
            ("small.yaml", "printf 'placegraph: 1\\nplace: {name: Piped}\\n'", Int32(0), "small.yaml: ok: 0 interactions"),
        ] {
            let fifo = folder.appendingPathComponent(name).path
            #expect(mkfifo(fifo, 0o600) == 0)
            let writer = Process()
            writer.executableURL = URL(fileURLWithPath: "/bin/sh")
            writer.arguments = ["-c", "\(bytes) > \"$0\"", fifo]
            try writer.run()
            let run = try LimitedRun.run(["validate", name], in: folder)
            // Should the run never have opened the pipe, opening it here frees the writer.
            close(open(fifo, O_RDONLY | O_NONBLOCK))
            writer.waitUntilExit()
            #expect(run.status == status, "\(run.stderrText.prefix(500))")
            let printed = String(decoding: run.stdout, as: UTF8.self) + run.stderrText
            #expect(printed.contains(expected), "\(printed.prefix(500))")
        }
    }
}
