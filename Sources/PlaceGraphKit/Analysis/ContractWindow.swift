/// A contract's next contractual date seen from one day, and when the decision about it is due.
///
/// Seen from `asOf`, a contract's window is its next contractual date on or after that day:
/// - its end while the term runs (``State/ahead``);
/// - once the end has passed, the end of the extension option it runs on: with several
///   options, the first that has not ended (``State/onExtension``);
/// - past its last date, that last date, which is in the past (``State/lapsed``).
///
/// The decision is due a lead time before the window (``decideBy``), and is ``overdue`` when
/// that day is before `asOf`.
public struct ContractWindow: Sendable, Hashable {
    /// Where the contract stands relative to its window.
    public enum State: String, Sendable, Hashable, CaseIterable, Codable {
        /// The term runs; the window is its end.
        case ahead
        /// The term has ended and an extension option runs; the window is that option's end.
        case onExtension = "extension"
        /// The term and every extension option have ended; the window is the last of them.
        case lapsed
    }

    /// The contract's next contractual date, or its last one once lapsed.
    public let date: CalendarDate
    public let state: State
    /// ``date`` less the contract's lead time: when the decision to change or re-procure it
    /// has to be taken.
    public let decideBy: CalendarDate
    /// True when ``decideBy`` is before the day the window was seen from.
    public let overdue: Bool
    /// The day the window was seen from.
    public let asOf: CalendarDate

    /// The first day the contract can be changed: ``date``, or `asOf` once it has lapsed.
    public var opens: CalendarDate { state == .lapsed ? asOf : date }

    /// The lead time used when neither the contract nor the place gives one: 12 months, the time
    /// a UK council typically needs for market engagement, specification and approvals, a
    /// tender period, evaluation, the standstill period and mobilisation (see the README).
    public static let defaultLeadTime = CalendarSpan(count: 12, unit: .months)!

    /// Windows in the order a decision calendar takes them: by ``decideBy``, then ``date``.
    static func byDecision(_ lhs: ContractWindow, _ rhs: ContractWindow) -> Bool {
        (lhs.decideBy, lhs.date) < (rhs.decideBy, rhs.date)
    }
}

extension ContractReference {
    /// The contract's window seen from `asOf`; `nil` when the map gives no end date.
    ///
    /// - Complexity: O(*k*) for *k* extension options.
    public func window(asOf: CalendarDate) -> ContractWindow? {
        guard let end else { return nil }
        let date: CalendarDate, state: ContractWindow.State
        if asOf <= end {
            (date, state) = (end, .ahead)
        } else if let option = extensionOptions.first(where: { asOf <= $0 }) {
            (date, state) = (option, .onExtension)
        } else {
            (date, state) = (extensionOptions.last ?? end, .lapsed)
        }
        let decideBy = leadTime.before(date)
        return ContractWindow(date: date, state: state, decideBy: decideBy, overdue: decideBy < asOf, asOf: asOf)
    }

    /// Where the contract stands on `date`.
    public func status(asOf date: CalendarDate) -> ContractStatus {
        guard let end else { return .undated }
        if date <= end { return .running }
        if let extensionEnd, date <= extensionEnd { return .onExtension }
        return .ended
    }

    /// The first day, seen from `date`, on which the contract can be changed: its window, or
    /// `date` itself once it has lapsed; `nil` when undated.
    public func nextWindow(asOf date: CalendarDate) -> CalendarDate? { window(asOf: date)?.opens }

    /// Contracts in decision order seen from `asOf`: by decide-by date (undated last), then
    /// window, then id.
    static func byDecision(asOf: CalendarDate) -> (ContractReference, ContractReference) -> Bool {
        { lhs, rhs in
            switch (lhs.window(asOf: asOf), rhs.window(asOf: asOf)) {
            case let (left?, right?) where left.decideBy != right.decideBy || left.date != right.date:
                ContractWindow.byDecision(left, right)
            case (_?, nil): true
            case (nil, _?): false
            default: lhs.id < rhs.id
            }
        }
    }
}
