/// Every error ZhNewsKit throws.
public enum ZhNewsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// ICU failed; see ``ICUError``.
    case icu(ICUError)
    /// The input could not be decoded as text.
    /// `byteOffset` is where the first malformed sequence starts, when known.
    case undecodableInput(encoding: String, byteOffset: Int?)
    /// The input is not text (it contains NUL bytes or is mostly control characters).
    case binaryInput(byteOffset: Int)
    /// The input holds no text.
    case emptyInput
    /// The input is larger than the configured limit.
    case inputTooLarge(bytes: Int, limit: Int)
    /// A user lexicon or other configuration could not be used.
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case .icu(let error):
            return error.description
        case .undecodableInput(let encoding, let offset):
            if let offset { return "invalid \(encoding) at byte offset \(offset)" }
            return "cannot decode as \(encoding)"
        case .binaryInput(let offset):
            return "binary data, not text (NUL or control bytes at byte offset \(offset))"
        case .emptyInput:
            return "empty input (no text)"
        case .inputTooLarge(let bytes, let limit):
            return "input of \(bytes) bytes exceeds the limit of \(limit) bytes"
        case .invalidConfiguration(let message):
            return message
        }
    }
}
