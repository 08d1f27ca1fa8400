import Foundation
import PlaceGraphPresentation

/// Writes a result in the format `--format` asks for, to `-o` or to standard output: the one
/// path every result command goes through.
struct ResultOutput {
    let format: ResultFormat
    let output: OutputOption
    /// The maps being read, which `-o` may not overwrite.
    let inputs: [String]

    init(format: ResultFormat, output: OutputOption, map: String) {
        self.init(format: format, output: output, inputs: [map])
    }

    init(format: ResultFormat, output: OutputOption, inputs: [String]) {
        self.format = format
        self.output = output
        self.inputs = inputs
    }

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
        try OutputFile.write(data, to: output.path, protecting: inputs)
    }
}
