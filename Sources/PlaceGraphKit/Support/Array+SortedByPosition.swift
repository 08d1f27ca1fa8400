extension Array {
    /// The elements in the order `areInIncreasingOrder` puts their positions in.
    ///
    /// For findings, which are big values full of references, sorting their positions and
    /// gathering once moves each value once, where sorting the values themselves copies and
    /// reference-counts them at every step of the sort. The comparison should read keys
    /// computed once per element, not compute them each time.
    func sortedByPosition(_ areInIncreasingOrder: (Int, Int) -> Bool) -> [Element] {
        indices.sorted(by: areInIncreasingOrder).map { self[$0] }
    }
}
