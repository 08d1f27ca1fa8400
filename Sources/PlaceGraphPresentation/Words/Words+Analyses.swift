import PlaceGraphKit

extension Words {
    /// A data-quality note as one lowercase sentence with values in single quotes.
    public static func message(_ note: DataQualityNote) -> String {
        let first = note.items.first ?? "", second = note.items.dropFirst().first ?? ""
        switch note.kind {
        case .missingBecause:
            if let total = note.interactionCount { return "none of the \(total) interactions gives a 'because'" }
            return "the interaction '\(first)' → '\(second)' gives no 'because'"
        case .lowConfidenceTopConflict:
            let conflicts = note.conflicts.count == 1
                ? " '\(note.conflicts[0])'" : "s " + note.conflicts.map { "'\($0)'" }.joined(separator: ", ")
            return "the low-confidence interaction '\(first)' → '\(second)' carries the top conflict" + conflicts
        case .isolatedService:
            return "no interaction touches the service '\(first)' or its contracts and objectives"
        case .contractWithoutObjectives:
            return "the contract '\(first)' lists no objectives"
        }
    }

    /// What a loop search found: "16 feedback loops (9 reinforcing, 7 balancing)", with the
    /// item and length it was limited to.
    public static func headline(_ loops: LoopAnalysis) -> String {
        headline(count: loops.count, reinforcing: loops.reinforcing, options: loops.options)
    }

    /// What a streamed loop search listed, in the words of ``headline(_:)-(LoopAnalysis)``.
    public static func headline(_ summary: LoopStreamSummary, options: LoopSearchOptions) -> String {
        headline(count: summary.count, reinforcing: summary.reinforcing, options: options)
    }

    private static func headline(count: Int, reinforcing: Int, options: LoopSearchOptions) -> String {
        let noun = count == 1 ? "feedback loop" : "feedback loops"
        var scope = ""
        if let through = options.through { scope += " through '\(through)'" }
        if let maxLength = options.maxLength { scope += " of length at most \(maxLength)" }
        return "\(count) \(noun)\(scope) (\(reinforcing) reinforcing, \(count - reinforcing) balancing)"
    }

    /// Why the list of loops is incomplete, or `nil` when it is complete.
    public static func truncation(_ loops: LoopAnalysis) -> String? {
        truncation(loops.truncatedBy, options: loops.options)
    }

    /// Why a list of loops cut by `bounds` is incomplete, or `nil` when nothing cut it.
    public static func truncation(_ bounds: [LoopSearchBound], options: LoopSearchOptions) -> String? {
        guard !bounds.isEmpty else { return nil }
        let reasons = bounds.map { bound -> String in
            switch bound {
            case .maxLength: "longer loops exist than the length limit of \(options.maxLength ?? 0)"
            case .maxLoops: "the search stopped at the limit of \(grouped(options.maxLoops ?? 0)) loops"
            case .timeLimit: "the search ran out of time"
            }
        }
        return "cut: " + reasons.joined(separator: "; ") + "; more loops exist than are listed"
    }

    /// What a streamed loop search will list and what will cut it, said before the list:
    /// its scope and order, whether longer loops are left out, and the most it will list.
    public static func plan(_ options: LoopSearchOptions, longerLoopsLeftOut: Bool) -> [String] {
        var scope = "Feedback loops"
        if let through = options.through { scope += " through '\(through)'" }
        if let maxLength = options.maxLength { scope += " of at most \(count(maxLength, "interaction"))" }
        var lines = [scope + ", in the order found: by smallest id, then by ids"]
        if longerLoopsLeftOut, let maxLength = options.maxLength {
            lines.append("Longer loops exist than the length limit of \(maxLength) and are left out")
        }
        var limits: [String] = []
        if let maxLoops = options.maxLoops { limits.append("at most \(grouped(maxLoops)) \(maxLoops == 1 ? "loop" : "loops") will be listed") }
        if options.timeLimit != nil { limits.append("the search stops at the time limit") }
        if !limits.isEmpty {
            let sentence = limits.joined(separator: "; ")
            lines.append(sentence.prefix(1).uppercased() + sentence.dropFirst())
        }
        return lines
    }

    /// A loop search's bounds: "loops up to 8 interactions, at most 2,000 loops, 5 seconds".
    public static func bounds(_ options: LoopSearchOptions) -> String {
        let seconds = options.timeLimit?.components.seconds ?? 0
        return "loops up to \(options.maxLength ?? 0) interactions, at most \(grouped(options.maxLoops ?? 0)) loops, "
            + "\(seconds) seconds"
    }

    /// The frustration index: "frustration index 7 of 58 interactions (normalized 0.7586)", or
    /// "frustration index 42–45 of …, not proven optimal" with its bounds.
    public static func headline(_ balance: BalanceAnalysis) -> String {
        let noun = balance.interactions == 1 ? "interaction" : "interactions"
        let normalized = formatNumber(balance.normalized, decimals: 4)
        guard balance.exact else {
            return "frustration index \(balance.lowerBound)–\(balance.upperBound) of \(balance.interactions) \(noun), "
                + "not proven optimal (normalized \(normalized) for the best split found)"
        }
        return "frustration index \(balance.frustrationIndex) of \(balance.interactions) \(noun) (normalized \(normalized))"
    }

    /// "4 of 7 triangles balanced (0.5714)", or "no triangles".
    public static func triangles(_ census: TriangleCensus) -> String {
        guard let fraction = census.balancedFraction else { return "no triangles" }
        let noun = census.total == 1 ? "triangle" : "triangles"
        return "\(census.balanced) of \(census.total) \(noun) balanced (\(formatNumber(fraction, decimals: 4)))"
    }

    /// How an interaction cuts across the alignment: "undermining inside a camp",
    /// "reinforcing across the camps", or "undermines itself".
    public static func reason(_ interaction: FrustratedInteraction) -> String {
        if interaction.from == interaction.to { return "undermines itself" }
        return kind(interaction.kind)
    }

    /// "undermining inside a camp", "reinforcing across the camps".
    public static func kind(_ kind: FrustratedInteraction.Kind) -> String {
        switch kind {
        case .underminingInsideCamp: "undermining inside a camp"
        case .reinforcingAcrossCamps: "reinforcing across the camps"
        }
    }

    /// What the frustrated interactions mean, in plain words: the ties that cut across the
    /// best alignment of the map into two camps.
    public static func alignment(_ balance: BalanceAnalysis) -> String {
        guard !balance.frustrated.isEmpty else {
            return "No tie cuts across the alignment: the map splits cleanly into two camps."
        }
        let inside = balance.frustrated.filter { $0.kind == .underminingInsideCamp }.count
        let across = balance.frustrated.count - inside
        return "\(count(balance.frustrated.count, "tie")) cut across the best alignment of the map into two camps: "
            + "\(inside) undermining inside a camp (items on the same side that work against each other) and "
            + "\(across) reinforcing across the camps (items on opposite sides that help each other). They mark where "
            + "the map does not fall into two coherent sides; they are not interactions to flip."
    }

    /// "3 items take part in no interaction with a sign, so belong to no camp: a, b, c".
    public static func noCamp(_ balance: BalanceAnalysis) -> String? {
        guard !balance.noCamp.isEmpty else { return nil }
        let verb = balance.noCamp.count == 1 ? "takes" : "take"
        return "\(count(balance.noCamp.count, "item")) \(verb) part in no interaction with a sign, so belong to no camp: "
            + balance.noCamp.joined(separator: ", ")
    }
}
