import Foundation

/// A command's output written while it is still being made, through a buffer: to standard
/// output as it goes, or to a temporary file beside `-o`'s file that replaces it only once
/// finished (``OutputFile``'s rules), so memory stays flat however long the output grows and
/// a failed or interrupted run still never leaves half a file.
final class StreamingOutput {
    /// How many bytes are gathered before each write.
    static let bufferSize = 1 << 16

    private let target: OutputTarget?
    private let temporary: TemporaryFile?
    private let path: String
    private var buffer: [UInt8] = []

    /// Opens the output: standard output when `path` is `nil` or `-`.
    ///
    /// - Throws: ``CLIFailure`` as ``OutputFile/check(_:protecting:)`` and ``TemporaryFile``.
    init(path: String?, protecting inputs: [String]) throws {
        buffer.reserveCapacity(Self.bufferSize)
        guard let path, path != "-" else {
            self.path = "-"
            target = nil
            temporary = nil
            return
        }
        self.path = path
        let target = try OutputFile.check(path, protecting: inputs)
        self.target = target
        temporary = try TemporaryFile(beside: target)
    }

    /// Appends `text`, writing the buffer out whenever it fills.
    ///
    /// - Throws: ``CLIFailure`` 74 when the stream or the file refuses it.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes what is left and, for a file, moves it into place.
    ///
    /// - Throws: ``CLIFailure`` 73 or 74; the temporary file is then removed.
    func finish() throws {
        try flush()
        guard let temporary, let target else { return }
        do {
            try temporary.finish()
        } catch {
            temporary.discard()
            throw error
        }
        try OutputFile.commit(temporary, to: target, named: path)
    }

    /// Gives up: removes the temporary file; what reached standard output stays there.
    func discard() {
        temporary?.discard()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let data = Data(buffer)
        buffer.removeAll(keepingCapacity: true)
        if let temporary { try temporary.write(data) } else { try Console.standardOutput.send(data) }
    }
}
