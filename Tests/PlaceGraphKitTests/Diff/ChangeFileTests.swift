import Testing
@testable import PlaceGraphKit

/// The change file of `whatif --changes`: every operation, and located errors.
@Suite("change files")
struct ChangeFileTests {
    @Test("every operation is read, in order, with its location")
    func operations() throws {
        let text = """
            changes:
              - drop: a
              - retire: b
              - drop-interaction: {from: c, to: d}
              - set: {from: e, to: f, effect: enabling, because: agreed, confidence: high}
            """
        let (changes, diagnostics) = ChangeFile.read(text: text, file: "changes.yaml")
        #expect(diagnostics.isEmpty)
        #expect(changes.map(\.operation) == [
            .drop("a"), .retire("b"), .dropInteraction(from: "c", to: "d"),
            .set(from: "e", to: "f", effect: Effect(1)!, because: "agreed", confidence: .high),
        ])
        #expect(changes.map { $0.location?.line } == [2, 3, 4, 5])
    }

    @Test("problems are reported where they are written", arguments: [
        ("changes: {drop: a}", "changes.yaml:1:10", "'changes' must be a list, not a mapping of keys to values"),
        ("changes:\n  - dropp: a", "changes.yaml:2:5", "unknown change 'dropp'; did you mean 'drop'?"),
        ("changes:\n  - set: {from: a, to: b, efect: 1}", "changes.yaml:2:27", "unknown key 'efect'; did you mean 'effect'?"),
        ("changes:\n  - set: {from: a, to: b}", "changes.yaml:2:10", "missing 'effect'"),
        ("changes:\n  - set: {from: a, to: b, effect: 1, confidence: sure}", "changes.yaml:2:10", "'sure' is not a confidence"),
        ("changes:\n  - drop: a\n    retire: b", "changes.yaml:2:5", "each change is one of"),
        ("drop: a", "changes.yaml:1:1", "a change file needs a 'changes' list"),
    ])
    func errors(text: String, location: String, message: String) {
        let (changes, diagnostics) = ChangeFile.read(text: text, file: "changes.yaml")
        #expect(changes.isEmpty)
        let first = diagnostics.first
        #expect(first?.location?.description == location, "\(diagnostics)")
        #expect(first?.message.hasPrefix(message) == true, "\(diagnostics)")
    }
}
