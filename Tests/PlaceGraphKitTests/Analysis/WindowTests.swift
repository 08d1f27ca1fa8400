import Testing
@testable import PlaceGraphKit
@testable import PlaceGraphPresentation

/// Contract windows relative to `--as-of`, decide-by dates and lead times, worked out by hand.
@Suite("Contract windows")
struct WindowTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// A 2023–2026 contract with two one-year extension options (3 + 1 + 1).
    static let contract = Contract(id: "c", name: "C", end: date("2026-03-31"),
                                   extensionOptions: [date("2027-03-31"), date("2028-03-31")])

    static func reference(_ contract: Contract = contract, place: Place = Place(name: "P")) -> ContractReference {
        ContractReference(contract, of: Service(id: "s", name: "S", contracts: [contract]), in: place)
    }

    @Test("the window on either side of the end, on each extension option, and once lapsed",
          arguments: [
            ("2025-06-01", "2026-03-31", ContractWindow.State.ahead),
            ("2026-03-31", "2026-03-31", .ahead),           // the end day itself is still ahead
            ("2026-04-01", "2027-03-31", .onExtension),     // the first option runs
            ("2027-03-31", "2027-03-31", .onExtension),
            ("2027-04-01", "2028-03-31", .onExtension),     // the second option runs
            ("2028-04-01", "2028-03-31", .lapsed),          // past every date: the last one
          ])
    func states(asOf: String, window: String, state: ContractWindow.State) throws {
        let found = try #require(Self.reference().window(asOf: Self.date(asOf)))
        #expect(found.date == Self.date(window))
        #expect(found.state == state)
        // The default lead time is 12 months.
        #expect(found.decideBy == Self.date(window).adding(months: -12))
        #expect(found.overdue == (found.decideBy < Self.date(asOf)))
    }

    @Test("a contract with no extension lapses the day after its end; an undated one has no window")
    func noExtension() throws {
        let plain = Contract(id: "p", name: "P", end: Self.date("2026-09-30"))
        let lapsed = try #require(Self.reference(plain).window(asOf: Self.date("2026-10-01")))
        #expect(lapsed.state == .lapsed && lapsed.date == Self.date("2026-09-30") && lapsed.overdue)
        #expect(lapsed.opens == Self.date("2026-10-01"))
        #expect(Self.reference(Contract(id: "u", name: "U")).window(asOf: Self.date("2026-10-01")) == nil)
    }

    @Test("lead time: the contract's own, else the place's, else 12 months")
    func leadTimes() throws {
        let asOf = Self.date("2025-06-01")
        let own = Contract(id: "o", name: "O", end: Self.date("2026-03-31"), leadTime: CalendarSpan(parsing: "18m"))
        let place = Place(name: "P", leadTime: CalendarSpan(parsing: "9m"))
        // 2026-03-31 less 18 months is 2024-09-30, already past on 2025-06-01.
        let first = try #require(Self.reference(own, place: place).window(asOf: asOf))
        #expect(first.decideBy == Self.date("2024-09-30") && first.overdue)
        #expect(Self.reference(own, place: place).leadTimeSource == .contract)
        // Less 9 months is 2025-06-30, still ahead.
        let second = try #require(Self.reference(place: place).window(asOf: asOf))
        #expect(second.decideBy == Self.date("2025-06-30") && !second.overdue)
        #expect(Self.reference(place: place).leadTimeSource == .place)
        // Less 12 months is 2025-03-31.
        let third = try #require(Self.reference().window(asOf: asOf))
        #expect(third.decideBy == Self.date("2025-03-31") && third.overdue)
        #expect(Self.reference().leadTimeSource == .default)
        // Weeks and days count days; months clamp to the month's last day.
        let weeks = Contract(id: "w", name: "W", end: Self.date("2026-05-31"), leadTime: CalendarSpan(parsing: "6w"))
        #expect(Self.reference(weeks).window(asOf: asOf)?.decideBy == Self.date("2026-04-19"))
        let months = Contract(id: "m", name: "M", end: Self.date("2026-05-31"), leadTime: CalendarSpan(parsing: "3m"))
        #expect(Self.reference(months).window(asOf: asOf)?.decideBy == Self.date("2026-02-28"))
    }

    @Test("a window in words: ahead, on extension, lapsed, and overdue")
    func words() throws {
        func words(_ asOf: String) throws -> String { Words.window(try #require(Self.reference().window(asOf: Self.date(asOf)))) }
        #expect(try words("2025-01-15") == "2026-03-31 (ahead; decide by 2025-03-31)")
        #expect(try words("2025-06-01") == "2026-03-31 (ahead; decide by 2025-03-31, overdue)")
        #expect(try words("2026-11-28") == "now, on extension until 2027-03-31 (decide by 2026-03-31, overdue)")
        #expect(try words("2028-11-28") == "lapsed on 2028-03-31")
    }

    @Test("lead times are read from the place and from each contract in a map")
    func fromTheMap() throws {
        let text = """
            placegraph: 1
            place: {name: P, lead_time: 9m}
            services:
              - id: s
                name: S
                contracts:
                  - {id: a, name: A, end: 2027-03-31}
                  - {id: b, name: B, end: 2027-03-31, lead_time: 18 months, extensions: [2028-03-31, 2029-03-31]}
            interactions: []
            """
        let timeline = try TestSupport.graph(text).timeline(asOf: Self.date("2026-11-28"))
        // b decides by 2025-09-30, a by 2026-06-30.
        #expect(timeline.entries.map(\.id) == ["b", "a"])
        #expect(timeline.entries.map { $0.window?.decideBy.description } == ["2025-09-30", "2026-06-30"])
        #expect(timeline.entries.map(\.contract.leadTimeSource) == [.contract, .place])
        #expect(timeline.entries[0].contract.extensionOptions.count == 2)
    }
}
