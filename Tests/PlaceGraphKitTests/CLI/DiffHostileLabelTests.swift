import Foundation
import Testing

/// Hostile labels through every `diff` output: nothing a terminal acts on reaches the text,
/// no raw HTML or broken table row reaches the Markdown, and the JSON reads back exactly.
@Suite("diff with hostile labels")
struct DiffHostileLabelTests {
    static let hostile = "Tests/PlaceGraphKitTests/Fixtures/hostile.yaml"
    static let small = "Tests/PlaceGraphKitTests/Fixtures/small.yaml"

    static func run(_ format: String, _ old: String, _ new: String) throws -> String {
        let run = try TestSupport.run(["diff", old, new, "--format", format, "--as-of", "2026-11-28"], in: TestSupport.packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    static func terminalControls(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    @Test("text escapes control and bidirectional characters, in both directions", arguments: [true, false])
    func text(added: Bool) throws {
        let output = try Self.run("text", added ? Self.small : Self.hostile, added ? Self.hostile : Self.small)
        #expect(!output.unicodeScalars.contains(where: Self.terminalControls))
        #expect(output.contains("escape\\e"))
        #expect(output.contains("\\u{202E}evil"))
    }

    @Test("Markdown shows no raw HTML and keeps every table row on one line", arguments: [true, false])
    func markdown(added: Bool) throws {
        let output = try Self.run("markdown", added ? Self.small : Self.hostile, added ? Self.hostile : Self.small)
        #expect(!output.unicodeScalars.contains(where: Self.terminalControls))
        for tag in ["<script", "<img", "<svg", "<!--"] {
            #expect(!output.contains(tag), "raw \(tag)")
        }
        #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("|") {
            #expect(line.hasSuffix("|"), "a broken table row: \(line)")
        }
    }

    @Test("JSON escapes what a terminal acts on and reads back every label exactly")
    func json() throws {
        let output = try Self.run("json", Self.small, Self.hostile)
        #expect(!output.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x7F...0x9F).contains($0.value) })
        let json = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let added = try #require((json["items"] as? [String: Any])?["added"] as? [[String: Any]])
        let names = Dictionary(uniqueKeysWithValues: added.map { ($0["id"] as! String, $0["name"] as! String) })
        #expect(names["obj-scripts"] == "Ελληνικά русский 日本語 العربية עברית हिन्दी \u{202E}evil\u{202C}")
        #expect(names["obj-newline"] == "line one\nline two\tafter a tab\r\nwindows\u{2028}separator")
        #expect(names["svc\" -> n1 [URL=\"javascript:alert(1)\"] //"] == "<script>alert(1)</script>")
    }
}
