import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Contract terms beyond start and end: several extension options, lead times and `ocid`.
@Suite("Contract terms: extension options, lead times, ocid")
struct ContractTermsTests {
    static func map(place: String = "", contract: String) -> String {
        """
        placegraph: 1
        place:
          name: Test
        \(place)
        services:
          - id: s
            name: S
            contracts:
              - id: c
                name: C
                end: 2026-03-31
        \(contract)
        """
    }

    @Test("several extension options are read in order; the last is the extension end")
    func severalOptions() throws {
        let graph = try TestSupport.graph(Self.map(contract: "        extensions: [2027-03-31, 2028-03-31]"))
        let contract = try #require(graph.map.services.first?.contracts.first)
        #expect(contract.extensionOptions.map(\.description) == ["2027-03-31", "2028-03-31"])
        #expect(contract.extensionEnd?.description == "2028-03-31")
    }

    @Test("the one-date form is one option")
    func oneOption() throws {
        let graph = try TestSupport.graph(Self.map(contract: "        extension: 2027-03-31"))
        #expect(graph.map.services[0].contracts[0].extensionOptions.map(\.description) == ["2027-03-31"])
    }

    @Test("options out of order are located at the option that is not later")
    func outOfOrder() {
        let result = TestSupport.load(Self.map(contract: "        extensions: [2028-03-31, 2027-03-31]"))
        #expect(result.graph == nil)
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.message == "extension option (2027-03-31) is not after the option before it (2028-03-31)")
        #expect(diagnostic?.location?.line == 12)
        #expect(diagnostic?.location?.column == 34)
    }

    @Test("an option before the end is an error")
    func beforeEnd() {
        let result = TestSupport.load(Self.map(contract: "        extensions: [2025-03-31]"))
        #expect(result.diagnostics.map(\.message) == ["extension (2025-03-31) is not after the end (2026-03-31)"])
    }

    @Test("both forms at once are an error at 'extensions'")
    func bothForms() {
        let result = TestSupport.load(Self.map(contract: "        extension: 2027-03-31\n        extensions: [2028-03-31]"))
        #expect(result.diagnostics.map(\.message) == ["a contract has both 'extension' and 'extensions'"])
        #expect(result.diagnostics.first?.location?.line == 13)
    }

    @Test("a malformed option is located in the list")
    func malformedOption() {
        let result = TestSupport.load(Self.map(contract: "        extensions: [2027-03-31, 2028-13-01]"))
        #expect(result.diagnostics.map(\.message) == ["malformed date '2028-13-01' in 'extensions'"])
        #expect(result.diagnostics.first?.location?.column == 34)
    }

    @Test("lead times on the place and the contract, and an ocid")
    func leadTimeAndOCID() throws {
        let graph = try TestSupport.graph(Self.map(place: "  lead_time: 9m",
                                                   contract: "        lead_time: 6 weeks\n        ocid: ocds-b5fd17-1234"))
        #expect(graph.map.place.leadTime == CalendarSpan(count: 9, unit: .months))
        let contract = graph.map.services[0].contracts[0]
        #expect(contract.leadTime == CalendarSpan(count: 6, unit: .weeks))
        #expect(contract.ocid == "ocds-b5fd17-1234")
    }

    @Test("an unreadable lead time is located with a hint")
    func badLeadTime() {
        let result = TestSupport.load(Self.map(contract: "        lead_time: soon"))
        #expect(result.diagnostics.map(\.message) == ["'soon' is not a length of time for 'lead_time'"])
        #expect(result.diagnostics.first?.hint == "write a number and a unit: 90d, 6w, 9m or 1y")
    }

    @Test("spans read in short and long forms", arguments: [
        ("9m", "9m"), ("18 months", "18m"), ("1 month", "1m"), ("6w", "6w"), ("90d", "90d"), ("2 years", "2y"), ("1Y", "1y"),
    ])
    func spans(text: String, compact: String) {
        #expect(CalendarSpan(parsing: text)?.description == compact)
    }

    @Test("unreadable or absurd spans are refused", arguments: ["", "m", "9", "9 fortnights", "-3m", "1.5m", "99999y"])
    func badSpans(text: String) {
        #expect(CalendarSpan(parsing: text) == nil)
    }

    @Test("subtracting a span: months clamp to the month's end, days cross years")
    func arithmetic() throws {
        let end = try #require(CalendarDate(iso: "2026-03-31"))
        #expect(CalendarSpan(count: 1, unit: .months)!.before(end).description == "2026-02-28")
        #expect(CalendarSpan(count: 9, unit: .months)!.before(end).description == "2025-06-30")
        #expect(CalendarSpan(count: 90, unit: .days)!.before(end).description == "2025-12-31")
        #expect(CalendarSpan(count: 2, unit: .weeks)!.after(end).description == "2026-04-14")
        #expect(CalendarSpan(count: 1, unit: .years)!.before(try #require(CalendarDate(iso: "2028-02-29"))).description
                    == "2027-02-28")
    }

    @Test("days since 0001-01-01 convert back to the same day", arguments: [
        "0001-01-01", "1999-12-31", "2000-02-29", "2024-12-31", "2026-03-01", "9999-12-31",
    ])
    func ordinals(text: String) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(CalendarDate(ordinal: date.ordinal) == date)
    }
}
