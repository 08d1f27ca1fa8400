/// Changes a map file surgically: the lines of the field or interaction an edit names change,
/// and every other byte of the file (comments, blank lines, quoting, indentation, key order,
/// flow or block style) stays as it was.
///
/// `contracts --update` writes published contract values through it, and a live workshop page
/// can add or change one interaction the same way. The edited text is loaded again and the
/// edit refused, with the loader's diagnostics, when the result is not a valid map, so an
/// edit can never leave a broken file behind.
///
/// ```swift
/// let edited = try MapEditor.apply([.setContract("grounds-maintenance", .end(date))],
///                                  to: text, format: .yaml, file: "map.yaml")
/// ```
public enum MapEditor {
    /// Applies `edits` in order to the text of a YAML or JSON map.
    ///
    /// - Parameters:
    ///   - edits: the changes, applied in order.
    ///   - text: the map file's text, exactly as read.
    ///   - format: ``InputFormat/yaml`` or ``InputFormat/json``.
    ///   - file: the name diagnostics use.
    /// - Returns: the new text and the map it loads to.
    /// - Throws: ``MapEditError`` when the format cannot be edited, the text cannot be read, a
    ///   contract or interaction named is not in the map, a value carries a YAML anchor or
    ///   tag, or the edited map does not validate.
    /// - Complexity: one parse of the text per field changed, and one load at the end.
    public static func apply(_ edits: [MapEdit], to text: String, format: InputFormat,
                             file: String) throws(MapEditError) -> MapEditResult {
        let syntax: EditDocument.Syntax
        switch format {
        case .yaml: syntax = .yaml
        case .json: syntax = .json
        default: throw MapEditError(.unsupported("only YAML and JSON maps can be edited in place; convert it to YAML first"))
        }
        var document = EditDocument(text: text, syntax: syntax)
        for edit in edits { try document.apply(edit) }
        let edited = document.text
        let result = MapLoader.load(text: edited, file: file, format: format)
        guard let graph = result.graph, !result.hasErrors else {
            throw MapEditError(.invalid(result.diagnostics), editedText: edited)
        }
        return MapEditResult(text: edited, graph: graph, diagnostics: result.diagnostics)
    }
}

/// A map after ``MapEditor`` changed it.
public struct MapEditResult: Sendable {
    /// The edited file's text.
    public let text: String
    /// The edited map, checked.
    public let graph: PlaceGraph
    /// Warnings the edited map loads with.
    public let diagnostics: [Diagnostic]
}

/// Why ``MapEditor`` refused an edit; the file is then left as it was.
public struct MapEditError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// No contract or interaction with the ids the edit names.
        case notFound(String)
        /// The file is in a form the editor cannot change safely.
        case unsupported(String)
        /// The edited map has errors; they are located in ``MapEditError/editedText``.
        case invalid([Diagnostic])
    }

    public let reason: Reason
    /// The text the edit would have written, for quoting the lines of `invalid` diagnostics.
    public let editedText: String?

    init(_ reason: Reason, editedText: String? = nil) {
        self.reason = reason
        self.editedText = editedText
    }

    public var description: String {
        switch reason {
        case let .notFound(message), let .unsupported(message): message
        case let .invalid(diagnostics):
            "the edited map would not be valid: " + (diagnostics.first { $0.severity == .error }?.message ?? "errors")
        }
    }
}

extension EditDocument {
    private static let rootKeys = MapDecoder.rootKeys
    private static let contractKeys = MapDecoder.contractKeys
    private static let interactionKeys = MapDecoder.interactionKeys

    /// Applies one edit, reading the text's structure afresh for each field it changes.
    mutating func apply(_ edit: MapEdit) throws(MapEditError) {
        switch edit {
        case let .setContract(id, change):
            for (key, value) in change.assignments {
                let root = try structure()
                guard let contract = root.contract(id) else {
                    throw MapEditError(.notFound("no contract '\(id)' in the map"))
                }
                try set(key, to: value.map { render($0, inFlow: contract.isFlow) }, in: contract, order: Self.contractKeys)
            }
        case let .addInteraction(interaction):
            try append(MapOutline.interaction(interaction), toList: "interactions", in: try structure(), order: Self.rootKeys)
        case let .setInteraction(from, to, change):
            let (list, index) = try interaction(from: from, to: to)
            let item = list.items[index]
            let (key, value) = change.assignment
            try set(key, to: value.map { render($0, inFlow: item.isFlow) }, in: item, order: Self.interactionKeys)
        case let .removeInteraction(from, to):
            let (list, index) = try interaction(from: from, to: to)
            remove(itemAt: index, in: list)
        }
    }

    private func structure() throws(MapEditError) -> EditNode {
        guard let root = tree(), !root.entries.isEmpty else {
            throw MapEditError(.unsupported("the map cannot be read; check it with 'placegraph validate' first"))
        }
        return root
    }

    private func interaction(from: String, to: String) throws(MapEditError) -> (list: EditNode, index: Int) {
        let root = try structure()
        guard let list = root.entry("interactions")?.value, let index = root.interactionIndex(from: from, to: to) else {
            throw MapEditError(.notFound("no interaction from '\(from)' to '\(to)' in the map"))
        }
        return (list, index)
    }
}
