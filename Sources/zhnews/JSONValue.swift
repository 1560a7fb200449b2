import Foundation
import ZhNewsKit

/// Any JSON value, for the keys of corpus records that `zhnews` carries through untouched.
enum JSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null; return }
        if let v = try? c.decode(Bool.self) { self = .bool(v); return }
        if let v = try? c.decode(Int64.self) { self = .integer(v); return }
        if let v = try? c.decode(String.self) { self = .string(v); return }
        if let v = try? c.decode([JSONValue].self) { self = .array(v); return }
        if let v = try? c.decode([String: JSONValue].self) { self = .object(v); return }
        if let v = try? c.decode(Decimal.self) { self = .number(v); return }
        let v = try c.decode(Double.self)
        self = .number(Decimal(v))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let v): try c.encode(v)
        case .integer(let v): try c.encode(v)
        case .number(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .array(let v): try c.encode(v)
        case .object(let v): try c.encode(v)
        }
    }

    /// The value as a CSV cell: strings as they are, anything else as compact JSON.
    var cellText: String {
        switch self {
        case .string(let s): return s
        case .null: return ""
        default:
            let data = (try? JSONOutput.encoder(pretty: false).encode(self)) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }
}

extension JSONValue: JSONWritable {
    /// Writes the value as `JSONEncoder` would with sorted keys.
    func write(to json: inout JSONWriter) {
        switch self {
        case .null: json.writeNull()
        case .bool(let v): json.write(v)
        case .integer(let v): json.write(v)
        case .number(let v): json.write(v)
        case .string(let v): json.write(v)
        case .array(let v): json.write(v)
        case .object(let v):
            json.writeObject { o in
                for key in v.keys.sorted() { o.member(key, v[key]) }
            }
        }
    }

    /// The value as compact JSON text.
    var jsonBytes: [UInt8] {
        var json = JSONWriter()
        write(to: &json)
        return json.bytes
    }
}

/// A coding key for arbitrary names.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A value encoded as a JSON object with extra keys alongside its own (its own keys win).
struct WithExtraKeys<Value: Encodable>: Encodable {
    var value: Value
    var extra: [(String, JSONValue)]

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, v) in extra { try c.encode(v, forKey: AnyCodingKey(key)) }
    }
}

/// The JSON conventions of every command: sorted keys, unescaped slashes.
enum JSONOutput {
    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// An analysis as one compact JSON line with its newline, with `extra` members
    /// beside its own (written directly, the same text `JSONEncoder` would give).
    static func line(_ analysis: ArticleAnalysis, extra: [(String, JSONValue)]) -> [UInt8] {
        var json = JSONWriter(capacity: 4 * analysis.cleanText.utf8.count + 1024)
        analysis.write(to: &json, merging: extra.map { (key: $0.0, json: $0.1.jsonBytes) })
        json.bytes.append(0x0A)
        return json.bytes
    }

    /// One compact JSON line with its newline.
    static func line(_ value: some Encodable) throws -> [UInt8] {
        var bytes = Array(try encoder(pretty: false).encode(value))
        bytes.append(0x0A)
        return bytes
    }
}
