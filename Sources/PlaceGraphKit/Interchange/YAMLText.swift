/// Writing text as YAML scalars that read back exactly as they were.
enum YAMLText {
    /// `text` plain when YAML reads it back as the same text where it stands (a flow collection
    /// forbids commas), and double-quoted with escapes otherwise.
    static func scalar(_ text: String, inFlow: Bool) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
    }

    /// Words YAML 1.1 or 1.2 reads as something other than text.
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    private static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        let punctuation = inFlow ? " -_./()'+" : " -_./()'+,;&?!%"
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isAlphabetic || ("0"..."9").contains(first),
              last != " ", !reserved.contains(text.lowercased()) else { return false }
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || punctuation.unicodeScalars.contains(scalar)
        }
        guard allowed, !text.contains("  ") else { return false }
        if ("0"..."9").contains(first) {
            // Numbers (1e5, 0x1F, 1_000, 2.5) must stay text; a YYYY-MM-DD date may stay bare.
            let isDate = CalendarDate(iso: text) != nil
            let numeric = text.unicodeScalars.allSatisfy { "0123456789_.eE+-xXoObBaAcCdDfF".unicodeScalars.contains($0) }
            return isDate || !numeric
        }
        return true
    }

    /// `"…"` with `\\`, `\"` and escapes for line breaks, tabs and characters a YAML
    /// reader would drop or misread (controls, U+0085, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF).
    static func quoted(_ text: String) -> String {
        quotedLiteral(text, shortEscape: commonShortEscape, escapesAsHex: { value in
            value < 0x20 || (0x7F...0x9F).contains(value) || [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(value)
        }, uppercaseHex: true)
    }
}
