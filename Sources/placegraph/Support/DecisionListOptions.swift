import ArgumentParser
import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// The options `timeline` and `agenda` share (the map, `--format`, `--level`, `--as-of`,
/// `--within`, `-o`) and the one analysis both lists are read from.
struct DecisionListOptions: ParsableArguments {
    @OptionGroup var input: MapInput
    @OptionGroup var format: ResultFormatOption
    @OptionGroup var level: LevelOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var within: WithinOption
    @OptionGroup var output: OutputOption

    /// Analyses the map as the options say and writes the list the three forms present.
    func write(text: (PlaceAnalysis) -> () -> StyledText, markdown: (PlaceAnalysis) -> () -> String,
               json: (PlaceAnalysis) -> () throws -> Data) throws {
        let date = try asOf.date(), span = try within.span()
        let analysis = try input.graph().analysis(AnalysisOptions(asOf: date, level: level.level.level, within: span))
        try ResultOutput(format: format.format, output: output, map: input.map)
            .write(text: text(analysis), markdown: markdown(analysis), json: json(analysis))
        ProcessLifetime.keepUntilExit(analysis)
    }
}
