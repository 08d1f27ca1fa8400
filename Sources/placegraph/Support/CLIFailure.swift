import PlaceGraphKit

/// A failure that ends the command with a particular exit code (SPEC §3), from BSD's
/// `sysexits.h` where one fits.
struct CLIFailure: Error {
    let code: Int32
    /// Printed to standard error as `error: …`; `nil` when the details were printed already.
    let message: String?

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
}
