import PlaceGraphKit

/// DOT text being written, line by line with indentation.
struct DOTOutput {
    private(set) var text = ""
    var indent = 0

    mutating func line(_ line: String) {
        text += String(repeating: "  ", count: indent) + line + "\n"
    }

    /// `[name="value", …]`; every value must be escaped already.
    static func attributes(_ pairs: [(String, String)]) -> String {
        "[" + pairs.map { "\($0.0)=\"\($0.1)\"" }.joined(separator: ", ") + "]"
    }
}
