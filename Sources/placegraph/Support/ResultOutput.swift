import Foundation
import PlaceGraphPresentation

/// Writes a result in the format `--format` asks for, to `-o` or to standard output: the one
/// path every result command goes through.
struct ResultOutput {
    let format: ResultFormat
    let output: OutputOption
    /// The map being read, which `-o` may not overwrite.
    let map: String

    /// Writes the text form (coloured only on a terminal), the Markdown or the JSON.
    ///
    /// - Throws: ``CLIFailure`` from ``OutputFile``, or an encoding error from `json`.
    func write(text: () -> StyledText, markdown: () -> String, json: () throws -> Data) throws {
        let data: Data
        switch format {
        case .text:
            let color = output.isStandardOutput && Console.standardOutput.usesColor
            data = Data(Console.rendered(text(), color: color).utf8)
        case .markdown: data = Data(markdown().utf8)
        case .json: data = try json()
        }
        try OutputFile.write(data, to: output.path, protecting: [map])
    }
}
