import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// A failure that ends the command with a particular exit code (SPEC §3), from BSD's
/// `sysexits.h` where one fits.
struct CLIFailure: Error {
    let code: Int32
    /// Printed to standard error as `error: …`; `nil` when the details were printed already.
    let message: String?

    init(code: Int32, message: String?) {
        self.code = code
        self.message = message
    }

    static let findingsCode: Int32 = 1
    static let usageCode: Int32 = 64
    static let dataCode: Int32 = 65
    static let internalCode: Int32 = 70
    /// `EX_CANTCREAT`: the output cannot be created where `-o` points.
    static let cannotCreateCode: Int32 = 73
    /// `EX_IOERR`: writing the output failed part way (a full disk, a closed pipe).
    static let writeFailedCode: Int32 = 74

    /// Bad usage: a missing file, an unknown format, an output that would overwrite the input.
    static func usage(_ message: String) -> CLIFailure { CLIFailure(code: usageCode, message: message) }
    /// Bad input data, already reported as diagnostics.
    static let badData = CLIFailure(code: dataCode, message: nil)
    /// Findings that `--fail-on` asked to fail on, already reported.
    static let findings = CLIFailure(code: findingsCode, message: nil)
    /// A failure of placegraph itself or of a library it calls.
    static func internalFailure(_ message: String) -> CLIFailure { CLIFailure(code: internalCode, message: message) }
    /// The output cannot be created: a device, FIFO, socket or folder in the way, a missing
    /// or read-only folder.
    static func cannotCreate(_ message: String) -> CLIFailure { CLIFailure(code: cannotCreateCode, message: message) }
    /// Writing the output failed: no space left, an I/O error, standard output closed.
    static func writeFailed(_ message: String) -> CLIFailure { CLIFailure(code: writeFailedCode, message: message) }

    /// The one place a library error becomes an exit code and a message: 64 for what the user
    /// asked for badly (an unreadable map, an unknown id, a bound out of range), 70 for what
    /// failed inside (Graphviz, the solver, encoding).
    init(_ error: any Error) {
        switch error {
        case let failure as CLIFailure:
            self = failure
        case let error as MapReadError:
            switch error {
            case .unknownFormat: self = .usage(error.description + ", or pass --input-format yaml, json, csv or xlsx")
            case .unreadable: self = .usage(error.description)
            }
        case let error as LoopSearchError:
            self = .usage(error.description)
        case let error as SimulationError:
            self = .usage(error.description)
        case let error as MapChangeError:
            self = .usage(error.description)
        case let error as BalanceError:
            switch error {
            case .invalidTimeLimit: self = .usage(error.description)
            case .solverFailed: self = .internalFailure(error.description)
            }
        case let error as RenderError:
            switch error {
            case .unknownItem, .invalidDepth: self = .usage(error.description)
            default: self = .internalFailure(error.description)
            }
        case let error as MapWriteError:
            // The map is fine but cannot be put into the format asked for (a text too long for
            // a spreadsheet cell): a problem with the input data for that format.
            self = CLIFailure(code: Self.dataCode, message: "cannot write the map: \(error.description)")
        case let error as WorkshopPackError:
            self = .internalFailure(error.description)
        case let error as EncodingError:
            self = .internalFailure("could not write the output: \(error)")
        default:
            self = .internalFailure("internal failure: \(error)")
        }
    }
}
