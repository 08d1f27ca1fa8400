import Foundation
import PropertyBased
import Testing
@testable import PlaceGraphKit
import PlaceGraphPresentation

/// Random edits on random maps written in random styles: each changes only the lines of the
/// field or interaction it names, and the result loads to the map the edit describes, worked
/// out here on the model without the editor.
@Suite("Editing random maps")
struct MapEditorPropertyTests {
    @Test("a random edit of a random YAML or JSON map changes only its own lines and loads to the expected map")
    func randomEdits() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in
            var random = SplitMix64(seed: seed)
            let map = RandomPlaceMap.make(seed: seed)
            let format: InputFormat = Bool.random(using: &random) ? .yaml : .json
            let styled = format == .yaml ? StyledMapText.yaml(map, seed: seed &+ 1) : StyledMapText.json(map, seed: seed &+ 1)
            let original = MapLoader.load(text: styled.text, file: "map", format: format)
            guard original.graph?.map == map else {
                Issue.record("seed \(seed): the styled map does not load to the map\n\(styled.text)\n\(original.diagnostics)")
                return
            }
            let edit = RandomEdit.make(for: map, using: &random)
            let expected = ModelEdit.apply(edit, to: map)
            do {
                let result = try MapEditor.apply([edit], to: styled.text, format: format, file: "map")
                #expect(ModelEdit.isValid(expected), "seed \(seed): \(edit) was accepted but breaks a rule")
                #expect(result.graph.map == expected, "seed \(seed): \(edit)\n\(result.text)")
                checkLines(edit, styled: styled, format: format, edited: result.text, seed: seed)
            } catch let error as MapEditError {
                guard case .invalid = error.reason, !ModelEdit.isValid(expected) else {
                    Issue.record("seed \(seed): \(edit) refused: \(error)\n\(error.editedText ?? styled.text)")
                    return
                }
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    @Test("random edits of the example change only their own lines and keep its comments")
    func example() async throws {
        let text = try String(contentsOfFile: TestSupport.example("map.yaml"), encoding: .utf8)
        let map = try #require(MapLoader.load(text: text, file: "map.yaml", format: .yaml).graph?.map)
        let comments = text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        await propertyCheck(count: 80, input: Gen.uint64()) { seed in
            var random = SplitMix64(seed: seed)
            let edit = RandomEdit.make(for: map, using: &random)
            let expected = ModelEdit.apply(edit, to: map)
            guard let result = try? MapEditor.apply([edit], to: text, format: .yaml, file: "map.yaml") else {
                #expect(!ModelEdit.isValid(expected), "seed \(seed): \(edit) refused")
                return
            }
            #expect(result.graph.map == expected, "seed \(seed): \(edit)")
            let (old, new) = Self.windows(Self.lines(text), Self.lines(result.text))
            #expect(old.count <= 6 && new.count <= 8, "seed \(seed): \(edit) changed lines \(old) into \(new)")
            let kept = result.text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
            #expect(kept == comments, "seed \(seed): a comment changed")
        }
    }

    static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The lines that differ, old and new, after the lines both texts begin and end with.
    static func windows(_ old: [Substring], _ new: [Substring]) -> (old: Range<Int>, new: Range<Int>) {
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        return (prefix..<old.count - suffix, prefix..<new.count - suffix)
    }

    /// Checks the lines that changed lie within the contract or interaction edited and are no
    /// more than the field needs.
    func checkLines(_ edit: MapEdit, styled: StyledMapText, format: InputFormat, edited: String, seed: UInt64) {
        let before = Self.lines(styled.text), after = Self.lines(edited)
        let (old, new) = Self.windows(before, after)
        let json = format == .json ? 1 : 0
        let context = "seed \(seed): \(edit) changed lines \(old) into \(new)\n\(edited)"
        /// Every line before and after `span` is still there, in order, around what changed.
        func within(_ span: Range<Int>) {
            let span = max(0, span.lowerBound)..<min(before.count, span.upperBound)
            let kept = after.count >= span.lowerBound + before.count - span.upperBound
                && after.starts(with: before[..<span.lowerBound])
                && after.reversed().starts(with: before[span.upperBound...].reversed())
            #expect(kept, "\(context): lines outside \(span) changed")
        }
        switch edit {
        case let .setContract(id, change):
            guard let contract = styled.contracts[id] else {
                Issue.record("\(context): no such contract")
                return
            }
            within(contract.lines)
            let keys = change.assignments.map(\.key)
            let present = keys.filter { contract.fields[$0] != nil }
            if contract.isFlow {
                #expect(new.count <= contract.lines.count, "\(context)")
            } else if keys.count > 1 {
                #expect(new.count <= old.count + 1, "\(context)")
            } else if let span = present.first.flatMap({ contract.fields[$0] }) {
                #expect(old.count <= span.count + json && new.count <= 1, "\(context)")
            } else {
                #expect(old.count <= json && new.count <= 1 + json, "\(context)")
            }
        case .setInteraction(let from, let to, _), .removeInteraction(let from, let to):
            guard let index = styled.interactions.firstIndex(where: { $0.ends == [from, to] || $0.ends == [to, from] }) else {
                Issue.record("\(context): no such interaction")
                return
            }
            let item = styled.interactions[index]
            let previous = index > 0 ? styled.interactions[index - 1].lines.upperBound - 1 : item.lines.lowerBound
            within(min(previous, item.lines.lowerBound)..<item.lines.upperBound)
            #expect(new.count <= 1 + json, "\(context)")
        case .addInteraction:
            let list = styled.interactionList
            if list.isEmpty {
                #expect(old.count <= 2, "\(context)")
            } else {
                within((list.lowerBound - 1)..<(list.upperBound + 1))
                #expect(old.count <= json && new.count <= 12, "\(context)")
            }
        }
    }
}

