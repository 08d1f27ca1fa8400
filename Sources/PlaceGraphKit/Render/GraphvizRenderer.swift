// Graphviz's default disciplines are C globals, read only under the lock.
@preconcurrency internal import CGraphviz
import Foundation

/// Lays out and draws DOT text with Graphviz's C library, in this process.
///
/// This is the only file that imports Graphviz. Graphviz keeps global state (its error
/// handler, its parser, its plugins), so one process-wide lock guards every call, from parsing
/// to `agclose`, and one `GVC_t` context serves the whole process: it is created on first use
/// and never freed, because freeing and recreating contexts makes the pango plugin read freed
/// memory. Graphviz's messages go to a handler that collects them, so it never prints; they
/// come back as a ``RenderError`` or as warnings. Formats are checked against the plugins
/// before drawing, because a failed `gvRenderData` leaves a stale job behind that the next
/// render would write to standard output.
///
/// Three things keep repeated renders in one process byte-identical (Graphviz 2.42):
/// - graphs are read with an id discipline (`IDTable`) that numbers objects in the order
///   they are read. `agmemread`'s default one uses the addresses of name strings as ids, and
///   cgraph orders subgraphs by id, so clusters came out in a different order from one render
///   to the next;
/// - the parser's line counter is reset before each read, so messages name the right line;
/// - `sfdp` keeps state from one layout to the next, so a two-node layout is run first to
///   put it in the same state every time;
/// - `circo` caches the last root graph it laid out, and that graph's `mindist` attribute, in
///   statics, and reads them again when a new graph lands at the freed graph's address: the
///   drawing then took another graph's spacing (or freed memory), depending on the allocator.
///   Before each `circo` layout an anchor graph that is never freed is laid out, so the real
///   graph is always new to `circo`, as it is in a fresh process.
///
/// `fdp` is not deterministic in Graphviz 2.42 even between processes, and crashes on nested
/// clusters after a few layouts, so the DOT writer never nests clusters for it.
public enum GraphvizRenderer {
    /// Draws `drawing` in `format`; the `dot` format is its DOT text as it is.
    ///
    /// - Throws: ``RenderError``.
    /// - Complexity: Graphviz's layout, which the DOT writer's layout budget bounds.
    public static func render(_ drawing: MapDrawing, as format: OutputFormat) throws -> RenderedMap {
        guard format.needsLayout else {
            return RenderedMap(data: Data(drawing.dot.utf8), format: format, engine: drawing.engine,
                               warnings: [], notes: drawing.notes)
        }
        let (data, warnings) = try draw(dot: drawing.dot, engine: drawing.engine.rawValue, format: format)
        return RenderedMap(data: data, format: format, engine: drawing.engine, warnings: warnings, notes: drawing.notes)
    }

    /// Lays out any DOT text with `engine` and draws it as `format`.
    ///
    /// - Returns: the bytes, and Graphviz's warnings.
    /// - Throws: ``RenderError``.
    public static func render(dot: String, engine: LayoutEngine = .dot,
                              format: OutputFormat = .svg) throws -> (data: Data, warnings: [String]) {
        guard format.needsLayout else { return (Data(dot.utf8), []) }
        return try draw(dot: dot, engine: engine.rawValue, format: format)
    }

    /// Graphviz's work, with the PDF's date fixed.
    static func draw(dot: String, engine: String, format: OutputFormat) throws -> (data: Data, warnings: [String]) {
        let result = try draw(dot: dot, engine: engine, graphvizFormat: format.graphvizName)
        return (format == .pdf ? PDFDates.fixed(in: result.data) : result.data, result.warnings)
    }

    /// Parses, lays out and renders under the lock; engine and format are Graphviz's names.
    ///
    /// Standard error is captured for the length of the work: Graphviz's path planner (and
    /// some plugins) print straight to it rather than through cgraph's handler, a line per
    /// failed edge route ("triangulation failed"). Those lines join the warnings; lines that
    /// are not Graphviz's (another thread's) are written back to standard error afterwards.
    static func draw(dot: String, engine: String, graphvizFormat format: String) throws -> (data: Data, warnings: [String]) {
        lock.lock()
        defer { lock.unlock() }
        let capture = StandardErrorCapture()
        let outcome = Result { try drawLocked(dot: dot, engine: engine, graphvizFormat: format) }
        var tally = capture.finish()
        let data = try outcome.get()
        // A drawing that succeeded can still have lost an edge: its errors are warnings too.
        let messages = takeMessages()
        for message in messages.errors + messages.warnings { tally.add(message) }
        return (data, tally.lines)
    }

    /// ``draw(dot:engine:graphvizFormat:)``'s work, with the lock held.
    private static func drawLocked(dot: String, engine: String, graphvizFormat format: String) throws -> Data {
        let session = try startedSession()
        guard session.supports(format) else { throw RenderError.unknownFormat(format) }
        if engine == LayoutEngine.sfdp.rawValue { session.warmUpSFDP() }
        if engine == LayoutEngine.circo.rawValue { session.anchorCirco() }

        guard let graph = session.read(dot) else {
            throw RenderError.invalidDOT(takeMessages().errors.first ?? "the text holds no graph")
        }
        defer { agclose(graph) }

        let laidOut = gvLayout(session.context, graph, engine)
        defer { gvFreeLayout(session.context, graph) }
        guard laidOut == 0 else {
            let message = takeMessages().errors.first ?? "no message"
            throw session.layouts.contains(engine) ? RenderError.layoutFailed(message) : RenderError.unknownEngine(engine)
        }

        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        // On failure Graphviz may have moved the buffer, so it is freed only on success.
        guard gvRenderData(session.context, graph, format, &buffer, &length) == 0, let buffer else {
            throw RenderError.renderFailed(takeMessages().errors.first ?? "no message")
        }
        defer { gvFreeRenderData(buffer) }
        return Data(bytes: buffer, count: Int(length))
    }

    /// Each distinct message once, in order of first appearance, with how often it came.
    static func summarised(_ messages: [String]) -> [String] {
        var tally = MessageTally()
        for message in messages { tally.add(message) }
        return tally.lines
    }

    // MARK: - State, guarded by `lock`

    private static let lock = NSLock()
    /// The process's one context and what it can do; `nil` until first use.
    nonisolated(unsafe) private static var session: Session?
    /// Text Graphviz reported since the last ``takeMessages()``.
    nonisolated(unsafe) fileprivate static var messages = ""

    /// The context and its plugins, created on first use, with messages cleared. Call with
    /// the lock held.
    private static func startedSession() throws -> Session {
        // Set every time: the handler and level are global to the library. AGWARN sends every
        // message, warnings too, to the handler; with AGMAX cgraph would skip the handler and
        // keep only the last message for aglasterr().
        _ = agseterrf(collectMessage)
        _ = agseterr(AGWARN)
        if session == nil, let context = gvContext() {
            session = Session(context: context)
        }
        messages = ""
        _ = agreseterrors()
        guard let session, !session.layouts.isEmpty else { throw RenderError.missingPluginConfiguration }
        return session
    }

    /// Graphviz's messages since the last call, split into errors and warnings, trimmed.
    private static func takeMessages() -> (errors: [String], warnings: [String]) {
        defer { messages = "" }
        var errors: [String] = [], warnings: [String] = []
        var current: (isError: Bool, text: String)?
        func finish() {
            guard let message = current else { return }
            let text = message.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty {
                if message.isError { errors.append(text) } else { warnings.append(text) }
            }
        }
        for line in messages.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Error: ") {
                finish()
                current = (true, String(line.dropFirst(7)))
            } else if line.hasPrefix("Warning: ") {
                finish()
                current = (false, String(line.dropFirst(9)))
            } else {
                current = (current?.isError ?? false, (current.map { $0.text + " " } ?? "") + line)
            }
        }
        finish()
        return (errors, warnings)
    }

    /// The long-lived context, the plugins it found, and the discipline graphs are read with.
    private struct Session {
        let context: OpaquePointer
        let layouts: Set<String>
        let devices: Set<String>
        let renderers: Set<String>
        /// Never freed, like the context.
        let discipline: UnsafeMutablePointer<Agdisc_t>
        /// A two-node graph `circo` lays out before each real graph; never freed, so no later
        /// graph can take its address (see ``anchorCirco()``).
        private let circoAnchor: UnsafeMutablePointer<Agraph_t>?

        init(context: OpaquePointer) {
            self.context = context
            layouts = Self.names(context, "layout")
            devices = Self.names(context, "device")
            renderers = Self.names(context, "render")
            let memory = UnsafeMutablePointer<Agmemdisc_t>.allocate(capacity: 1)
            memory.initialize(to: AgMemDisc)
            let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
            ids.initialize(to: Agiddisc_t(open: openIDs, map: mapID, alloc: { _, _, _ in 0 }, free: { _, _, _ in },
                                          print: printID, close: closeIDs, idregister: { _, _, _ in }))
            let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
            io.initialize(to: Agiodisc_t(afread: readChunk, putstr: AgIoDisc.putstr, flush: AgIoDisc.flush))
            discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
            discipline.initialize(to: Agdisc_t(mem: memory, id: ids, io: io))
            circoAnchor = Self.parse("graph { a -- b }", with: discipline)
        }

        /// True when `format`, such as `svg` or `png:cairo`, has a device and renderer.
        func supports(_ format: String) -> Bool {
            let parts = format.split(separator: ":").map(String.init)
            guard let device = parts.first, devices.contains(device) else { return false }
            return parts.count < 2 || renderers.contains(parts[1])
        }

        /// The graph in `text`, or `nil` with the reason in ``messages``.
        func read(_ text: String) -> UnsafeMutablePointer<Agraph_t>? {
            Self.parse(text, with: discipline)
        }

        /// ``read(_:)`` before the session exists.
        static func parse(_ text: String, with discipline: UnsafeMutablePointer<Agdisc_t>) -> UnsafeMutablePointer<Agraph_t>? {
            agsetfile(nil)
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer in
                var reader = MemoryReader(bytes: buffer, offset: 0)
                return withUnsafeMutablePointer(to: &reader) { agread($0, discipline) }
            }
        }

        /// Lays out two nodes with `sfdp`, which leaves it in the same state whatever it drew before.
        func warmUpSFDP() {
            guard let graph = read("graph { a -- b }") else { return }
            defer { agclose(graph) }
            _ = gvLayout(context, graph, LayoutEngine.sfdp.rawValue)
            gvFreeLayout(context, graph)
        }

        /// Lays out the anchor graph with `circo`, so that `circo`'s cached root graph is one
        /// that is alive and is not the next graph: the next layout reads its own attributes.
        func anchorCirco() {
            guard let circoAnchor else { return }
            _ = gvLayout(context, circoAnchor, LayoutEngine.circo.rawValue)
            gvFreeLayout(context, circoAnchor)
        }

        /// The names of the plugins of one kind, freeing Graphviz's list.
        static func names(_ context: OpaquePointer, _ kind: String) -> Set<String> {
            var count: Int32 = 0
            guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
            defer { free(list) }
            var names = Set<String>()
            for index in 0..<Int(count) {
                guard let name = list[index] else { continue }
                names.insert(String(cString: name))
                free(name)
            }
            return names
        }
    }
}

/// Collects what cgraph reports; it arrives in pieces (`Error`, `: `, the message).
private let collectMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text { GraphvizRenderer.messages += String(cString: text) }
    return 0
}

/// DOT text being read by cgraph's parser through ``readChunk``.
private struct MemoryReader {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    var offset: Int
}

/// cgraph's `afread`: copies the next bytes of a ``MemoryReader``; 0 at the end.
private let readChunk: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<CChar>?, Int32) -> Int32 = {
    channel, buffer, size in
    guard let reader = channel?.assumingMemoryBound(to: MemoryReader.self), let buffer, size > 0 else { return 0 }
    let count = min(Int(size), reader.pointee.bytes.count - reader.pointee.offset)
    guard count > 0, let base = reader.pointee.bytes.baseAddress else { return 0 }
    UnsafeMutableRawPointer(buffer).copyMemory(from: base + reader.pointee.offset, byteCount: count)
    reader.pointee.offset += count
    return Int32(count)
}

/// Ids for the objects of one graph, handed out in the order they are first named.
///
/// Like cgraph's default discipline, named objects get even ids and anonymous ones odd ids,
/// and `print` gives a named object's name back; but the default uses the address of the
/// name's string as its id.
private final class IDTable {
    var ids: [String: IDTYPE] = [:]
    /// The name of id 2(*i* + 1) at *i*, as C strings freed on close.
    var names: [UnsafeMutablePointer<CChar>] = []
    var nextAnonymous: IDTYPE = 1

    static func from(_ state: UnsafeMutableRawPointer?) -> IDTable? {
        state.map { Unmanaged<IDTable>.fromOpaque($0).takeUnretainedValue() }
    }
}

private let openIDs: @convention(c) (UnsafeMutablePointer<Agraph_t>?, UnsafeMutablePointer<Agdisc_t>?) -> UnsafeMutableRawPointer? = {
    _, _ in Unmanaged.passRetained(IDTable()).toOpaque()
}

private let mapID: @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafeMutablePointer<CChar>?,
                                   UnsafeMutablePointer<IDTYPE>?, Int32) -> Int = { state, _, name, id, create in
    guard let table = IDTable.from(state), let id else { return 0 }
    guard let name else {
        id.pointee = table.nextAnonymous
        table.nextAnonymous += 2
        return 1
    }
    let key = String(cString: name)
    if let known = table.ids[key] {
        id.pointee = known
        return 1
    }
    guard create != 0, let copy = strdup(name) else { return 0 }
    table.names.append(copy)
    let new = IDTYPE(table.names.count * 2)
    table.ids[key] = new
    id.pointee = new
    return 1
}

private let printID: @convention(c) (UnsafeMutableRawPointer?, Int32, IDTYPE) -> UnsafeMutablePointer<CChar>? = {
    state, _, id in
    guard let table = IDTable.from(state), id % 2 == 0, id > 0, Int(id / 2) <= table.names.count else { return nil }
    return table.names[Int(id / 2) - 1]
}

private let closeIDs: @convention(c) (UnsafeMutableRawPointer?) -> Void = { state in
    guard let state else { return }
    let table = Unmanaged<IDTable>.fromOpaque(state).takeRetainedValue()
    for name in table.names { free(name) }
}

/// Graphviz's warnings, each distinct one once, in order of first appearance, with a count:
/// "Graphviz warned 2,256 times: triangulation failed". At most 20 distinct messages are
/// kept; the rest are counted in one line, so memory stays small whatever Graphviz prints.
struct MessageTally {
    private var order: [String] = []
    private var counts: [String: Int] = [:]
    private var others = 0

    mutating func add(_ message: String) {
        if counts[message] == nil {
            guard order.count < 20 else { others += 1; return }
            order.append(message)
        }
        counts[message, default: 0] += 1
    }

    var lines: [String] {
        var lines = order.map { message in
            let count = counts[message] ?? 1
            return count == 1 ? "Graphviz warned: \(message)" : "Graphviz warned \(Self.grouped(count)) times: \(message)"
        }
        if others > 0 { lines.append("Graphviz warned \(Self.grouped(others)) more times with other messages") }
        return lines
    }

    /// `count` with a comma every three digits, whatever the locale.
    private static func grouped(_ count: Int) -> String {
        var digits = String(count), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }
}

/// Standard error redirected into an anonymous temporary file while Graphviz works, because
/// its path planner writes there directly (`libpath/shortest.c:…: triangulation failed`).
struct StandardErrorCapture {
    private let file: UnsafeMutablePointer<FILE>?
    private let saved: Int32

    /// Starts capturing; when no temporary file can be made, nothing is captured.
    init() {
        fflush(stderr)
        file = tmpfile()
        saved = file == nil ? -1 : dup(STDERR_FILENO)
        if let file, saved >= 0 { dup2(fileno(file), STDERR_FILENO) }
    }

    /// Puts standard error back, tallies Graphviz's lines and writes any other line through.
    func finish() -> MessageTally {
        var tally = MessageTally()
        guard let file else { return tally }
        defer { fclose(file) }
        guard saved >= 0 else { return tally }
        fflush(stderr)
        dup2(saved, STDERR_FILENO)
        close(saved)
        rewind(file)
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line)
            if let message = Self.graphvizMessage(text) {
                if !message.isEmpty { tally.add(message) }
            } else {
                _ = text.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
            }
        }
        return tally
    }

    /// The message in a line Graphviz or its plugins wrote, or `nil` for a line of someone
    /// else's (another thread's output, written back through).
    static func graphvizMessage(_ line: String) -> String? {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return "" }
        if text.hasPrefix("libpath/"), let colon = text.range(of: ": ") {
            return String(text[colon.upperBound...])
        }
        for prefix in ["Warning: ", "Error: "] where text.hasPrefix(prefix) { return String(text.dropFirst(prefix.count)) }
        for marker in ["Pango-", "GLib-", "Fontconfig", "cairo"] where text.contains(marker) { return text }
        return nil
    }
}
