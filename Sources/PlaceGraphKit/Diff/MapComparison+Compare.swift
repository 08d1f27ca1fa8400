extension MapComparison {
    /// Compares two versions of a map as written.
    ///
    /// Lists come in a fixed order: items by id, interactions by their ends.
    ///
    /// - Complexity: O(*n* + *m*) for *n* items and *m* interactions, plus O(*a* · *r* · *k*²)
    ///   for the rename suggestions between *a* added and *r* removed items of about *k*
    ///   characters.
    public init(old: PlaceMap, new: PlaceMap) {
        let before = MapInventory(old).items, after = MapInventory(new).items
        addedItems = after.values.filter { before[$0.id]?.kind != $0.kind }.sorted { $0.id < $1.id }
        removedItems = before.values.filter { after[$0.id]?.kind != $0.kind }.sorted { $0.id < $1.id }
        changedItems = after.values.compactMap { item -> ItemChange? in
            guard let previous = before[item.id], previous.kind == item.kind else { return nil }
            let fields = Self.fields(previous).indices.compactMap { index -> FieldChange? in
                let (name, was) = Self.fields(previous)[index], now = Self.fields(item)[index].1
                return was == now ? nil : FieldChange(field: name, old: was, new: now)
            }
            return fields.isEmpty ? nil : ItemChange(old: previous, new: item, fields: fields)
        }.sorted { $0.id < $1.id }

        var unmatched = old.interactions
        var added: [Interaction] = [], changed: [InteractionChange] = []
        for interaction in new.interactions {
            guard let position = Self.match(interaction, in: unmatched) else { added.append(interaction); continue }
            let previous = unmatched.remove(at: position)
            let aspects = Self.aspects(previous, interaction)
            if !aspects.isEmpty { changed.append(InteractionChange(old: previous, new: interaction, aspects: aspects)) }
        }
        addedInteractions = added.sorted(by: Self.byEnds)
        removedInteractions = unmatched.sorted(by: Self.byEnds)
        changedInteractions = changed.sorted { Self.byEnds($0.new, $1.new) }
        place = Self.placeFields(old.place, new.place)
        newPlace = new.place
        renames = Self.renames(removed: removedItems, added: addedItems)
    }

    /// The interaction in `list` between the same two items: the same ends, or the reverse
    /// when either is mutual.
    private static func match(_ interaction: Interaction, in list: [Interaction]) -> Int? {
        list.firstIndex { $0.from == interaction.from && $0.to == interaction.to }
            ?? list.firstIndex { ($0.mutual || interaction.mutual) && $0.from == interaction.to && $0.to == interaction.from }
    }

    private static func aspects(_ old: Interaction, _ new: Interaction) -> [Aspect] {
        var aspects: [Aspect] = []
        if old.effect.sign != new.effect.sign { aspects.append(.resigned) }
        else if old.effect != new.effect { aspects.append(.reweighted) }
        if old.confidence != new.confidence { aspects.append(.confidence) }
        if old.mutual != new.mutual { aspects.append(.mutual) }
        if old.because != new.because || old.evidence != new.evidence { aspects.append(.text) }
        return aspects
    }

    static func byEnds(_ lhs: Interaction, _ rhs: Interaction) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }

    /// An item's own fields as the map writes them, in a fixed order for its kind.
    private static func fields(_ item: MapItem) -> [(String, String?)] {
        let holder = ("holder", item.parent)
        switch item.body {
        case let .service(service):
            return [("name", service.name), ("domain", service.domain), ("owner", service.owner),
                    ("areas", service.areas.isEmpty ? nil : service.areas.joined(separator: ", "))]
        case let .contract(contract):
            return [holder, ("name", contract.name), ("supplier", contract.supplier),
                    ("start", contract.start?.description), ("end", contract.end?.description),
                    ("extensions", contract.extensionOptions.isEmpty
                        ? nil : contract.extensionOptions.map(\.description).joined(separator: ", ")),
                    ("leadTime", contract.leadTime?.description), ("ocid", contract.ocid),
                    ("value", contract.value.map { formatNumber($0) })]
        case let .objective(objective):
            return [holder, ("text", objective.text), ("kpi", objective.kpi)]
        case .factor:
            return []
        }
    }

    private static func placeFields(_ old: Place, _ new: Place) -> [FieldChange] {
        func areas(_ place: Place) -> String? {
            place.areas.isEmpty ? nil : place.areas.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        }
        let pairs: [(String, String?, String?)] = [
            ("name", old.name, new.name), ("mission", old.mission, new.mission),
            ("leadTime", old.leadTime?.description, new.leadTime?.description), ("areas", areas(old), areas(new)),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { FieldChange(field: $0.0, old: $0.1, new: $0.2) }
    }

    /// For each removed item, the closest added item of the same kind within
    /// ``renameThreshold``, comparing ids and names (case-insensitively) and keeping the
    /// closer; each added item is suggested at most once, closest pairs first.
    private static func renames(removed: [MapItem], added: [MapItem]) -> [Rename] {
        var candidates: [Rename] = []
        for old in removed {
            for new in added where new.kind == old.kind {
                let distance = min(normalisedDistance(old.id, new.id), normalisedDistance(old.name, new.name))
                if distance <= renameThreshold { candidates.append(Rename(removed: old.id, added: new.id, distance: distance)) }
            }
        }
        candidates.sort { ($0.distance, $0.removed, $0.added) < ($1.distance, $1.removed, $1.added) }
        var usedOld: Set<String> = [], usedNew: Set<String> = [], chosen: [Rename] = []
        for candidate in candidates where !usedOld.contains(candidate.removed) && !usedNew.contains(candidate.added) {
            usedOld.insert(candidate.removed)
            usedNew.insert(candidate.added)
            chosen.append(candidate)
        }
        return chosen.sorted { $0.removed < $1.removed }
    }

    /// Edit distance over the longer length; texts too far apart to matter stop early.
    static func normalisedDistance(_ a: String, _ b: String) -> Double {
        let length = max(a.count, b.count)
        guard length > 0 else { return 0 }
        let limit = Int((Double(length) * renameThreshold).rounded(.down))
        return Double(Suggestion.editDistance(a.lowercased(), b.lowercased(), limit: limit)) / Double(length)
    }
}
