extension PlaceGraph {
    /// The graph of this map with `changes` applied in order, to a copy in memory.
    ///
    /// Each change is checked against the map as the changes before it left it, so dropping
    /// an item and then setting an interaction from it is an unknown id.
    ///
    /// - Throws: ``MapChangeError`` for an unknown id (with the closest id as a suggestion),
    ///   a missing interaction, or a retired item that is not an objective.
    /// - Complexity: O(*n* + *m*) per change for *n* items and *m* interactions, then the
    ///   cost of building a graph.
    public func applying(_ changes: [MapChange]) throws(MapChangeError) -> PlaceGraph {
        var inventory = MapInventory(map)
        for change in changes { try inventory.apply(change) }
        let built = PlaceGraph.build(from: inventory.map())
        guard let graph = built.graph else {
            let message = built.diagnostics.first { $0.severity == .error }?.message ?? "it cannot be built"
            throw .invalidResult(message, location: changes.last?.location)
        }
        return graph
    }
}

extension MapInventory {
    /// Applies one change.
    mutating func apply(_ change: MapChange) throws(MapChangeError) {
        let location = change.location
        switch change.operation {
        case let .drop(id):
            try require(id, at: location)
            dropItem(id)
        case let .retire(id):
            let item = try require(id, at: location)
            guard item.kind == .objective else { throw .notAnObjective(id, kind: item.kind, location: location) }
            dropItem(id)
        case let .dropInteraction(from, to):
            try require(from, at: location)
            try require(to, at: location)
            guard let position = interaction(from: from, to: to) else {
                throw .noInteraction(from: from, to: to, reverse: interaction(from: to, to: from) != nil, location: location)
            }
            interactions.remove(at: position)
        case let .set(from, to, effect, because, confidence):
            try require(from, at: location)
            try require(to, at: location)
            if let position = interaction(from: from, to: to) {
                let old = interactions[position]
                interactions[position] = Interaction(
                    from: old.from, to: old.to, effect: effect, because: because ?? old.because, evidence: old.evidence,
                    confidence: confidence ?? old.confidence, mutual: old.mutual, location: old.location)
            } else {
                interactions.append(Interaction(from: from, to: to, effect: effect, because: because,
                                                confidence: confidence ?? .medium, location: location))
            }
        }
    }

    /// The item with `id`.
    @discardableResult
    private func require(_ id: String, at location: SourceLocation?) throws(MapChangeError) -> MapItem {
        guard let item = items[id] else {
            throw .unknownItem(id, suggestion: Suggestion.closest(to: id, in: items.keys.sorted()), location: location)
        }
        return item
    }

    /// Removes an item, what it holds, and every interaction touching any of them.
    private mutating func dropItem(_ id: String) {
        let removed = removeWithContents(id)
        interactions.removeAll { removed.contains($0.from) || removed.contains($0.to) }
    }

    /// The position of the interaction from `from` to `to`, or of a mutual one between them
    /// written either way.
    private func interaction(from: String, to: String) -> Int? {
        interactions.firstIndex { ($0.from == from && $0.to == to) || ($0.mutual && $0.from == to && $0.to == from) }
    }
}
