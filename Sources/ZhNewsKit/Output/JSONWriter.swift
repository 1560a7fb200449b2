public import Foundation

/// Writes compact JSON straight into a byte buffer.
///
/// The text is the one `JSONEncoder` produces with `[.sortedKeys, .withoutEscapingSlashes]`:
/// no white space, `"`, `\` and control characters escaped (`\b \t \n \f \r`, others as
/// `\u00XX`), everything else — `/`, CJK, emoji — written as UTF-8, and `Decimal`
/// values in their `description`. The library's result types write themselves with it
/// (``JSONWritable``), so a corpus of analyses is serialised without `Codable`'s per-key
/// boxing; `JSONWriterTests` checks every fixture article against `JSONEncoder` byte for byte.
///
/// ```swift
/// var json = JSONWriter()
/// try Pipeline().analyze(text).write(to: &json)
/// json.bytes.append(0x0A)   // one JSONL line
/// ```
///
/// Members of an object are written in the order given; writers of sorted output pass
/// them sorted (the ``JSONWritable`` types of the library do).
public struct JSONWriter: Sendable {
    /// The JSON text written so far, UTF-8.
    public var bytes: [UInt8]

    /// Creates an empty writer.
    /// - Parameter capacity: Bytes to reserve up front.
    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Writes `null`.
    public mutating func writeNull() {
        bytes.append(contentsOf: Self.null)
    }

    /// Writes `true` or `false`.
    public mutating func write(_ value: Bool) {
        bytes.append(contentsOf: value ? Self.true : Self.false)
    }

    /// Writes an integer in decimal.
    public mutating func write(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        writeDigits(value.magnitude)
    }

    /// Writes a 64-bit integer in decimal.
    public mutating func write(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        writeDigits(UInt(value.magnitude))
    }

    /// Writes a decimal number as its `description` (`2.53`, `253000000`, `-0.25`).
    public mutating func write(_ value: Decimal) {
        bytes.append(contentsOf: value.description.utf8)
    }

    /// Writes a quoted, escaped string.
    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { writeQuoted($0) }
    }

    /// Writes an optional value, or `null` when it is absent.
    public mutating func write<Value: JSONWritable>(_ value: Value?) {
        if let value { value.write(to: &self) } else { writeNull() }
    }

    /// Writes a value that knows how to write itself.
    public mutating func write(_ value: some JSONWritable) {
        value.write(to: &self)
    }

    /// Writes a JSON array of `elements`.
    public mutating func write<Elements: Sequence>(_ elements: Elements) where Elements.Element: JSONWritable {
        bytes.append(UInt8(ascii: "["))
        var first = true
        for element in elements {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            element.write(to: &self)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends text that is already JSON, unchecked.
    public mutating func writeRaw(_ json: some Sequence<UInt8>) {
        bytes.append(contentsOf: json)
    }

    /// Writes a JSON object whose members `body` adds with `member(_:_:)`, in the order it adds them.
    public mutating func writeObject(_ body: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        atObjectStart = true
        body(&self)
        atObjectStart = false
        bytes.append(UInt8(ascii: "}"))
    }

    /// Adds a member to the object being written by ``writeObject(_:)``; `body` writes its value.
    public mutating func member(_ key: String, _ body: (inout JSONWriter) -> Void) {
        if !atObjectStart { bytes.append(UInt8(ascii: ",")) }
        atObjectStart = false
        write(key)
        bytes.append(UInt8(ascii: ":"))
        body(&self)
        atObjectStart = false
    }

    /// Adds a member with a value that writes itself (`null` when absent).
    public mutating func member<Value: JSONWritable>(_ key: String, _ value: Value?) {
        member(key) { $0.write(value) }
    }

    /// Adds a member with an array value.
    public mutating func member<Elements: Sequence>(_ key: String, array elements: Elements)
    where Elements.Element: JSONWritable {
        member(key) { $0.write(elements) }
    }

    /// Whether the object being written has no member yet.
    private var atObjectStart = false

    private static let null = Array("null".utf8)
    private static let `true` = Array("true".utf8)
    private static let `false` = Array("false".utf8)
    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func writeDigits(_ magnitude: UInt) {
        guard magnitude >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
        var count = 0
        var rest = magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[0..<count].reversed())
        }
    }

    /// Writes `utf8` as a JSON string, copying runs that need no escape in one go.
    private mutating func writeQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            if runStart < i { bytes.append(contentsOf: utf8[runStart..<i]) }
            runStart = i + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            }
        }
        if runStart < utf8.count { bytes.append(contentsOf: utf8[runStart...]) }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A value that writes itself as JSON with a ``JSONWriter``, in the same shape as its
/// `Encodable` conformance (keys sorted).
public protocol JSONWritable {
    /// Writes the value.
    func write(to json: inout JSONWriter)
}

extension String: JSONWritable {
    /// Writes the string quoted and escaped.
    public func write(to json: inout JSONWriter) { json.write(self) }
}

extension Int: JSONWritable {
    /// Writes the integer.
    public func write(to json: inout JSONWriter) { json.write(self) }
}

extension Decimal: JSONWritable {
    /// Writes the number as its `description`.
    public func write(to json: inout JSONWriter) { json.write(self) }
}

extension Bool: JSONWritable {
    /// Writes `true` or `false`.
    public func write(to json: inout JSONWriter) { json.write(self) }
}

extension RawRepresentable where RawValue == String, Self: JSONWritable {
    /// Writes the raw value as a string.
    public func write(to json: inout JSONWriter) { json.write(rawValue) }
}
