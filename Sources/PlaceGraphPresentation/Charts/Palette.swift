/// Colours used across drawings and charts. Reinforcing and undermining follow the Okabe–Ito
/// palette (SPEC §5), which stays distinct for the common forms of colour blindness; the
/// heatmap's diverging ramp runs between the same two hues through white.
public enum Palette {
    /// Okabe–Ito blue, for reinforcing effects.
    public static let reinforcing = "#0072B2"
    /// Okabe–Ito vermillion, for undermining effects.
    public static let undermining = "#D55E00"

    /// The heatmap fill for an effect on the −3…+3 scale: white at 0, deepening towards
    /// vermillion below and blue above.
    static func diverging(_ value: Double) -> String {
        let t = min(1, abs(value) / 3)
        let (r, g, b): (Double, Double, Double) = value < 0 ? (0xD5, 0x5E, 0x00) : (0x00, 0x72, 0xB2)
        func mix(_ channel: Double) -> Int { Int((255 + (channel - 255) * (0.15 + 0.85 * t)).rounded()) }
        guard value != 0 else { return "#FFFFFF" }
        return "#" + [mix(r), mix(g), mix(b)].map { hex($0) }.joined()
    }

    /// Text colour that stays readable on ``diverging(_:)``.
    static func ink(on value: Double) -> String { abs(value) >= 2 ? "#FFFFFF" : "#222222" }

    private static func hex(_ value: Int) -> String {
        let digits = String(min(255, max(0, value)), radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
