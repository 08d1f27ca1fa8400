import Foundation
import Testing
@testable import PlaceGraphKit

/// The Mermaid flowchart: its grammar line by line, and labels that hostile text cannot break.
@Suite("Mermaid flowcharts")
struct MermaidWriterTests {
    func text(_ map: PlaceMap) throws -> String { String(decoding: try MermaidWriter().data(for: map), as: UTF8.self) }

    @Test("every line is a statement Mermaid's flowchart grammar knows, and every label is quoted")
    func grammar() throws {
        let map = try #require(try MapLoader.load(path: TestSupport.example("map.yaml")).graph?.map)
        let lines = try text(map).split(separator: "\n").map(String.init)
        let patterns = [
            #"^%% .*$"#, #"^flowchart LR$"#, #"^    classDef (service|contract|objective|factor) [a-zA-Z0-9:#,-]+$"#,
            #"^    subgraph s\d+\["[^"]*"\]$"#, #"^    end$"#,
            #"^ {4,8}n\d+(\["[^"]*"\]|\[\["[^"]*"\]\]|\("[^"]*"\)):::(service|contract|objective|factor)$"#,
            #"^    n\d+ (<?-->|<?-\.->|-\.-)\|"[^"|]*"\| n\d+$"#, #"^    linkStyle [\d,]+ stroke:#[0-9A-F]{6},stroke-width:[\d.]+px$"#,
        ]
        for line in lines {
            #expect(patterns.contains { line.range(of: $0, options: .regularExpression) != nil }, "\(line)")
        }
        let links = lines.filter { $0.contains("|\"") }.count
        #expect(links == map.interactions.count)
        let styled = lines.filter { $0.hasPrefix("    linkStyle") }.flatMap { $0.split(separator: " ")[1].split(separator: ",") }.compactMap { Int($0) }
        #expect(styled.sorted() == Array(0..<links))
        #expect(lines.filter { $0.contains(":::") }.count == map.services.count + map.services.flatMap(\.objectives).count
            + map.services.flatMap(\.contracts).count + map.services.flatMap(\.contracts).flatMap(\.objectives).count)
    }

    @Test("reinforcing is solid, undermining dotted, mutual two-headed, coloured by sign")
    func grammarOfSigns() throws {
        let map = PlaceMap(place: Place(name: "T"), services: [Service(id: "a", name: "A"), Service(id: "b", name: "B"), Service(id: "c", name: "C")],
                           interactions: [Interaction(from: "a", to: "b", effect: Effect(2)!),
                                          Interaction(from: "b", to: "c", effect: Effect(-3)!, mutual: true),
                                          Interaction(from: "c", to: "a", effect: Effect(0)!)])
        let out = try text(map)
        #expect(out.contains("    n0 -->|\"+2\"| n1\n"))
        #expect(out.contains("    n1 <-.->|\"-3\"| n2\n"))
        #expect(out.contains("    n2 -.-|\"0\"| n0\n"))
        #expect(out.contains("    linkStyle 0 stroke:#0072B2,stroke-width:3px\n"))
        #expect(out.contains("    linkStyle 1 stroke:#D55E00,stroke-width:4px\n"))
    }

    @Test("hostile labels are entity-coded, so no quote, bar, bracket or directive survives raw", arguments: [
        "say \"hi\"", "a | b", "end", "%%{init: {'securityLevel': 'loose'}}%%", "<script>alert(1)</script>", "#quot; & #35;",
        "click n0 href \"javascript:alert(1)\"", "two\nlines", "`md` *x* _y_", "back\\slash", "bidi \u{202E}evil", "[x] (y) {z};",
    ])
    func hostile(label: String) throws {
        let map = PlaceMap(place: Place(name: "T"), services: [Service(id: "a", name: label)], interactions: [])
        let lines = try text(map).split(separator: "\n").map(String.init)
        let node = try #require(lines.first { $0.hasSuffix(":::service") })
        let inside = String(node.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" })
        #expect(node == "        n0[\"\(inside)\"]:::service")
        let bare = inside.replacingOccurrences(of: "#[a-z0-9]+;", with: "", options: .regularExpression)
        for raw in ["\"", "|", "<", ">", "`", "%", "\\", "[", "]", "{", "}", "(", ")", ";", "#", "\n", "\u{202E}"] {
            #expect(!bare.contains(raw), "\(raw) in \(inside)")
        }
        #expect(MermaidDecoding.decoded(inside) == label.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{202E}", with: "\u{FFFD}"))
    }
}

/// Mermaid's entity codes read back, as its renderer does, to check nothing was lost.
enum MermaidDecoding {
    static func decoded(_ text: String) -> String {
        var out = "", rest = Substring(text)
        while let hash = rest.firstIndex(of: "#") {
            out += rest[..<hash]
            let after = rest[rest.index(after: hash)...]
            guard let semicolon = after.firstIndex(of: ";") else { out += rest[hash...]; return out }
            let code = after[..<semicolon]
            if code == "quot" { out += "\"" } else if let value = UInt32(code), let scalar = Unicode.Scalar(value) { out.unicodeScalars.append(scalar) }
            rest = after[after.index(after: semicolon)...]
        }
        return out + rest
    }
}
