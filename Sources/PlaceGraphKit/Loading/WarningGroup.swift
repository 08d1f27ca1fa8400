/// Collects warnings of one kind so a file with thousands of them gets one line, not thousands:
/// "2,000 unused columns: 'a', 'b', 'c', … (1,997 more)".
///
/// A single instance keeps its own, more specific message; two or more become one warning at
/// the first instance's location, naming the first few.
struct WarningGroup {
    /// How many names a grouped warning lists before "… (N more)".
    static let shownNames = 3
    /// Names longer than this are cut, so one huge cell cannot make the warning huge.
    static let longestName = 40

    private var first: (message: String, location: SourceLocation?)?
    private var names: [String] = []
    private(set) var count = 0

    /// Records one instance; `message` is what it says when it turns out to be the only one.
    mutating func add(_ name: String, message: @autoclosure () -> String, at location: SourceLocation?) {
        count += 1
        if first == nil { first = (message(), location) }
        if names.count < Self.shownNames { names.append(name) }
    }

    /// The one warning for the whole group, or `nil` when it is empty.
    ///
    /// - Parameter plural: what the instances are, as in "2,000 *unused columns*".
    func warning(plural: String, hint: String?) -> Diagnostic? {
        guard let first else { return nil }
        guard count > 1 else { return .warning(first.message, hint: hint, at: first.location) }
        return .warning("\(grouped(count)) \(plural): \(Self.list(names, of: count))", hint: hint, at: first.location)
    }

    /// `'a', 'b', 'c', … (1,997 more)`.
    static func list(_ names: [String], of count: Int) -> String {
        var text = names.prefix(shownNames).map { "'\(cut($0))'" }.joined(separator: ", ")
        if count > min(names.count, shownNames) { text += ", … (\(grouped(count - min(names.count, shownNames))) more)" }
        return text
    }

    static func cut(_ name: String) -> String {
        name.count > longestName ? name.prefix(longestName - 1) + "…" : name
    }
}
