import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

/// What the page asks to see of the map: the level, what groups services, and the layout
/// engine (`GET /api/map.svg?level=&clusterBy=&engine=`).
public struct DrawingView: Sendable, Hashable {
    public var level: DetailLevel
    public var clusterBy: Clustering
    /// `nil` lets the drawing code choose (`dot`, or `sfdp` for a large map without clusters).
    public var engine: LayoutEngine?

    public init(level: DetailLevel = .objectives, clusterBy: Clustering = .domain, engine: LayoutEngine? = nil) {
        self.level = level
        self.clusterBy = clusterBy
        self.engine = engine
    }

    /// The drawing options: the whole map, with its legend.
    var renderOptions: RenderOptions {
        RenderOptions(level: level, clusterBy: clusterBy, engine: engine)
    }
}

/// The drawings made of one version of the map, at most ``capacity`` of them, so a page
/// flicking through views cannot fill the memory.
struct DrawingCache {
    static let capacity = 12

    private var version: MapVersion?
    private var entries: [DrawingView: Data] = [:]
    private var order: [DrawingView] = []

    /// The view asked for last, to draw again first when the map changes.
    var lastView: DrawingView? { order.last }

    subscript(view: DrawingView, version: MapVersion) -> Data? {
        get { version == self.version ? entries[view] : nil }
        set {
            if version != self.version { keep(only: version) }
            order.removeAll { $0 == view }
            order.append(view)
            entries[view] = newValue
            while order.count > Self.capacity { entries[order.removeFirst()] = nil }
        }
    }

    /// Forgets the drawings of other versions, keeping which views were asked for.
    mutating func keep(only version: MapVersion) {
        guard version != self.version else { return }
        self.version = version
        entries = [:]
    }
}
