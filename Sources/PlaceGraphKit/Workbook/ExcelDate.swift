/// Spreadsheet dates, which are stored as day numbers ("serial dates") in a cell formatted to
/// look like a date.
///
/// In the 1900 date system (the default) day 1 is 1900-01-01, and day 60 is 29 February 1900,
/// a day that never existed: Lotus 1-2-3 took 1900 for a leap year and Excel kept the mistake
/// for compatibility (ECMA-376 Part 1, §18.17.4.1). So days 1–59 count from 1899-12-31 and
/// days from 61 on from 1899-12-30. In the 1904 date system (old Mac workbooks) day 0 is
/// 1904-01-01. A fraction of a day is a time of day, which a contract date does not need.
enum ExcelDate {
    /// The last day a spreadsheet can show, 9999-12-31, as a 1900-system serial.
    static let lastSerial = 2_958_465

    private static let dayBeforeDay1 = CalendarDate(year: 1899, month: 12, day: 31)!.ordinal
    private static let dayBeforeDay61 = CalendarDate(year: 1899, month: 12, day: 30)!.ordinal
    private static let day0Of1904 = CalendarDate(year: 1904, month: 1, day: 1)!.ordinal
    private static let firstOfMarch1900 = CalendarDate(year: 1900, month: 3, day: 1)!

    /// Why a serial is not a date.
    enum Problem: Error, Equatable {
        /// Day 60 of the 1900 system, 29 February 1900.
        case phantomLeapDay
        /// Before the first day or after 9999-12-31.
        case outOfRange
    }

    /// The day a serial stands for; the time of day, if any, is dropped.
    static func date(serial: Double, uses1904: Bool = false) -> Result<CalendarDate, Problem> {
        guard serial.isFinite, serial < Double(lastSerial + 1) else { return .failure(.outOfRange) }
        let day = Int(serial.rounded(.down))
        let ordinal: Int
        if uses1904 {
            ordinal = day0Of1904 + day
        } else {
            if day == 60 { return .failure(.phantomLeapDay) }
            guard day >= 1 else { return .failure(.outOfRange) }
            ordinal = day < 60 ? dayBeforeDay1 + day : dayBeforeDay61 + day
        }
        guard day >= 0, let date = CalendarDate(ordinal: ordinal), date.year <= 9999 else { return .failure(.outOfRange) }
        return .success(date)
    }

    /// The 1900-system serial of `date`, or `nil` before 1900-01-01, which a spreadsheet
    /// cannot hold as a date.
    static func serial(of date: CalendarDate) -> Int? {
        guard date.year >= 1900 else { return nil }
        return date < firstOfMarch1900 ? date.ordinal - dayBeforeDay1 : date.ordinal - dayBeforeDay61
    }
}
