extension EditNode {
    /// The structure of a JSON document, with positions in `scalars`.
    ///
    /// - Returns: the root value, or `nil` when the text is not JSON (the loader reports why;
    ///   the editor only edits maps that load).
    static func json(_ scalars: [Unicode.Scalar]) -> EditNode? {
        var scanner = JSONTreeScanner(scalars: scalars)
        return scanner.document()
    }
}

/// A small JSON scanner that keeps where each value starts and ends. The loader's own reader
/// checks the file first, so this one only has to find the parts, not explain mistakes.
private struct JSONTreeScanner {
    let scalars: [Unicode.Scalar]
    var index = 0
    private static let maxDepth = 512

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    mutating func document() -> EditNode? {
        if current == "\u{FEFF}" { index += 1 }
        guard let node = value(depth: 0) else { return nil }
        skipSpace()
        return current == nil ? node : nil
    }

    private mutating func skipSpace() {
        while let scalar = current, [" ", "\t", "\n", "\r"].contains(scalar) { index += 1 }
    }

    private mutating func value(depth: Int) -> EditNode? {
        guard depth < Self.maxDepth else { return nil }
        skipSpace()
        let start = index
        switch current {
        case "{": return collection(start: start, close: "}", depth: depth)
        case "[": return collection(start: start, close: "]", depth: depth)
        case "\"":
            guard let text = string() else { return nil }
            return EditNode(content: .scalar(text), start: start, end: index, isFlow: true)
        case .some:
            while let scalar = current, !",]}: \t\r\n".unicodeScalars.contains(scalar) { index += 1 }
            guard index > start else { return nil }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<index])
            return EditNode(content: .scalar(String(text)), start: start, end: index, isFlow: true)
        case nil:
            return nil
        }
    }

    private mutating func collection(start: Int, close: Unicode.Scalar, depth: Int) -> EditNode? {
        index += 1
        var entries: [EditEntry] = [], items: [EditNode] = []
        skipSpace()
        while current != close {
            if close == "}" {
                skipSpace()
                let keyStart = index
                guard current == "\"", let key = string() else { return nil }
                let keyEnd = index
                skipSpace()
                guard current == ":" else { return nil }
                index += 1
                guard let node = value(depth: depth + 1) else { return nil }
                entries.append(EditEntry(key: key, keyStart: keyStart, keyEnd: keyEnd, value: node))
            } else {
                guard let node = value(depth: depth + 1) else { return nil }
                items.append(node)
            }
            skipSpace()
            if current == "," {
                index += 1
                skipSpace()
            } else if current != close {
                return nil
            }
        }
        let closeStart = index
        index += 1
        return EditNode(content: close == "}" ? .mapping(entries) : .sequence(items), start: start, end: index,
                        isFlow: true, closeStart: closeStart)
    }

    /// A string's text, with escapes read; `index` ends after the closing quote.
    private mutating func string() -> String? {
        index += 1
        var text = String.UnicodeScalarView()
        while let scalar = current {
            index += 1
            if scalar == "\"" { return String(text) }
            guard scalar == "\\" else {
                text.append(scalar)
                continue
            }
            guard let escape = current else { return nil }
            index += 1
            switch escape {
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "r": text.append("\r")
            case "b": text.append("\u{08}")
            case "f": text.append("\u{0C}")
            case "u":
                guard var code = hex4() else { return nil }
                if (0xD800...0xDBFF).contains(code), current == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" {
                    index += 2
                    guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                text.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default: text.append(escape)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= scalars.count else { return nil }
        var code: UInt32 = 0
        for scalar in scalars[index..<index + 4] {
            guard let digit = Int(String(scalar), radix: 16) else { return nil }
            code = code * 16 + UInt32(digit)
        }
        index += 4
        return code
    }
}
