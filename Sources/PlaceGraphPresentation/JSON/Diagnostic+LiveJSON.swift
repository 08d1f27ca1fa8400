import Foundation
import PlaceGraphKit

extension Diagnostic {
    /// A map's problems as the live workshop page shows them: each with its `severity`,
    /// `message`, `hint`, `location` (`file:line:column`), `line`, `column`, and the quoted
    /// line (`quoted`, a window of at most 120 characters with control characters shown
    /// escaped, as on the terminal) with `caret`, the characters that put a caret under the
    /// column.
    ///
    /// - Parameters:
    ///   - diagnostics: the problems, in the order to show them.
    ///   - source: the text they point into; `nil` quotes no line.
    ///   - version: the version of the file they were found in.
    ///   - lastGood: the version of the map still shown, when there is one.
    /// - Throws: `EncodingError`, which plain strings and integers never cause.
    public static func liveJSON(_ diagnostics: [Diagnostic], source: String?, version: String,
                                lastGood: String?) throws -> Data {
        try JSONDocument.encode(Problems(version: version, lastGood: lastGood,
                                         errors: diagnostics.filter { $0.severity == .error }.count,
                                         problems: diagnostics.map { Problem($0, source: source) }))
    }

    private struct Problems: Encodable {
        let version: String, lastGood: String?, errors: Int, problems: [Problem]
    }

    private struct Problem: Encodable {
        let severity: String, message: String, hint: String?, location: String?
        let line: Int?, column: Int?, quoted: String?, caret: String?

        init(_ diagnostic: Diagnostic, source: String?) {
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            hint = diagnostic.hint
            location = diagnostic.location?.description
            let textual = diagnostic.location.flatMap { $0.sheet == nil && $0.line > 0 ? $0 : nil }
            line = textual?.line
            column = textual?.column
            if let textual, let source, let window = SourceWindow(source: source, line: textual.line, column: textual.column) {
                quoted = window.text
                caret = window.caretLead
            } else {
                quoted = nil
                caret = nil
            }
        }
    }
}
