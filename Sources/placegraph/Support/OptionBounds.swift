import ArgumentParser

/// The ranges numeric options must fall in, checked before anything runs, so that a negative,
/// NaN, infinite or absurd value is bad usage (64) with a clear message, never a trap.
///
/// Whole-number options larger than the map needs are not absurd: `--depth` or `--max-length`
/// beyond the number of items simply bound nothing, and a value too large for a 64-bit
/// integer is refused by the parser itself.
enum OptionBounds {
    /// The longest `--time-limit`, in seconds (about 11½ days): far beyond any run anyone waits
    /// for, and far inside what a clock can add without overflowing.
    static let maximumSeconds = 1_000_000.0

    /// When the command started: `main` reads it first thing, since a `static let` is set on
    /// first use.
    static let started = ContinuousClock.now

    /// A time limit in seconds, from 0 to ``maximumSeconds``, as a `Duration`.
    ///
    /// - Throws: `ValidationError` for a negative, NaN, infinite or larger value.
    static func seconds(_ value: Double, option: String = "--time-limit") throws -> Duration {
        guard value >= 0, value <= maximumSeconds else {
            throw ValidationError("\(option) must be a number of seconds from 0 to 1000000, not '\(value)'")
        }
        return .nanoseconds(Int64((value * 1e9).rounded()))
    }

    /// What is left of a `--time-limit` of `value` seconds, counted from the command's start,
    /// so that reading a large map uses part of it and the whole command keeps the limit.
    static func timeLeft(_ value: Double) throws -> Duration {
        max(try seconds(value) - (ContinuousClock.now - started), .zero)
    }

    /// Checks that a whole-number option is at least `minimum`.
    ///
    /// - Throws: `ValidationError` naming the option and what it means.
    static func check(_ value: Int, option: String, atLeast minimum: Int, meaning: String = "") throws {
        guard value >= minimum else {
            throw ValidationError("\(option) must be \(minimum) or more\(meaning), not '\(value)'")
        }
    }
}
