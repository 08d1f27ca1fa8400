import Foundation
import PlaceGraphKit

/// A number as every JSON output writes it: the one number policy.
///
/// Rounded to 4 decimals, written with no float noise (`0.3`, never `0.30000000000000004`),
/// whole numbers without a decimal point (`2`, not `2.0`), and never `-0`. Counts are written
/// as integers. A number that is not finite cannot be written and is an encoding error.
struct JSONNumber: Encodable, Sendable {
    let value: Double

    init(_ value: Double) { self.value = value }
    init(_ effect: Effect) { value = effect.value }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        // Decimal keeps the digits formatNumber chose; a Double would be printed in full on Linux.
        guard value.isFinite, let decimal = Decimal(string: formatNumber(value, decimals: 4)) else {
            throw EncodingError.invalidValue(value, .init(codingPath: encoder.codingPath,
                                                          debugDescription: "not a finite number"))
        }
        try container.encode(decimal)
    }
}
