import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph whatif MAP`: a change tried on a copy of the map, reported as `diff` reports one.
struct WhatifCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Try changes on a copy of the map and report what they would do, as diff does.",
        discussion: """
            The changes are applied in memory, in this order: every --set, then every \
            --drop-interaction, --retire and --drop, each in the order given; the map file is never \
            written. An effect is a number from -3 to 3 or a name of the scale (counteracting, \
            enabling, ...). An unknown id is bad usage (64), with the closest id suggested.
            """
    )

    @OptionGroup var input: MapInput

    @Option(name: .customLong("set"), parsing: .singleValue, help: ArgumentHelp(
        "Set the effect of the interaction FROM -> TO, adding it when there is none (repeatable).",
        valueName: "from:to=effect"))
    var sets: [String] = []

    @Option(name: .customLong("drop-interaction"), parsing: .singleValue, help: ArgumentHelp(
        "Remove the interaction FROM -> TO (repeatable).", valueName: "from:to"))
    var dropInteractions: [String] = []

    @Option(name: .customLong("retire"), parsing: .singleValue, help: ArgumentHelp(
        "Retire an objective, as a re-specified contract stops paying for it (repeatable).", valueName: "objective"))
    var retires: [String] = []

    @Option(name: .customLong("drop"), parsing: .singleValue, help: ArgumentHelp(
        "Remove an item, what it holds and its interactions (repeatable).", valueName: "id"))
    var drops: [String] = []

    @OptionGroup var comparison: ComparisonOptions

    func validate() throws {
        try comparison.validate()
        _ = try changes()
        guard !sets.isEmpty || !dropInteractions.isEmpty || !retires.isEmpty || !drops.isEmpty else {
            throw ValidationError("name at least one change: --set, --drop-interaction, --retire or --drop")
        }
    }

    func run() throws {
        let graph = try input.graph()
        let changed = try graph.applying(changes())
        let diff = try graph.diff(to: changed, try comparison.analysisOptions())
        let count = sets.count + dropInteractions.count + retires.count + drops.count
        try comparison.write(diff, old: input.map, new: "\(input.map) with \(count == 1 ? "1 change" : "\(count) changes")",
                             protecting: [input.map])
    }

    /// The changes, in the order they are applied.
    ///
    /// - Throws: `ValidationError` for a change that cannot be read.
    func changes() throws -> [MapChange] {
        try sets.map { text in
            guard let equals = text.firstIndex(of: "="),
                  let (from, to) = Self.ends(String(text[..<equals])) else {
                throw ValidationError("--set '\(text)' is not FROM:TO=EFFECT, for example 'fortnightly-cut:pollinator-corridor=-1'")
            }
            let value = String(text[text.index(after: equals)...])
            guard let effect = Effect(parsing: value) else {
                throw ValidationError("--set '\(text)': '\(value)' is not an effect; write a number from -3 to 3 or a name such as 'counteracting' or 'enabling'")
            }
            return MapChange(.set(from: from, to: to, effect: effect))
        } + dropInteractions.map { text in
            guard let (from, to) = Self.ends(text) else {
                throw ValidationError("--drop-interaction '\(text)' is not FROM:TO, for example 'fortnightly-cut:pollinator-corridor'")
            }
            return MapChange(.dropInteraction(from: from, to: to))
        } + retires.map { MapChange(.retire($0)) } + drops.map { MapChange(.drop($0)) }
    }

    /// `FROM:TO` split at its colon, when both sides are there.
    static func ends(_ text: String) -> (String, String)? {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (parts[0], parts[1])
    }
}
