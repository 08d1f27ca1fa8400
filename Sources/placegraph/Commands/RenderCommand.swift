import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph render MAP`: draws the map through Graphviz's C library.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the map through Graphviz: SVG, PNG, PDF, DOT or JSON.",
        discussion: """
            Reinforcing interactions are blue, solid, with an arrow; undermining ones vermillion, \
            dashed, with a bar; line width grows with the effect. Without --format, the format \
            comes from -o's extension, else SVG. SVG, DOT and JSON go to standard output without \
            -o; PNG and PDF need -o.
            """
    )

    @OptionGroup var input: MapInput

    @OptionGroup var output: OutputOption

    @Option(help: "svg, png, pdf, dot (the DOT text) or json (Graphviz's).")
    var format: RenderChoice<OutputFormat>?

    @OptionGroup var level: LevelOption

    @Option(name: .customLong("cluster-by"), help: "Group services by domain, owner, area or none.")
    var clusterBy = RenderChoice(Clustering.domain)

    @Option(help: ArgumentHelp("Draw only the neighbourhood of this id; repeat for several.", valueName: "id"))
    var focus: [String] = []

    @Option(help: "How many interactions away from --focus to reach.")
    var depth: Int = 1

    @Option(help: "Draw only reinforcing or only undermining interactions.")
    var only: RenderChoice<Polarity>?

    @Option(help: "Graphviz layout engine: dot, neato, fdp, sfdp or circo (default: dot, or sfdp for a large map without clusters).")
    var engine: RenderChoice<LayoutEngine>?

    @Option(help: "Direction of dot's ranks: TB, LR, BT or RL.")
    var rankdir = RenderChoice(RankDirection.leftToRight)

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false

    @Option(name: .customLong("diff"), help: ArgumentHelp(
        "Mark what changed since an older version: a map file, or git:REV:PATH.", valueName: "old"))
    var diffAgainst: String?

    @Option(help: .hidden)
    var `repeat`: Int?

    func run() throws {
        let format = try chosenFormat()
        if format.isBinary && output.isStandardOutput {
            throw CLIFailure.usage("'\(format.rawValue)' is binary; write it to a file with -o map.\(format.rawValue)")
        }
        if let path = output.path, !output.isStandardOutput { try OutputFile.check(path, protecting: [input.map]) }
        let graph = try input.graph()
        var options = RenderOptions(level: level.level.level, clusterBy: clusterBy.value, focus: focus, depth: depth,
                                    only: only?.value, engine: engine?.value, rankdir: rankdir.value,
                                    legend: !noLegend)
        if let diffAgainst {
            guard level.level.level == .objectives else {
                throw CLIFailure.usage("--diff draws the map as written; leave out --level services")
            }
            let old = try MapSource(argument: diffAgainst).graph(format: input.inputFormat?.format)
            options.diff = DiffOverlay(MapComparison(old: old.map, new: graph.map))
        }
        let drawing = try graph.drawing(options)
        if let times = self.repeat { try Self.time(drawing, as: format, times: times) }
        let rendered = try drawing.rendered(as: format)
        for note in rendered.notes { Console.standardError.write("placegraph: note: \(note)\n" as StyledText) }
        for warning in rendered.warnings { Console.standardError.warning(warning) }
        try OutputFile.write(rendered.data, to: output.path, protecting: [input.map])
    }

    /// `--format`, else the format `-o`'s extension names, else SVG.
    private func chosenFormat() throws -> OutputFormat {
        if let format { return format.value }
        guard let output = output.path, output != "-" else { return .svg }
        let pathExtension = URL(fileURLWithPath: output).pathExtension
        guard let format = OutputFormat(pathExtension: pathExtension) else {
            throw CLIFailure.usage("cannot tell a format from '\(output)'; name a .svg, .png, .pdf, .dot or .json file, or pass --format")
        }
        return format
    }

    /// Renders `times` times in this process and reports the time per render on standard
    /// error; `scripts/bench-render` compares it with the `dot` command.
    private static func time(_ drawing: MapDrawing, as format: OutputFormat, times: Int) throws {
        guard (1...10_000).contains(times) else { throw CLIFailure.usage("--repeat must be from 1 to 10000, not '\(times)'") }
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for _ in 0..<times {
            let start = clock.now
            _ = try GraphvizRenderer.render(drawing, as: format)
            durations.append(clock.now - start)
        }
        func milliseconds(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            return formatNumber(Double(seconds) * 1000 + Double(attoseconds) / 1e15, decimals: 2)
        }
        let total = durations.reduce(Duration.zero, +)
        Console.standardError.write("render: \(times) in-process renders of \(drawing.itemCount) items, "
            + "\(drawing.interactionCount) interactions as \(format.rawValue): "
            + "mean \(milliseconds(total / times)) ms, fastest \(milliseconds(durations.min() ?? .zero)) ms\n")
    }
}

/// A value of one of the library's option enums, read case-insensitively from its raw value.
///
/// A wrapper rather than a conformance, so that other commands can read the same enums their
/// own way.
struct RenderChoice<Value: RawRepresentable & CaseIterable & Sendable>: ExpressibleByArgument
where Value.RawValue == String {
    let value: Value

    init(_ value: Value) { self.value = value }

    init?(argument: String) {
        guard let value = Value.allCases.first(where: { $0.rawValue.lowercased() == argument.lowercased() }) else {
            return nil
        }
        self.value = value
    }

    static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
}
