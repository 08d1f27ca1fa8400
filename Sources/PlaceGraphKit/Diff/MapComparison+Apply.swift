extension MapComparison {
    /// `map` with these changes made: removed items and interactions taken out, changed ones
    /// replaced, added ones put in, and the new place's fields.
    ///
    /// Applied to the old version the comparison was made from, it gives a map with the new
    /// version's items and interactions (in another order, which no analysis depends on).
    ///
    /// - Complexity: O(*n* + *m*·*c*) for *n* items, *m* interactions and *c* changed ones.
    public func applied(to map: PlaceMap) -> PlaceMap {
        var inventory = MapInventory(map)
        inventory.place = newPlace
        for item in removedItems { inventory.remove(item.id) }
        for change in changedItems { inventory.insert(change.new) }
        for item in addedItems { inventory.insert(item) }
        let gone = removedInteractions + changedInteractions.map(\.old)
        inventory.interactions.removeAll { interaction in
            gone.contains { $0.from == interaction.from && $0.to == interaction.to }
        }
        inventory.interactions += changedInteractions.map(\.new) + addedInteractions
        return inventory.map()
    }
}
