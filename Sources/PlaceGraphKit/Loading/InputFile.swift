import Foundation

/// Reads a map file without ever holding more than the size cap: a regular file larger than
/// the cap is refused from its size alone, and a pipe or other stream is read only until it
/// passes the cap.
enum InputFile {
    enum Outcome {
        case read(Data)
        /// More than `limit` bytes; `size` when the file system knows it, and the first line
        /// (cut short) for quoting.
        case tooLarge(size: Int?, firstLine: String)
        case failed(String)
    }

    private static let chunk = 1 << 20
    /// How much of the first line a size error quotes.
    private static let quotedBytes = 200

    /// Reads the file at `path`, or says why not.
    static func read(_ path: String, limit: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failed(String(cString: strerror(errno)).lowercased()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failed(String(cString: strerror(errno)).lowercased()) }
        if status.st_mode & S_IFMT == S_IFDIR { return .failed("it is a folder") }
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        if isRegular, Int(status.st_size) > limit {
            return .tooLarge(size: Int(status.st_size), firstLine: firstLine(descriptor))
        }
        var data = Data(capacity: isRegular ? Int(status.st_size) : chunk)
        var buffer = [UInt8](repeating: 0, count: chunk)
        while data.count <= limit {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(String(cString: strerror(errno)).lowercased())
            }
            if count == 0 { return .read(data) }
            data.append(contentsOf: buffer[..<count])
        }
        let head = data.prefix(quotedBytes)
        return .tooLarge(size: nil, firstLine: cutToFirstLine(head))
    }

    private static func firstLine(_ descriptor: Int32) -> String {
        var head = [UInt8](repeating: 0, count: quotedBytes)
        let count = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, quotedBytes, 0) }
        return cutToFirstLine(Data(head.prefix(max(0, count))))
    }

    /// The bytes up to the first line break, as text (ill-formed UTF-8 shown as U+FFFD).
    private static func cutToFirstLine(_ head: Data) -> String {
        var bytes = head.prefix { $0 != 0x0A && $0 != 0x0D }
        if bytes.starts(with: InputText.byteOrderMark) { bytes = bytes.dropFirst(InputText.byteOrderMark.count) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
