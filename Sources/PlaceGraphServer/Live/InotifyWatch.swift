import Foundation
#if canImport(Glibc)
import Glibc

/// An inotify watch on the folders that hold a file (the path's own, and its target's when it
/// is a symbolic link), reporting events for that file's names only.
struct InotifyWatch {
    private let descriptor: Int32
    private let names: Set<String>

    /// Watches `path`'s folder; `nil` when inotify is not available (then only polling is used).
    init?(path: String) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        var paths = [path]
        if let real = realpath(path, nil) {
            paths.append(String(cString: real))
            free(real)
        }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)
        var watched = 0
        for file in paths {
            let folder = (file as NSString).deletingLastPathComponent
            if inotify_add_watch(descriptor, folder.isEmpty ? "." : folder, mask) >= 0 { watched += 1 }
        }
        guard watched > 0 else {
            Glibc.close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        names = Set(paths.map { ($0 as NSString).lastPathComponent })
    }

    /// Waits up to `milliseconds` for events; true when one named the file.
    func wait(milliseconds: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var named = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let length = buffer.withUnsafeBytes {
                    Int($0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self).len)
                }
                let start = offset + header
                let end = min(count, start + length)
                let name = String(decoding: buffer[start..<end].prefix { $0 != 0 }, as: UTF8.self)
                if names.contains(name) { named = true }
                offset = start + length
            }
        }
        return named
    }

    func close() { Glibc.close(descriptor) }
}
#else
/// No inotify here: the watcher polls.
struct InotifyWatch {
    init?(path: String) { return nil }
    func wait(milliseconds: Int32) -> Bool { false }
    func close() {}
}
#endif
