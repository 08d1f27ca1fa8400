import Foundation
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// OCDS packages written by hand: which field each value is read from, and the located errors.
@Suite("Reading OCDS packages")
struct OCDSReaderTests {
    func read(_ json: String, file: String = "package.json") -> PublishedContracts {
        PublishedContractReader.read([(file, Data(json.utf8))])
    }

    func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static let package = """
        {"version": "1.1", "releases": [
          {"ocid": "ocds-a-1", "id": "1", "date": "2020-01-01T00:00:00Z", "tag": ["tender"],
           "tender": {"title": "Grounds &amp;amp; trees", "contractPeriod": {"startDate": "2020-02-01T00:00:00Z", "endDate": "2023-01-31T00:00:00Z"}},
           "awards": [{"id": "a", "status": "active", "value": {"amount": 250000, "currency": "GBP"},
                       "contractPeriod": {"startDate": "2020-04-01T00:00:00Z", "endDate": "2024-03-31T00:00:00Z", "maxExtentDate": "2026-03-31T00:00:00Z"},
                       "suppliers": [{"id": "s1", "name": "Green &amp; Co"}, {"id": "s2"}]},
                      {"id": "b", "status": "cancelled", "value": {"amount": 999, "currency": "GBP"},
                       "contractPeriod": {"startDate": "2010-01-01", "endDate": "2040-01-01"}}],
           "parties": [{"id": "s2", "name": "Young People&#039;s Trust", "roles": ["supplier"]}]}
        ]}
        """

    @Test("the award's contract period is preferred to the tender's; a cancelled award is left out")
    func awardsFirst() throws {
        let result = read(Self.package)
        #expect(result.diagnostics.isEmpty)
        let contract = try #require(result.contracts.first)
        #expect(contract.ocid == "ocds-a-1")
        #expect(contract.title == "Grounds & trees")
        #expect(contract.start?.value == date("2020-04-01") && contract.start?.field == "awards[].contractPeriod.startDate")
        #expect(contract.end?.value == date("2024-03-31") && contract.end?.field == "awards[].contractPeriod.endDate")
        #expect(contract.maxExtent?.value == date("2026-03-31"))
        #expect(contract.value?.value == 250000 && contract.value?.field == "awards[].value")
        #expect(contract.suppliers?.value == ["Green & Co", "Young People's Trust"])
        #expect(contract.end?.location.description == "package.json: /releases/0/awards/0/contractPeriod/endDate")
    }

    @Test("without awards the tender's period is read; contracts[] wins over both")
    func fallbacks() throws {
        let tenderOnly = Self.package.replacingOccurrences(of: "\"contractPeriod\": {\"startDate\": \"2020-04-01", with: "\"x\": {\"startDate\": \"2020-04-01")
        let tender = try #require(read(tenderOnly).contracts.first)
        #expect(tender.end?.value == date("2023-01-31") && tender.end?.field == "tender.contractPeriod.endDate")
        let signed = Self.package.replacingOccurrences(of: "\"parties\":", with: """
            "contracts": [{"id": "c", "status": "active", "value": {"amount": 260000, "currency": "GBP"},
                           "period": {"startDate": "2020-05-01", "endDate": "2024-04-30"}}],
            "parties":
            """)
        let contract = try #require(read(signed).contracts.first)
        #expect(contract.end?.value == date("2024-04-30") && contract.end?.field == "contracts[].period.endDate")
        #expect(contract.value?.value == 260000 && contract.value?.field == "contracts[].value")
    }

    @Test("the latest release by date gives each part; a record's compiled release is read as it is")
    func releasesAndRecords() throws {
        let releases = """
            {"releases": [
              {"ocid": "x", "date": "2021-06-01T00:00:00Z", "awards": [{"contractPeriod": {"endDate": "2025-01-01T00:00:00Z"}}]},
              {"ocid": "x", "date": "2020-01-01T00:00:00Z", "awards": [{"contractPeriod": {"endDate": "2024-01-01T00:00:00Z"}}],
               "tender": {"title": "Old"}}
            ]}
            """
        let contract = try #require(read(releases).contracts.first)
        #expect(contract.end?.value == date("2025-01-01"))
        #expect(contract.title == "Old")
        let records = """
            {"records": [
              {"ocid": "r1", "releases": [{"url": "https://example.org/1.json", "date": "2020-01-01"}],
               "compiledRelease": {"ocid": "r1", "awards": [{"contractPeriod": {"endDate": "2027-03-31"}}]}},
              {"ocid": "r2", "releases": [{"url": "https://example.org/2.json"},
                                          {"ocid": "r2", "date": "2020-01-01", "awards": [{"value": {"amount": 12.5}}]}]}
            ]}
            """
        let read = read(records)
        #expect(read.diagnostics.isEmpty)
        #expect(read.contracts.map(\.key) == ["r1", "r2"])
        #expect(read.contracts[0].end?.value == date("2027-03-31"))
        #expect(read.contracts[1].value?.value == 12.5)
    }

    @Test("a zero amount is not a value, and a value in another currency is a warning")
    func amounts() throws {
        let zero = Self.package.replacingOccurrences(of: "\"amount\": 250000", with: "\"amount\": 0")
        #expect(try #require(read(zero).contracts.first).value == nil)
        let euros = Self.package.replacingOccurrences(of: "\"amount\": 250000, \"currency\": \"GBP\"", with: "\"amount\": 250000, \"currency\": \"EUR\"")
        let result = read(euros)
        #expect(try #require(result.contracts.first).value == nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.location?.description == "package.json: /releases/0/awards/0/value")
    }

    @Test("malformed OCDS: every problem at once, each at its JSON pointer with its line")
    func malformed() throws {
        let bad = """
            {"releases": [
              {"ocid": "a", "awards": [{"contractPeriod": {"startDate": "2020-04-01", "endDate": "31/03/2024"}}]},
              {"id": "no-ocid"},
              {"ocid": "c", "awards": [{"value": {"amount": "lots"}, "contractPeriod": {"startDate": "2021-01-01", "endDate": "2020-01-01"}}]},
              {"ocid": "d", "awards": {"id": "not a list"}}
            ]}
            """
        let result = read(bad)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { $0.location?.description ?? "" } == [
            "package.json: /releases/0/awards/0/contractPeriod/endDate",
            "package.json: /releases/1",
            "package.json: /releases/2/awards/0/value/amount",
            "package.json: /releases/2/awards/0/contractPeriod/endDate",
            "package.json: /releases/3/awards",
        ])
        #expect(errors.map { $0.location?.line ?? 0 } == [2, 3, 4, 4, 5])
        let text = errors[0].styled(source: bad).plain
        #expect(text.hasPrefix("package.json: /releases/0/awards/0/contractPeriod/endDate: error: malformed date '31/03/2024'\n 2 | "))
    }

    @Test("a file that is not an OCDS package says so", arguments: [
        ("[1, 2]", "expected an OCDS release package or record package, found an array"),
        ("{\"version\": \"1.1\"}", "no 'releases' or 'records' array; this is not an OCDS release package or record package"),
        ("{\"releases\": [}", "malformed JSON: unexpected '}'"),
        ("", "the file is empty"),
    ])
    func notOCDS(json: String, message: String) {
        let result = read(json)
        #expect(result.contracts.isEmpty)
        #expect(result.diagnostics.map(\.message) == [message])
    }

    @Test("the 44 council packages read without errors, each with its award's contract period")
    func councils() throws {
        let result = try PublishedContractReader.read(path: TestSupport.publishedData.appendingPathComponent("ocds-uk-councils").path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.contracts.count == 44)
        #expect(result.contracts.allSatisfy { $0.end?.field == "awards[].contractPeriod.endDate" })
    }

    @Test("OCDS dates: a date, or a date-time with or without a zone", arguments: [
        ("2020-03-31", true), ("2020-03-31T00:00:00Z", true), ("2020-03-31T23:59:59.5+01:00", true),
        ("2020-03-31T10:00", true), ("2020-03-31 10:00:00", true), ("2020-02-30", false), ("31/03/2020", false),
        ("2020-03-31T", false), ("2020-03-31Tnoon", false), ("2020-03-31T10:00:00+1", false), ("2020-3-31", false),
    ])
    func dates(text: String, valid: Bool) {
        #expect((OCDSText.date(text) != nil) == valid)
    }

    @Test("HTML character references in names are read, escaped once or twice")
    func entities() {
        #expect(OCDSText.decoded("Gen II &amp;amp; Technology") == "Gen II & Technology")
        #expect(OCDSText.decoded("St Christopher&#039;s &#x26; co") == "St Christopher's & co")
        #expect(OCDSText.decoded("R&D &unknown; &") == "R&D &unknown; &")
    }
}
