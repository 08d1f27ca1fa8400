import Foundation
import Testing

@Suite("placegraph analyze, timeline and agenda")
struct AnalyzeCommandTests {
    static let map = TestSupport.example("map.yaml")

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("--format json has the SPEC keys, rounded numbers, sorted keys and a trailing newline")
    func json() throws {
        let run = try TestSupport.run(["analyze", Self.map, "--format", "json", "--as-of", "2026-11-28"])
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("}\n"))
        let object = try Self.json(run.stdout)
        for key in ["conflicts", "synergies", "influence", "notes", "level", "asOf", "micmac"] {
            #expect(object[key] != nil, "missing '\(key)'")
        }
        let conflicts = try #require(object["conflicts"] as? [[String: Any]])
        let first = try #require(conflicts.first)
        for key in ["kind", "from", "to", "severity", "path", "window", "suppliers", "owners", "contracts"] {
            #expect(first[key] != nil, "a conflict lacks '\(key)'")
        }
        let synergy = try #require((object["synergies"] as? [[String: Any]])?.first)
        #expect(synergy["kind"] != nil && synergy["items"] != nil && synergy["strength"] != nil)
        let influence = try #require((object["influence"] as? [[String: Any]])?.first)
        for key in ["item", "out", "in", "net", "quadrant"] { #expect(influence[key] != nil) }
        // No float noise: at most four decimals anywhere.
        #expect(run.stdout.range(of: #"\d\.\d{5,}"#, options: .regularExpression) == nil)
        #expect(run.stdout.contains("\"asOf\" : \"2026-11-28\""))
    }

    @Test("--fail-on exits 1 after writing when findings exist, 0 when none")
    func failOn() throws {
        let failing = try TestSupport.run(["analyze", Self.map, "--fail-on", "contract-conflicts", "--as-of", "2026-11-28"])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("CONFLICTS"))
        #expect(failing.stderr.contains("13 contract contradictions found"))
        #expect(try TestSupport.run(["analyze", Self.map, "--fail-on", "conflicts"]).status == 1)

        let folder = try TestSupport.temporaryFolder()
        let calm = folder.appendingPathComponent("calm.csv")
        try "from,to,effect\na,b,2\nb,c,1\n".write(to: calm, atomically: true, encoding: .utf8)
        #expect(try TestSupport.run(["analyze", calm.path, "--fail-on", "conflicts"]).status == 0)
        let contractless = folder.appendingPathComponent("tense.csv")
        try "from,to,effect\na,b,-2\n".write(to: contractless, atomically: true, encoding: .utf8)
        #expect(try TestSupport.run(["analyze", contractless.path, "--fail-on", "contract-conflicts"]).status == 0)
        #expect(try TestSupport.run(["analyze", contractless.path, "--fail-on", "conflicts"]).status == 1)
    }

    @Test("--fail-on gives the same verdict at service level: contract contradictions survive the roll-up")
    func failOnAtServiceLevel() throws {
        let contracts = try TestSupport.run(["analyze", Self.map, "--level", "services", "--fail-on", "contract-conflicts",
                                             "--as-of", "2026-11-28"])
        #expect(contracts.status == 1)
        #expect(contracts.stderr.contains("9 contract contradictions found"))
        let any = try TestSupport.run(["analyze", Self.map, "--level", "services", "--fail-on", "conflicts", "--as-of", "2026-11-28"])
        #expect(any.status == 1)
    }

    @Test("agenda: entries in decide-by order in every format, --within keeps the decisions due in time")
    func agenda() throws {
        let json = try TestSupport.run(["agenda", Self.map, "--format", "json", "--as-of", "2026-11-28"])
        #expect(json.status == 0)
        let object = try Self.json(json.stdout)
        let entries = try #require(object["entries"] as? [[String: Any]])
        let due = entries.compactMap { $0["decideBy"] as? String }
        #expect(due == due.sorted() && !due.isEmpty)
        for key in ["contract", "window", "windowState", "decideBy", "overdue", "conflicts", "synergies"] {
            #expect(entries[0][key] != nil, "an entry lacks '\(key)'")
        }
        let within = try TestSupport.run(["agenda", Self.map, "--format", "json", "--as-of", "2026-11-28", "--within", "3m"])
        let kept = try #require(try Self.json(within.stdout)["entries"] as? [[String: Any]])
        // Every decision kept falls due by 2027-02-28, three months on; overdue ones stay.
        #expect(kept.allSatisfy { ($0["decideBy"] as? String ?? "9999") <= "2027-02-28" })
        #expect(kept.count < entries.count && kept.contains { $0["overdue"] as? Bool == true })
        let text = try TestSupport.run(["agenda", Self.map, "--as-of", "2026-11-28"])
        #expect(text.stdout.contains("1. decide by 2025-09-30 (overdue) · estate-cleansing: Estate cleansing"))
        let markdown = try TestSupport.run(["agenda", Self.map, "--format", "markdown", "--as-of", "2026-11-28"])
        #expect(markdown.stdout.hasPrefix("# Decision agenda: Camden: Fernhead Gardens Estate\n"))
    }

    @Test("timeline --within lists only the decisions due within the span; a bad span is bad usage")
    func within() throws {
        let run = try TestSupport.run(["timeline", Self.map, "--format", "json", "--as-of", "2026-11-28", "--within", "18m"])
        let object = try Self.json(run.stdout)
        let contracts = try #require(object["contracts"] as? [[String: Any]])
        // 18 months on from 2026-11-28 is 2028-05-28.
        #expect(contracts.allSatisfy { ($0["decideBy"] as? String ?? "9999") <= "2028-05-28" })
        #expect(contracts.count + (object["leftOut"] as? Int ?? -1) == 13)
        #expect(object["within"] as? String == "18m")
        for command in ["timeline", "agenda"] {
            let bad = try TestSupport.run([command, Self.map, "--within", "soon"])
            #expect(bad.status == 64)
            #expect(bad.stderr.contains("'soon' is not a duration for --within"))
            #expect(bad.stdout.isEmpty)
        }
    }

    @Test("a bad --as-of or --fail-on is bad usage, 64, with a hint")
    func badUsage() throws {
        for date in ["2026-13-01", "28/11/2026", "2026-02-30"] {
            let run = try TestSupport.run(["analyze", Self.map, "--as-of", date])
            #expect(run.status == 64)
            #expect(run.stderr.contains("'\(date)' is not a date for --as-of; write it as YYYY-MM-DD"))
            #expect(run.stdout.isEmpty)
        }
        #expect(try TestSupport.run(["timeline", Self.map, "--as-of", "soon"]).status == 64)
        #expect(try TestSupport.run(["analyze", Self.map, "--fail-on", "everything"]).status == 64)
        #expect(try TestSupport.run(["analyze", Self.map, "--level", "teams"]).status == 64)
    }

    @Test("--as-of changes only date-relative output")
    func asOf() throws {
        let windowKeys: Set<String> = ["window", "windowState", "decideBy", "overdue", "windowContract"]
        // Removes the window keys at every depth: they are the only date-relative ones.
        func undated(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !windowKeys.contains($0.key) }.mapValues(undated)
            }
            if let array = value as? [Any] { return array.map(undated) }
            return value
        }
        func conflicts(_ date: String) throws -> (all: String, undated: String) {
            let run = try TestSupport.run(["analyze", Self.map, "--format", "json", "--as-of", date])
            let object = try Self.json(run.stdout)
            func text(_ value: Any) throws -> String {
                String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
            }
            return (try text(object["conflicts"]!), try text(undated(object["conflicts"]!)))
        }
        let now = try conflicts("2026-11-28"), later = try conflicts("2029-01-01")
        #expect(now.undated == later.undated)
        #expect(now.all != later.all)
        #expect(try TestSupport.run(["analyze", Self.map]).status == 0)
    }

    @Test("timeline lists contracts by decide-by date with status as of the date")
    func timeline() throws {
        let run = try TestSupport.run(["timeline", Self.map, "--format", "json", "--as-of", "2026-11-28"])
        #expect(run.status == 0)
        let contracts = try #require(try Self.json(run.stdout)["contracts"] as? [[String: Any]])
        let due = contracts.compactMap { $0["decideBy"] as? String }
        #expect(due.count == 13 && due == due.sorted())
        // Estate cleansing's last extension ended on 2026-09-30: its decision fell due a year before.
        #expect(contracts.first?["id"] as? String == "estate-cleansing")
        #expect(contracts.first?["status"] as? String == "ended")
        #expect(contracts.first?["windowState"] as? String == "lapsed")
        #expect(contracts.first?["decideBy"] as? String == "2025-09-30")
        #expect(contracts.first?["daysUntilExtensionEnd"] as? Int == -59)
        let text = try TestSupport.run(["timeline", Self.map, "--as-of", "2026-11-28"])
        #expect(text.stdout.contains("decide by 2026-03-31  grounds-maintenance"))
        #expect(text.stdout.contains("window: now, on extension until 2027-03-31 (decide by 2026-03-31, overdue)"))
        #expect(text.stdout.contains("contract contradiction fortnightly-cut → pollinator-corridor (severity 2)"))
    }

    @Test("markdown has headings and tables; -o writes the same bytes as standard output")
    func markdownAndOutput() throws {
        let printed = try TestSupport.run(["analyze", Self.map, "--format", "markdown", "--as-of", "2026-11-28"])
        #expect(printed.stdout.hasPrefix("# Analysis: Camden: Fernhead Gardens Estate\n"))
        for heading in ["## Conflicts", "## Synergies", "## Influence", "## Data-quality notes"] {
            #expect(printed.stdout.contains("\n\(heading)\n"))
        }
        #expect(printed.stdout.contains("| 3 | contract contradiction | `fortnightly-cut → pollinator-corridor` | 2 | high |"))
        let folder = try TestSupport.temporaryFolder()
        let written = try TestSupport.run(["analyze", Self.map, "--format", "markdown", "--as-of", "2026-11-28",
                                           "-o", folder.appendingPathComponent("analysis.md").path])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("analysis.md"), encoding: .utf8) == printed.stdout)
        #expect(try TestSupport.run(["analyze", Self.map, "-o", Self.map]).status == 64)
    }

    @Test("text has no colour codes without a terminal, and --level services rolls up")
    func textAndLevel() throws {
        let run = try TestSupport.run(["analyze", Self.map, "--as-of", "2026-11-28"], environment: ["NO_COLOR": ""])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdout.hasPrefix("Camden: Fernhead Gardens Estate: analysis at objectives level, as of 2026-11-28\n"))
        let services = try TestSupport.run(["analyze", Self.map, "--level", "services", "--format", "json", "--as-of", "2026-11-28"])
        let object = try Self.json(services.stdout)
        #expect(object["level"] as? String == "services")
        #expect((object["influence"] as? [Any])?.count == 13)
    }

    @Test("--help works for analyze, timeline and agenda")
    func help() throws {
        for command in ["analyze", "timeline", "agenda"] {
            let run = try TestSupport.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("USAGE: placegraph \(command)"))
            #expect(run.stdout.contains("--as-of"))
        }
    }
}
