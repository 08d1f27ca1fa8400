import Foundation
import PlaceGraphKit
import PlaceGraphPresentation

extension LiveMap {
    /// What became of an edit.
    public enum EditOutcome: Sendable {
        /// Written; the map is at `version`, and every page has been told.
        case applied(version: MapVersion)
        /// Refused: the file is no longer at the version the edit was made against.
        case stale(current: MapVersion)
        /// Refused: the interaction a change names is not in the map.
        case notFound(String)
        /// Refused: the edited map would not validate; its problems, as JSON.
        case invalid(Data)
        /// Refused: the file cannot be edited in place (a CSV or a workbook).
        case unsupported(String)
        /// The file could not be read or written; it is as it was.
        case failed(String)
    }

    /// Applies one edit to the map file, if the file is still at `expected`.
    ///
    /// The file is read again from disk and its version compared with `expected`, so an edit
    /// made against an older version is refused, never applied blindly. The edit goes through
    /// ``MapEditor``, which changes only the lines of that interaction and checks the result
    /// like the loader, then the file is replaced atomically and every page told. Edits are
    /// applied one at a time, since this is an actor method that never suspends.
    public func apply(_ edit: InteractionEdit, expected: MapVersion) -> EditOutcome {
        guard let bytes = MapFile.read(options.mapPath) else { return .failed("cannot read '\(options.mapPath)'") }
        guard MapVersion(of: bytes) == expected else {
            _ = try? reload()
            return .stale(current: version)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let result: MapEditResult
        do {
            result = try MapEditor.apply(edit.mapEdits, to: text, format: format, file: options.mapPath)
        } catch {
            switch error.reason {
            case let .notFound(message): return .notFound(message)
            case let .unsupported(message): return .unsupported(message)
            case let .invalid(diagnostics):
                let json = (try? Diagnostic.liveJSON(diagnostics, source: error.editedText, version: expected.description,
                                                     lastGood: expected.description)) ?? Data()
                return .invalid(json)
            }
        }
        let data = Data(result.text.utf8)
        do {
            try AtomicFile.replace(options.mapPath, with: data)
        } catch {
            return .failed(error.description)
        }
        install(MapSnapshot(version: MapVersion(of: data), bytes: data, graph: result.graph))
        return .applied(version: version)
    }
}

extension InteractionEdit {
    /// The edits the map editor applies: one interaction added, or one field changed at a time.
    var mapEdits: [MapEdit] {
        func text(_ change: TextChange) -> String?? {
            switch change {
            case .keep: nil
            case let .set(text): .some(text)
            case .remove: .some(nil)
            }
        }
        switch kind {
        case .add:
            // Reading the body guarantees a new interaction its effect.
            guard let effect else { return [] }
            let interaction = Interaction(from: from, to: to, effect: effect, because: text(because) ?? nil,
                                          evidence: text(evidence) ?? nil, confidence: confidence ?? .medium)
            return [.addInteraction(interaction)]
        case .change:
            var edits: [MapEdit] = []
            if let effect { edits.append(.setInteraction(from: from, to: to, .effect(effect))) }
            if let confidence { edits.append(.setInteraction(from: from, to: to, .confidence(confidence))) }
            if let because = text(because) { edits.append(.setInteraction(from: from, to: to, .because(because))) }
            if let evidence = text(evidence) { edits.append(.setInteraction(from: from, to: to, .evidence(evidence))) }
            return edits
        }
    }
}
