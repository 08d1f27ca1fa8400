import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// The map a workshop is looking at: the last good version of the file, the problems of the
/// version on disk when it does not validate, and the state and drawings made from it.
///
/// An actor, so that reloads and edits happen one at a time: two browsers that submit at
/// once are applied in turn, each against the file as the other left it.
public actor LiveMap {
    let options: WorkshopServerOptions
    let format: InputFormat
    /// Where every open page listens.
    public nonisolated let events = EventHub()
    private(set) var snapshot: MapSnapshot
    private(set) var problems: MapProblems?
    private var states: [DetailLevel: Data] = [:]
    private var drawings = DrawingCache()

    /// Loads the map for the first time.
    ///
    /// - Throws: ``WorkshopServerError/invalidMap(_:)`` when it does not validate,
    ///   ``WorkshopServerError/unreadable(_:)`` when it cannot be read.
    public init(options: WorkshopServerOptions) throws {
        guard let format = MapFile.format(of: options.mapPath, given: options.format) else {
            throw WorkshopServerError.unreadable(MapReadError.unknownFormat(path: options.mapPath).description)
        }
        guard let bytes = MapFile.read(options.mapPath) else {
            throw WorkshopServerError.unreadable("cannot read '\(options.mapPath)'")
        }
        let result = MapLoader.load(data: bytes, file: options.mapPath, format: format)
        guard let graph = result.graph, !result.hasErrors else { throw WorkshopServerError.invalidMap(result) }
        self.options = options
        self.format = format
        snapshot = MapSnapshot(version: MapVersion(of: bytes), bytes: bytes, graph: graph)
    }

    /// The version of the map shown.
    public var version: MapVersion { snapshot.version }

    /// The state document at `level` (``PlaceAnalysis/liveJSON(version:editable:)``), made once
    /// per version and level.
    public func state(at level: DetailLevel) throws -> Data {
        if let state = states[level] { return state }
        let analysis = try snapshot.graph.analysis(AnalysisOptions(
            asOf: options.asOf, level: level, parts: .loops, loopSearch: Self.loopSearch))
        let state = try analysis.liveJSON(version: snapshot.version.description, editable: options.editable)
        states[level] = state
        return state
    }

    /// The drawing of the whole map with `view`, made once per version and view.
    public func drawing(_ view: DrawingView) throws -> Data {
        if let svg = drawings[view, snapshot.version] { return svg }
        let rendered = try snapshot.graph.rendered(as: .svg, options: view.renderOptions)
        drawings[view, snapshot.version] = rendered.data
        return rendered.data
    }

    /// The events a page that starts listening needs first: the version shown, and the
    /// problems of the file on disk when it does not validate.
    public func greeting() throws -> [ServerEvent] {
        var events = [try Self.stateEvent(snapshot.version, previous: nil)]
        if let problems { events.append(try Self.problemsEvent(problems, lastGood: snapshot.version)) }
        return events
    }

    /// Reads the file again and tells every page what changed: a new state when it validates,
    /// its problems when it does not. Nothing happens when the bytes are the same, or the file
    /// is missing for a moment while an editor replaces it.
    ///
    /// - Returns: true when a new good version was loaded.
    @discardableResult
    public func reload() throws -> Bool {
        guard let bytes = MapFile.read(options.mapPath) else { return false }
        let version = MapVersion(of: bytes)
        if version == snapshot.version {
            if problems != nil {
                problems = nil
                events.broadcast(try Self.stateEvent(version, previous: version))
            }
            return false
        }
        if version == problems?.version { return false }
        let result = MapLoader.load(data: bytes, file: options.mapPath, format: format)
        guard let graph = result.graph, !result.hasErrors else {
            let found = MapProblems(version: version, diagnostics: result.diagnostics, source: result.source)
            problems = found
            events.broadcast(try Self.problemsEvent(found, lastGood: snapshot.version))
            return false
        }
        install(MapSnapshot(version: version, bytes: bytes, graph: graph))
        return true
    }

    /// Makes `new` the version shown, warms the default state and drawing, and tells every page.
    func install(_ new: MapSnapshot) {
        let previous = snapshot.version
        snapshot = new
        problems = nil
        states = [:]
        drawings.keep(only: new.version)
        _ = try? state(at: .objectives)
        if let view = drawings.lastView { _ = try? drawing(view) }
        if let event = try? Self.stateEvent(new.version, previous: previous) { events.broadcast(event) }
    }

    /// The loop search the page's panel needs: bounded like the workshop pack's, faster.
    static let loopSearch = LoopSearchOptions(maxLength: 8, maxLoops: 2_000, timeLimit: .seconds(2))

    static func stateEvent(_ version: MapVersion, previous: MapVersion?) throws -> ServerEvent {
        ServerEvent(name: "state", data: try LiveMessage.encode(LiveMessage.NewState(
            version: version.description, previous: previous?.description)))
    }

    static func problemsEvent(_ problems: MapProblems, lastGood: MapVersion) throws -> ServerEvent {
        ServerEvent(name: "problems", data: try Diagnostic.liveJSON(
            problems.diagnostics, source: problems.source, version: problems.version.description,
            lastGood: lastGood.description))
    }
}
