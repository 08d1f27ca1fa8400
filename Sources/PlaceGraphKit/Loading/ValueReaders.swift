import Foundation

/// Readers for the small value types every input format shares, so YAML, JSON and CSV accept
/// the same spellings and explain the same mistakes in the same words.
enum EffectReader {
    /// The accepted spellings, for hints.
    static let spellings = "an integer or decimal from -3 to 3, or a name: "
        + Effect.names.map(\.name).joined(separator: ", ") + ", reinforces, undermines"

    /// Reads one effect, reporting why when it cannot.
    ///
    /// - Parameter allowsBareSign: whether `+` and `-` alone mean ±1, as in a spreadsheet's
    ///   sign column; in YAML and JSON a bare sign is refused.
    static func read(_ raw: String, at location: SourceLocation, allowsBareSign: Bool = false,
                     into diagnostics: inout [Diagnostic]) -> Effect? {
        // Only a refusal shows the text, so it is trimmed and cut only then.
        var shown: String { WarningGroup.cut(raw.trimmingCharacters(in: .whitespaces)) }
        switch Effect.reading(raw, allowsBareSign: allowsBareSign) {
        case let .effect(effect):
            return effect
        case .outOfRange:
            diagnostics.append(.error("effect \(shown) is out of range; the scale runs from -3 to 3",
                                      hint: "-3 cancelling … 0 consistent … +3 indivisible", at: location))
        case .tooSmall:
            diagnostics.append(.error("effect \(shown) is too small to represent",
                                      hint: "it would round to 0; write 0 (consistent) for no effect, or a decimal such as 0.01",
                                      at: location))
        case .bareSign:
            diagnostics.append(.error("a bare '\(shown)' is not an effect here",
                                      hint: "a sign alone is read only in a spreadsheet's sign column; write \(shown == "+" ? "1 (enabling)" : "-1 (constraining)") or a stronger value",
                                      at: location))
        case .notDecimal:
            diagnostics.append(.error("effect '\(shown)' is not a decimal number",
                                      hint: "write \(spellings)", at: location))
        case .unreadable:
            let words = Effect.names.map(\.name) + Effect.synonyms.keys.sorted()
            diagnostics.append(.error("unreadable effect '\(shown)'\(Suggestion.didYouMean(raw.trimmingCharacters(in: .whitespaces).lowercased(), in: words))",
                                      hint: "write \(spellings)", at: location))
        }
        return nil
    }
}

enum ConfidenceReader {
    static func read(_ raw: String, at location: SourceLocation,
                     into diagnostics: inout [Diagnostic]) -> Confidence? {
        if let confidence = Confidence(rawValue: raw) { return confidence }  // as written, nearly always
        let word = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if let confidence = Confidence(rawValue: word) { return confidence }
        let names = Confidence.allCases.map(\.rawValue)
        diagnostics.append(.error("unknown confidence '\(raw)'\(Suggestion.didYouMean(word, in: names))",
                                  hint: "write low, medium or high", at: location))
        return nil
    }
}

enum BooleanReader {
    /// `true`/`false` and the YAML 1.1 and spreadsheet spellings (`yes`, `no`, `1`, `0`).
    static func read(_ raw: String) -> Bool? {
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "y", "1": true
        case "false", "no", "n", "0", "": false
        default: nil
        }
    }
}
