import Foundation
/// Writes per-input JSON values: the value itself for one input, an array for several,
/// or one line each for JSON Lines.
struct JSONCollector {
    var format: OutputFormat
    var multiple: Bool
    private var pieces: [[UInt8]] = []

    init(format: OutputFormat, multiple: Bool) {
        self.format = format
        self.multiple = multiple
    }

    /// Adds one value (JSON Lines are written at once).
    mutating func add(_ value: some Encodable) throws(InputFailure) {
        do {
            if format == .jsonl {
                StandardStreams.write(try JSONOutput.line(value), to: 1)
            } else {
                pieces.append(Array(try JSONOutput.encoder(pretty: true).encode(value)))
            }
        } catch {
            throw InputFailure(message: "internal error: cannot encode JSON: \(error)", isInternal: true)
        }
    }

    /// Adds one value already encoded (compact for JSON Lines, pretty for JSON).
    mutating func add(encoded: [UInt8]) {
        if format == .jsonl {
            StandardStreams.write(encoded + [0x0A], to: 1)
        } else {
            pieces.append(encoded)
        }
    }

    /// Writes the collected values (an array when several inputs were named).
    func finish() {
        guard format == .json else { return }
        if !multiple {
            if let only = pieces.first { StandardStreams.write(only + [0x0A], to: 1) }
            return
        }
        var out: [UInt8] = Array("[".utf8)
        for (i, piece) in pieces.enumerated() {
            if i > 0 { out += Array(",".utf8) }
            out += Array("\n".utf8) + piece
        }
        out += Array("\n]\n".utf8)
        StandardStreams.write(out, to: 1)
    }
}
