import Foundation

/// Readers for the small value types every input format shares, so YAML, JSON and CSV accept
/// the same spellings and explain the same mistakes in the same words.
enum EffectReader {
    /// The accepted spellings, for hints.
    static let spellings = "an integer or decimal from -3 to 3, or a name: "
        + Effect.names.map(\.name).joined(separator: ", ") + ", reinforces, undermines"

    static func read(_ raw: String, at location: SourceLocation,
                     into diagnostics: inout [Diagnostic]) -> Effect? {
        if let effect = Effect(parsing: raw) { return effect }
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if let number = Double(trimmed), number.isFinite {
            diagnostics.append(.error("effect \(trimmed) is out of range; the scale runs from -3 to 3",
                                      hint: "-3 cancelling … 0 consistent … +3 indivisible", at: location))
        } else {
            let words = Effect.names.map(\.name) + Effect.synonyms.keys.sorted()
            diagnostics.append(.error("unreadable effect '\(trimmed)'\(Suggestion.didYouMean(trimmed.lowercased(), in: words))",
                                      hint: "write \(spellings)", at: location))
        }
        return nil
    }
}

enum ConfidenceReader {
    static func read(_ raw: String, at location: SourceLocation,
                     into diagnostics: inout [Diagnostic]) -> Confidence? {
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
