internal import CGraphviz
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
public enum GraphvizRenderer {
    /// Draws `drawing` in `format`; the `dot` format is its DOT text as it is.
    ///
    /// - Throws: ``RenderError``.
    /// - Complexity: Graphviz's layout, which ``LayoutBudget`` bounds.
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

    /// Graphviz's work, under the lock.
    static func draw(dot: String, engine: String, format: OutputFormat) throws -> (data: Data, warnings: [String]) {
        let result = try draw(dot: dot, engine: engine, graphvizFormat: format.graphvizName)
        return (format == .pdf ? PDFDates.fixed(in: result.data) : result.data, result.warnings)
    }

    /// Parses, lays out and renders; engine and format are Graphviz's names for them.
    static func draw(dot: String, engine: String, graphvizFormat format: String) throws -> (data: Data, warnings: [String]) {
        lock.lock()
        defer { lock.unlock() }
        let plugins = try loadedPlugins()
        messages = ""
        _ = agreseterrors()
        guard plugins.supports(format) else { throw RenderError.unknownFormat(format) }

        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError.invalidDOT(takeMessages().errors.first ?? "the text holds no graph")
        }
        defer { agclose(graph) }

        let laidOut = gvLayout(plugins.context, graph, engine)
        defer { gvFreeLayout(plugins.context, graph) }
        guard laidOut == 0 else {
            let message = takeMessages().errors.first ?? "no message"
            throw plugins.layouts.contains(engine) ? RenderError.layoutFailed(message) : RenderError.unknownEngine(engine)
        }

        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        // On failure Graphviz may have moved the buffer, so it is freed only on success.
        guard gvRenderData(plugins.context, graph, format, &buffer, &length) == 0, let buffer else {
            throw RenderError.renderFailed(takeMessages().errors.first ?? "no message")
        }
        defer { gvFreeRenderData(buffer) }
        let data = Data(bytes: buffer, count: Int(length))
        return (data, takeMessages().warnings)
    }

    // MARK: - State, guarded by `lock`

    private static let lock = NSLock()
    /// The process's one context and what it can do; `nil` until first use.
    nonisolated(unsafe) private static var plugins: Plugins?
    /// Text Graphviz reported since the last ``takeMessages()``.
    nonisolated(unsafe) private static var messages = ""

    /// The context and its plugins, created on first use. Call with the lock held.
    private static func loadedPlugins() throws -> Plugins {
        // Set every time: the handler and level are global to the library.
        _ = agseterrf(collectMessage)
        // AGWARN sends every message, warnings too, to the handler; with AGMAX cgraph would
        // skip the handler and keep only the last message for aglasterr().
        _ = agseterr(AGWARN)
        if plugins == nil, let context = gvContext() {
            plugins = Plugins(context: context, layouts: names(context, "layout"),
                              devices: names(context, "device"), renderers: names(context, "render"))
        }
        guard let plugins, !plugins.layouts.isEmpty else {
            messages = ""
            throw RenderError.missingPluginConfiguration
        }
        return plugins
    }

    /// The names of the plugins of one kind, freeing Graphviz's list.
    private static func names(_ context: OpaquePointer, _ kind: String) -> Set<String> {
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

    private struct Plugins {
        let context: OpaquePointer
        let layouts: Set<String>
        let devices: Set<String>
        let renderers: Set<String>

        /// True when `format`, such as `svg` or `png:cairo`, has a device and renderer.
        func supports(_ format: String) -> Bool {
            let parts = format.split(separator: ":").map(String.init)
            guard let device = parts.first, devices.contains(device) else { return false }
            return parts.count < 2 || renderers.contains(parts[1])
        }
    }
}

/// Collects what cgraph reports; it arrives in pieces (`Error`, `: `, the message).
private let collectMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text { GraphvizRenderer.appendMessage(String(cString: text)) }
    return 0
}

extension GraphvizRenderer {
    fileprivate static func appendMessage(_ text: String) { messages += text }
}
