import Dispatch

/// Runs `side` on another thread while `main` runs on this one, and returns both results.
///
/// For two pieces of work that share nothing but immutable input, so the results are the
/// same as running them one after the other: only the wall time changes. The analysis and its
/// text use it to put a second core to work on a big map; it is for this package, not the API.
package func inParallel<Side: Sendable, Main>(_ side: @escaping @Sendable () -> Side, _ main: () throws -> Main) rethrows -> (Side, Main) {
    let box = ResultBox<Side>()
    let group = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: group) { box.value = side() }
    // Wait for the side work even when the main work throws, so it never outlives the call.
    defer { group.wait() }
    let result = try main()
    group.wait()
    return (box.value!, result)
}

/// Where the side work leaves its result; the group's wait orders the write before the read.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
