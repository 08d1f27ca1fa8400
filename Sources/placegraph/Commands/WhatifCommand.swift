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
            The changes are applied in memory, in this order: those of --changes FILE, in the \
            file's order, then every --set, then every --drop-interaction, --retire and --drop, each \
            in the order given; the map file is never written. An effect is a number from -3 to 3 or a name of the scale (counteracting, \
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

    @Option(name: .customLong("changes"), help: ArgumentHelp(
        "Read changes from a YAML change file (see the README).", valueName: "file"))
    var changeFile: String?

    @OptionGroup var comparison: ComparisonOptions

    func validate() throws {
        try comparison.validate()
        _ = try changes()
        guard changeFile != nil || !sets.isEmpty || !dropInteractions.isEmpty || !retires.isEmpty || !drops.isEmpty else {
            throw ValidationError("name at least one change: --changes, --set, --drop-interaction, --retire or --drop")
        }
    }

    func run() throws {
        let graph = try input.graph()
        let (fromFile, source) = try readChangeFile()
        let all = fromFile + (try changes())
        let changed = try applying(all, to: graph, source: source)
        let diff = try graph.diff(to: changed, try comparison.analysisOptions())
        let files = [input.map] + (changeFile.map { [$0] } ?? [])
        try comparison.write(diff, old: input.map, new: "\(input.map) with \(all.count == 1 ? "1 change" : "\(all.count) changes")",
                             protecting: files)
    }

    /// The graph with the changes made. A change from the file that cannot be made is reported
    /// where it is written, like any error in a file (65); one from the command line is bad
    /// usage (64).
    private func applying(_ changes: [MapChange], to graph: PlaceGraph, source: String?) throws -> PlaceGraph {
        let result: Result<PlaceGraph, MapChangeError>
        do { result = .success(try graph.applying(changes)) } catch { result = .failure(error) }
        switch result {
        case let .success(changed):
            return changed
        case let .failure(error):
            guard let location = error.location else { throw error }
            Console.standardError.write(Diagnostic(.error, error.description, at: location).styled(source: source))
            throw CLIFailure.badData
        }
    }

    /// The changes of `--changes FILE` and the file's text, or none.
    ///
    /// - Throws: ``CLIFailure`` 64 when the file cannot be read, 65 when it has errors (printed).
    private func readChangeFile() throws -> ([MapChange], String?) {
        guard let changeFile else { return ([], nil) }
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: changeFile))
            guard data.count <= 1 << 20 else { throw CLIFailure.usage("the change file '\(changeFile)' is larger than 1 MiB") }
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw CLIFailure.usage("the change file '\(changeFile)' is not UTF-8 text")
            }
            text = decoded
        } catch let failure as CLIFailure {
            throw failure
        } catch {
            throw CLIFailure.usage("cannot read the change file '\(changeFile)': no such file, or it cannot be opened")
        }
        let (changes, diagnostics) = ChangeFile.read(text: text, file: changeFile)
        for diagnostic in diagnostics { Console.standardError.write(diagnostic.styled(source: text)) }
        guard diagnostics.isEmpty else {
            Console.standardError.write("\(Words.count(diagnostics.count, "error")) in \(changeFile); nothing was written\n" as StyledText)
            throw CLIFailure.badData
        }
        return (changes, text)
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
