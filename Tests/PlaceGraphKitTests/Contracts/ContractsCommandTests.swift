import Foundation
import Testing
@testable import PlaceGraphKit

/// `placegraph contracts` run as a user runs it, on the council packages in `data/`.
@Suite("The contracts command")
struct ContractsCommandTests {
    static let fixtures = ContractRegisterTests.fixtures
    static let councils = TestSupport.publishedData.appendingPathComponent("ocds-uk-councils")

    /// A copy of the fixture map in a fresh folder, so `--update` can change it.
    func copyOfMap() throws -> (folder: URL, map: URL, original: String) {
        let folder = try TestSupport.temporaryFolder()
        let map = folder.appendingPathComponent("map.yaml")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("map.yaml"), to: map)
        return (folder, map, try String(contentsOf: map, encoding: .utf8))
    }

    /// The award's contract period of an OCDS file, read with Foundation's JSON parser: the
    /// second method the command's result is checked against.
    func awardPeriod(ocid: String) throws -> (start: String, end: String) {
        let data = try Data(contentsOf: Self.councils.appendingPathComponent("\(ocid).json"))
        let package = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let release = try #require((package["releases"] as? [[String: Any]])?.first)
        let award = try #require((release["awards"] as? [[String: Any]])?.first)
        let period = try #require(award["contractPeriod"] as? [String: Any])
        return (String(try #require(period["startDate"] as? String).prefix(10)), String(try #require(period["endDate"] as? String).prefix(10)))
    }

    @Test("the report names each contract's fields against the published ones, and what is not in the map")
    func report() throws {
        let run = try TestSupport.run(["contracts", Self.fixtures.appendingPathComponent("map.yaml").path,
                                       "--from", Self.councils.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let counts = try #require(document["counts"] as? [String: Int])
        #expect(counts["contracts"] == 8 && counts["linked"] == 7 && counts["found"] == 7 && counts["unmatched"] == 37)
        let contracts = try #require(document["contracts"] as? [[String: Any]])
        let counselling = try #require(contracts.first { $0["id"] as? String == "counselling" })
        let fields = try #require(counselling["fields"] as? [[String: Any]])
        let supplier = try #require(fields.first { $0["field"] as? String == "supplier" })
        #expect(supplier["state"] as? String == "agrees")
        let end = try #require(fields.first { $0["field"] as? String == "end" })
        #expect(end["state"] as? String == "missing-in-map" && end["from"] as? String == "awards[].contractPeriod.endDate")
        let text = try TestSupport.run(["contracts", Self.fixtures.appendingPathComponent("map.yaml").path, "--from", Self.councils.path])
        #expect(text.stdout.contains("    end        map 2022-04-01, published 2021-04-01 (awards[].contractPeriod.endDate): differs"))
        #expect(text.stdout.contains("local-grant: A grant never published, no ocid or register reference; not compared"))
    }

    @Test("--update writes the awards' contract periods: timeline JSON then carries exactly those, and no other line changed")
    func update() throws {
        let (_, map, original) = try copyOfMap()
        let run = try TestSupport.run(["contracts", map.path, "--from", Self.councils.path, "--update"])
        #expect(run.status == 0, "\(run.stderr)")
        let updated = try String(contentsOf: map, encoding: .utf8)
        let loaded = try #require(MapLoader.load(path: map.path).graph?.map)
        let timeline = try TestSupport.run(["timeline", map.path, "--as-of", "2021-01-01", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [String: Any])
        let entries = try #require(document["contracts"] as? [[String: Any]])
        var checked = 0
        for contract in loaded.services.flatMap(\.contracts) {
            let entry = try #require(entries.first { $0["id"] as? String == contract.id })
            guard let ocid = contract.ocid else {
                #expect(entry["end"] == nil)
                continue
            }
            let period = try awardPeriod(ocid: ocid)
            #expect(entry["start"] as? String == period.start, "\(contract.id)")
            #expect(entry["end"] as? String == period.end, "\(contract.id)")
            checked += 1
        }
        #expect(checked == 7)
        // Every line of the original is still there, in order, but the date lines replaced.
        let kept = original.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            !line.contains("start:") && !line.contains("end:") && !line.contains("{id: geotech")
        }
        let after = updated.split(separator: "\n", omittingEmptySubsequences: false)
        var position = after.startIndex
        for line in kept {
            guard let found = after[position...].firstIndex(of: line) else {
                Issue.record("line '\(line)' was lost")
                break
            }
            position = found + 1
        }
        #expect(updated.contains("        end: 2020-05-31          # from the old tender notice\n"))
        #expect(updated.contains("supplier: \"Solmek Ltd; Ian Farmer Associates (1998) Limited; Dunelm Geotechnical and Environmental Limited\""))
        #expect(!updated.contains("supplier: Eden Training"), "a framework of 15 suppliers is not written")
        let again = try TestSupport.run(["contracts", map.path, "--from", Self.councils.path, "--format", "json"])
        #expect(again.stdout.contains("\"missingInMap\" : 1") || again.stdout.contains("\"missingInMap\": 1"))
        #expect(!again.stdout.contains("\"state\" : \"differs\""))
    }

    @Test("malformed OCDS: every problem located by file and JSON pointer, exit 65, the map left as it was")
    func malformed() throws {
        let (folder, map, original) = try copyOfMap()
        let published = folder.appendingPathComponent("published")
        try FileManager.default.createDirectory(at: published, withIntermediateDirectories: true)
        try """
            {"releases": [
              {"ocid": "ocds-b5fd17raw-008e7376-6d53-4e59-892b-8abf09a0470e",
               "awards": [{"contractPeriod": {"startDate": "2020-03-09", "endDate": "the end of May"}}]},
              {"ocid": "x", "awards": [{"value": {"amount": -5}}]}
            ]}
            """.write(to: published.appendingPathComponent("package.json"), atomically: true, encoding: .utf8)
        try "not json".write(to: published.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["contracts", "map.yaml", "--from", "published", "--update"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("published/package.json: /releases/0/awards/0/contractPeriod/endDate: error: malformed date 'the end of May'\n 3 |"))
        #expect(run.stderr.contains("published/package.json: /releases/1/awards/0/value/amount: error:"))
        #expect(run.stderr.contains("published/broken.json:1:1: error: malformed JSON"))
        #expect(run.stderr.contains("3 errors in the published data or the mapping; nothing was written"))
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOf: map, encoding: .utf8) == original)
    }

    @Test("an update that would make the map invalid is refused with the diagnostics, and nothing is written")
    func refused() throws {
        let (folder, map, _) = try copyOfMap()
        let stale = try String(contentsOf: map, encoding: .utf8)
            .replacingOccurrences(of: "        supplier: Making Space\n", with: "        supplier: Making Space\n        end: 2020-12-31\n        extension: 2021-06-30\n")
        try stale.write(to: map, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["contracts", "map.yaml", "--from", Self.councils.path, "--update"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("error: extension (2021-06-30) is not after the end (2023-07-31)"))
        #expect(run.stderr.contains("nothing was written"))
        #expect(try String(contentsOf: map, encoding: .utf8) == stale)
    }

    @Test("a register and a mapping: the mapped contract is compared, and --update records its reference as the ocid")
    func registerAndMapping() throws {
        let (folder, map, _) = try copyOfMap()
        let run = try TestSupport.run(["contracts", "map.yaml", "--from", Self.fixtures.appendingPathComponent("register.csv").path,
                                       "--mapping", Self.fixtures.appendingPathComponent("mapping.csv").path, "--update"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("local-grant: A grant never published, by the mapping's ocid 'TC-0042'"))
        let grant = try #require(MapLoader.load(path: map.path).graph?.map.services.flatMap(\.contracts).first { $0.id == "local-grant" })
        #expect(grant.ocid == "TC-0042")
        #expect(grant.end == CalendarDate(iso: "2025-03-31") && grant.extensionEnd == CalendarDate(iso: "2026-03-31"))
        #expect(grant.value == 45000 && grant.supplier == "Age UK Test")
    }

    @Test("--update needs a YAML or JSON map")
    func updateNeedsText() throws {
        let folder = try TestSupport.temporaryFolder()
        let csv = folder.appendingPathComponent("edges.csv")
        try "from,to,effect\na,b,1\n".write(to: csv, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["contracts", csv.path, "--from", Self.councils.path, "--update"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--update edits YAML and JSON maps in place"))
    }
}
