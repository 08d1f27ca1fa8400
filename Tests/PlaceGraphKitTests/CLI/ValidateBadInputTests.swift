import Foundation
import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Every bad input of ``BadInputTests`` through the command line: exit 65, the exact
/// `file:line:column: error: message` line, the quoted line with a caret, and no output.
@Suite("placegraph validate on bad input")
struct ValidateBadInputTests {
    @Test("exits 65 and prints the located error", arguments: BadInputTests.cases)
    func located(_ testCase: BadInputTests.Case) throws {
        let folder = try TestSupport.temporaryFolder()
        let file = "map.\(testCase.format.rawValue)"
        try Data(testCase.text.utf8).write(to: folder.appendingPathComponent(file))
        let run = try TestSupport.run(["validate", file], in: folder)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(file):\(testCase.line):\(testCase.column): error: \(testCase.message)"), "\(run.stderr)")
        #expect(run.stderr.contains("^"))
        #expect(run.stderr.contains("nothing was written"))
    }

    @Test("binary garbage exits 65, never a crash")
    func binary() throws {
        let folder = try TestSupport.temporaryFolder()
        var bytes = [UInt8]()
        var state: UInt64 = 42
        for _ in 0..<4096 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            bytes.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        for name in ["garbage.yaml", "garbage.json", "garbage.csv"] {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
            let run = try TestSupport.run(["validate", name], in: folder)
            #expect(run.status == 65, "\(name): \(run.stderr)")
            #expect(run.stderr.contains("\(name):1:"))
        }
    }
}
