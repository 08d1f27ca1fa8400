import Foundation
import PlaceGraphKit

/// Writes an output document in exactly the bytes ``JSONDocument`` has always written through
/// `JSONEncoder` (sorted keys in UTF-8 order, two-space pretty printing with `" : "`, empty
/// arrays and objects over two lines, slashes unescaped, strings escaped as ``JSONText``
/// escapes them), several times faster.
///
/// `JSONEncoder` spent most of a big analysis's JSON time in its generic value tree and in
/// turning each ``JSONNumber`` into a `Decimal` and back into text; this encoder keeps a plain
/// tree and writes a number's digits as ``formatNumber(_:decimals:)`` chose them. It handles
/// what the output documents hold: keyed and unkeyed containers, strings, booleans, integers,
/// `nil` and ``JSONNumber``. Anything else (a `Double`, a `Date`, a `Decimal`, a number that
/// is not finite) throws ``Unsupported``, and ``JSONDocument`` then encodes the document
/// through `JSONEncoder` as before, so a document is never written differently, only faster.
struct JSONTreeEncoder {
    /// A value the encoder leaves to `JSONEncoder`.
    struct Unsupported: Error {}

    /// `value` as JSON text, without a trailing newline.
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let root = try Node.of(value)
        var out: [UInt8] = []
        root.write(into: &out, depth: 0)
        return out
    }

    /// A value being encoded. Containers are boxes, so a container handed out by the encoder
    /// keeps writing into the tree, as `Encoder` requires.
    fileprivate enum Node {
        case object(ObjectBox)
        case array(ArrayBox)
        /// Text written as it is: a number, `true`, `false` or `null`.
        case literal(String)
        case string(String)
        /// What a `superEncoder` wrote, read when the tree is written.
        case slot(SlotBox)

        static func of(_ value: some Encodable) throws -> Node {
            switch value {
            case let number as JSONNumber:
                // The digits formatNumber chose; past 30 of them a Decimal would round, so
                // those few go to JSONEncoder.
                let text = formatNumber(number.value, decimals: 4)
                guard number.value.isFinite, text.utf8.count <= 30 else { throw Unsupported() }
                return .literal(text)
            case let text as String: return .string(text)
            case let flag as Bool: return .literal(flag ? "true" : "false")
            case let number as Int: return .literal(String(number))
            case is Double, is Float, is Decimal, is Date, is Data, is URL: throw Unsupported()
            default:
                let encoder = TreeEncoder()
                try value.encode(to: encoder)
                return encoder.node ?? .object(ObjectBox())
            }
        }

        func write(into out: inout [UInt8], depth: Int) {
            switch self {
            case let .literal(text): out.append(contentsOf: text.utf8)
            case let .string(text): Self.writeString(text, into: &out)
            case let .slot(box): (box.node ?? .object(ObjectBox())).write(into: &out, depth: depth)
            case let .array(box):
                Self.writeContainer("[", "]", count: box.items.count, into: &out, depth: depth) { index, out in
                    box.items[index].write(into: &out, depth: depth + 1)
                }
            case let .object(box):
                let order = box.sortedEntries()
                Self.writeContainer("{", "}", count: order.count, into: &out, depth: depth) { index, out in
                    let entry = box.entries[order[index]]
                    Self.writeString(entry.key, into: &out)
                    out.append(contentsOf: " : ".utf8)
                    entry.node.write(into: &out, depth: depth + 1)
                }
            }
        }

        /// `[`, each element on its own line one level in, then `]` back at this level; an
        /// empty container is its brackets around a blank line, as `JSONEncoder` writes it.
        private static func writeContainer(_ open: String, _ close: String, count: Int, into out: inout [UInt8], depth: Int,
                                           element: (Int, inout [UInt8]) -> Void) {
            out.append(contentsOf: open.utf8)
            out.append(0x0A)
            if count == 0 { out.append(0x0A) }
            for index in 0..<count {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                out.append(contentsOf: repeatElement(0x20, count: 2 * (depth + 1)))
                element(index, &out)
            }
            if count > 0 { out.append(0x0A) }
            out.append(contentsOf: repeatElement(0x20, count: 2 * depth))
            out.append(contentsOf: close.utf8)
        }

        /// A string literal: as it is when every byte is printable ASCII other than a quote
        /// or a backslash, which is nearly always; otherwise through ``JSONText/string(_:)``.
        private static func writeString(_ text: String, into out: inout [UInt8]) {
            if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
                out.append(0x22)
                out.append(contentsOf: text.utf8)
                out.append(0x22)
            } else {
                out.append(contentsOf: JSONText.string(text).utf8)
            }
        }
    }

    /// An object's entries in the order they were encoded; a key encoded again replaces the
    /// earlier value, as in `JSONEncoder`.
    fileprivate final class ObjectBox {
        private(set) var entries: [(key: String, node: Node)] = []

        func set(_ key: String, _ node: Node) { entries.append((key, node)) }

        /// Positions of the entries to write, by key in UTF-8 order, the last of each key.
        func sortedEntries() -> [Int] {
            let sorted = entries.indices.sorted { a, b in
                let order = JSONTreeEncoder.compareUTF8(entries[a].key, entries[b].key)
                return order != 0 ? order < 0 : a < b
            }
            guard sorted.count > 1 else { return sorted }
            var kept: [Int] = []
            kept.reserveCapacity(sorted.count)
            for (place, index) in sorted.enumerated()
            where place + 1 == sorted.count || entries[sorted[place + 1]].key != entries[index].key {
                kept.append(index)
            }
            return kept
        }
    }

    /// −1, 0 or 1 as `a`'s UTF-8 bytes sort before, with or after `b`'s.
    fileprivate static func compareUTF8(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0, let base = x.baseAddress, let other = y.baseAddress {
                    let order = memcmp(base, other, common)
                    if order != 0 { return order < 0 ? -1 : 1 }
                }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
        }
    }

    fileprivate final class ArrayBox {
        var items: [Node] = []
    }

    fileprivate final class SlotBox {
        var node: Node?
    }

    /// The `Encoder` one value encodes itself to; what it wrote is ``node``.
    fileprivate final class TreeEncoder: Encoder, SingleValueEncodingContainer {
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]
        private let slot: SlotBox?
        private(set) var node: Node? {
            didSet { slot?.node = node }
        }

        init(slot: SlotBox? = nil) { self.slot = slot }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case let .object(box) = node { return KeyedEncodingContainer(KeyedContainer<Key>(box: box)) }
            let box = ObjectBox()
            node = .object(box)
            return KeyedEncodingContainer(KeyedContainer<Key>(box: box))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case let .array(box) = node { return UnkeyedContainer(box: box) }
            let box = ArrayBox()
            node = .array(box)
            return UnkeyedContainer(box: box)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { self }

        func encodeNil() throws { node = .literal("null") }
        func encode(_ value: Bool) throws { node = .literal(value ? "true" : "false") }
        func encode(_ value: String) throws { node = .string(value) }
        func encode(_ value: Double) throws { throw Unsupported() }
        func encode(_ value: Float) throws { throw Unsupported() }
        func encode(_ value: Int) throws { node = .literal(String(value)) }
        func encode(_ value: Int8) throws { node = .literal(String(value)) }
        func encode(_ value: Int16) throws { node = .literal(String(value)) }
        func encode(_ value: Int32) throws { node = .literal(String(value)) }
        func encode(_ value: Int64) throws { node = .literal(String(value)) }
        func encode(_ value: UInt) throws { node = .literal(String(value)) }
        func encode(_ value: UInt8) throws { node = .literal(String(value)) }
        func encode(_ value: UInt16) throws { node = .literal(String(value)) }
        func encode(_ value: UInt32) throws { node = .literal(String(value)) }
        func encode(_ value: UInt64) throws { node = .literal(String(value)) }
        func encode<T: Encodable>(_ value: T) throws { node = try Node.of(value) }
    }

    fileprivate struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: ObjectBox
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .literal("null")) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(key.stringValue, .literal(value ? "true" : "false")) }
        mutating func encode(_ value: String, forKey key: Key) throws { box.set(key.stringValue, .string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Int, forKey key: Key) throws { box.set(key.stringValue, .literal(String(value))) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { box.set(key.stringValue, try Node.of(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            box.set(key.stringValue, .object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = ArrayBox()
            box.set(key.stringValue, .array(nested))
            return UnkeyedContainer(box: nested)
        }

        mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

        private func superEncoder(named name: String) -> any Encoder {
            let slot = SlotBox()
            box.set(name, .slot(slot))
            return TreeEncoder(slot: slot)
        }
    }

    fileprivate struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: ArrayBox
        var codingPath: [any CodingKey] { [] }
        var count: Int { box.items.count }

        mutating func encodeNil() throws { box.items.append(.literal("null")) }
        mutating func encode(_ value: Bool) throws { box.items.append(.literal(value ? "true" : "false")) }
        mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
        mutating func encode(_ value: Double) throws { throw Unsupported() }
        mutating func encode(_ value: Float) throws { throw Unsupported() }
        mutating func encode(_ value: Int) throws { box.items.append(.literal(String(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws { box.items.append(try Node.of(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            box.items.append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = ArrayBox()
            box.items.append(.array(nested))
            return UnkeyedContainer(box: nested)
        }

        mutating func superEncoder() -> any Encoder {
            let slot = SlotBox()
            box.items.append(.slot(slot))
            return TreeEncoder(slot: slot)
        }
    }
}
