import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// `placegraph loops MAP`: lists the feedback loops and their polarity.
struct LoopsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loops",
        abstract: "List the feedback loops and their polarity.",
        discussion: """
            A loop is a chain of interactions that comes back to where it started without visiting \
            an item twice. It is reinforcing when its effects multiply to a positive sign and \
            balancing otherwise. Interactions with a 0 effect are left out. Loops are written from \
            their smallest id and sorted by length, then by ids. Found with Johnson's algorithm \
            (SIAM J. Comput. 1975).
            """
    )

    @OptionGroup var input: MapInput

    @Option(name: .customLong("max-length"), help: ArgumentHelp("Only loops of at most N interactions.", valueName: "N"))
    var maxLength: Int?

    @Option(name: .customLong("max-loops"), help: ArgumentHelp("Stop after N loops; 0 for no limit.", valueName: "N"))
    var maxLoops = 10_000

    @Option(help: ArgumentHelp("Only loops through the item with this id.", valueName: "ID"))
    var through: String?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Stop searching after SECONDS.", valueName: "SECONDS"))
    var timeLimit: Double?

    @OptionGroup var format: ResultFormatOption
    @OptionGroup var output: OutputOption

    /// For scripts/bench-loops: print the counts and the search time only.
    @Flag(help: .hidden)
    var benchmark = false

    func validate() throws {
        if let maxLength { try OptionBounds.check(maxLength, option: "--max-length", atLeast: 1) }
        try OptionBounds.check(maxLoops, option: "--max-loops", atLeast: 0, meaning: " (0 for no limit)")
        if let timeLimit { _ = try OptionBounds.seconds(timeLimit) }
    }

    func run() throws {
        let graph = try input.graph()
        let options = LoopSearchOptions(maxLength: maxLength, maxLoops: maxLoops == 0 ? nil : maxLoops,
                                        through: through, timeLimit: try timeLimit.map { try OptionBounds.timeLeft($0) })
        let loops = try graph.feedbackLoops(options)
        if benchmark {
            try printTiming(graph: graph, options: options, loops: loops)
            return
        }
        try ResultOutput(format: format.format, output: output, map: input.map)
            .write(text: loops.text, markdown: loops.markdown, json: loops.json)
    }

    /// Times the search in process, best of three runs (one when a run takes over a second),
    /// and prints the counts and the seconds as one line of JSON.
    private func printTiming(graph: PlaceGraph, options: LoopSearchOptions, loops: LoopAnalysis) throws {
        let clock = ContinuousClock()
        var best = Duration.seconds(Int64.max)
        for _ in 0..<3 {
            let elapsed = try clock.measure { _ = try graph.feedbackLoops(options) }
            best = min(best, elapsed)
            if elapsed > .seconds(1) { break }
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        try Console.standardOutput.send(Data("""
            {"count": \(loops.count), "reinforcing": \(loops.reinforcing), "balancing": \(loops.balancing), \
            "truncated": \(loops.truncated), "seconds": \(seconds)}\n
            """.utf8))
    }
}
