/// The most a map file may hold, checked before anything is built from it.
///
/// Each cap sits well above the largest map a council would write (a generated map of 20,000
/// items and 100,000 interactions is 11 MB of YAML, 16 MB of indented JSON, 8 MB of CSV and
/// about 1,000,000 YAML values), and well below what would exhaust memory: a file over a cap is
/// refused with a located error after a scan that allocates nothing, so a 500-byte alias bomb
/// or a 30 MB line of YAML costs no more than reading it. The README's table gives the reasons.
public struct InputLimits: Sendable, Hashable {
    /// The largest file read, in bytes.
    public var maxBytes: Int
    /// The longest line in a YAML or CSV file, in bytes (JSON is often written on one line).
    public var maxLineBytes: Int
    /// The deepest nesting of lists and mappings in YAML or JSON.
    public var maxDepth: Int
    /// The most values (scalars, lists, mappings and keys) in a YAML or JSON document, each
    /// alias counted as everything it repeats.
    public var maxValues: Int
    /// The most cells in one CSV row, the header included.
    public var maxColumns: Int
    /// The most cells in a CSV file.
    public var maxCells: Int

    /// Creates limits; each defaults to the standard cap.
    public init(maxBytes: Int = 32 << 20, maxLineBytes: Int = 1 << 20, maxDepth: Int = 64,
                maxValues: Int = 4_000_000, maxColumns: Int = 10_000, maxCells: Int = 1_000_000) {
        self.maxBytes = maxBytes
        self.maxLineBytes = maxLineBytes
        self.maxDepth = maxDepth
        self.maxValues = maxValues
        self.maxColumns = maxColumns
        self.maxCells = maxCells
    }

    /// The caps every command uses.
    public static let standard = InputLimits()
}

/// Writes counts the way the README does: `2,000`, `1,048,576`, the same in every locale.
func grouped(_ count: Int) -> String {
    let digits = String(count.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
        out.append(digit)
    }
    return count < 0 ? "-" + out : out
}

/// A byte count in the largest whole binary unit that fits: `32 MiB`, `1 MiB`, `512 bytes`.
func byteSize(_ bytes: Int) -> String {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(grouped(bytes >> 20)) MiB" }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(grouped(bytes >> 10)) KiB" }
    return "\(grouped(bytes)) bytes"
}
