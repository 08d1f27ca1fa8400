extension CircuitSearch {
    /// Receives each circuit as it is found: its arcs in order (graph arc indices, valid only
    /// during the call) and whether it reinforces. Returns false to stop the search.
    typealias Visitor = (UnsafeBufferPointer<Int32>, Bool) -> Bool

    /// Hands the circuit whose arcs are `pathArcs[0...depth]` to ``visitor``, unless
    /// `maxLoops` circuits have been handed over already.
    ///
    /// - Returns: false when the search must stop.
    func visit(depth: Int, reinforcing: Bool) -> Bool {
        guard let visitor else { return true }
        guard visited < maxLoops else { stoppedBy = .maxLoops; return false }
        visited += 1
        guard visitor(UnsafeBufferPointer(rebasing: pathArcs[0...depth]), reinforcing) else {
            cancelled = true
            return false
        }
        return true
    }
}
