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
            balancing otherwise. Interactions with a 0 effect are left out. Each loop is written \
            from its smallest id. Loops are written as they are found, in that order: by smallest \
            id, then by ids (--sorted collects them first and sorts them by length, then ids). \
            The first lines say what the bounds will cut; the last give the counts. Found with \
            Johnson's algorithm (SIAM J. Comput. 1975).
            """
    )

    @OptionGroup var input: MapInput

    @Option(name: .customLong("max-length"),
            help: ArgumentHelp("Only loops of at most N interactions; 0 for every length.", valueName: "N"))
    var maxLength = 8

    @Option(name: .customLong("max-loops"), help: ArgumentHelp("Stop after N loops; 0 for no limit.", valueName: "N"))
    var maxLoops = 10_000

    @Option(help: ArgumentHelp("Only loops through the item with this id.", valueName: "ID"))
    var through: String?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Stop searching after SECONDS.", valueName: "SECONDS"))
    var timeLimit: Double?

    @Flag(help: "Collect every loop, then list them by length, then ids (memory grows with the loops).")
    var sorted = false

    @OptionGroup var format: ResultFormatOption
    @OptionGroup var output: OutputOption

    /// For scripts/bench-loops: print the counts and the search time only.
    @Flag(help: .hidden)
    var benchmark = false

    func validate() throws {
        try OptionBounds.check(maxLength, option: "--max-length", atLeast: 0, meaning: " (0 for every length)")
        try OptionBounds.check(maxLoops, option: "--max-loops", atLeast: 0, meaning: " (0 for no limit)")
        if let timeLimit { _ = try OptionBounds.seconds(timeLimit) }
    }

    func run() throws {
        let graph = try input.graph()
        let options = LoopSearchOptions(maxLength: maxLength == 0 ? nil : maxLength, maxLoops: maxLoops == 0 ? nil : maxLoops,
                                        through: through, timeLimit: try timeLimit.map { try OptionBounds.timeLeft($0) })
        guard benchmark || sorted else { return try stream(try graph.feedbackLoopStream(options)) }
        let loops = try graph.feedbackLoops(options)
        if benchmark {
            try printTiming(graph: graph, options: options, loops: loops)
            return
        }
        try ResultOutput(format: format.format, output: output, map: input.map)
            .write(text: loops.text, markdown: loops.markdown, json: loops.json)
    }

    /// Writes each loop as the search finds it, through a buffer, so memory stays flat.
    private func stream(_ stream: LoopStream) throws {
        let kind: LoopListing.Format = switch format.format {
        case .text: .text
        case .markdown: .markdown
        case .json: .json
        }
        let listing = LoopListing(stream, format: kind)
        let out = try StreamingOutput(path: output.path, protecting: [input.map])
        var failure: (any Error)?
        var number = 0
        let summary: LoopStreamSummary
        do {
            try out.write(listing.opening())
            summary = stream.run { loop in
                number += 1
                do {
                    try out.write(listing.loop(loop, number: number))
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
            try out.write(listing.closing(summary))
        } catch {
            out.discard()
            throw error
        }
        try out.finish()
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
