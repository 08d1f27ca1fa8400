import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The element walks the SVG and report tests share.
extension XMLNode {
    /// This node, when it is an element, and every element below it, depth first in document
    /// order.
    var elementsDepthFirst: [XMLElement] {
        var found: [XMLElement] = []
        func walk(_ node: XMLNode) {
            if let element = node as? XMLElement { found.append(element) }
            for child in node.children ?? [] { walk(child) }
        }
        walk(self)
        return found
    }
}

extension XMLDocument {
    /// Every element of the document, depth first from the root.
    var allElements: [XMLElement] { rootElement()?.elementsDepthFirst ?? [] }
}

extension XMLElement {
    /// An attribute's value, found by name (Foundation's lookup is namespace-sensitive).
    func attributeValue(_ name: String) -> String? {
        (attributes ?? []).first { $0.name == name }?.stringValue
    }
}
