/// Text decoded by ``InputDecoder``, with how it was decoded.
public struct DecodedInput: Sendable, Hashable {
    /// The decoded text, without any byte order mark.
    public var text: String
    /// The encoding the bytes were read in (never ``TextEncoding/auto``).
    public var encoding: TextEncoding
    /// The number of bytes of byte order mark skipped at the start (0, 2 or 3).
    public var byteOrderMarkLength: Int
    /// Whether malformed sequences were replaced with U+FFFD (only in lossy mode).
    public var hadReplacements: Bool

    /// Creates a decoded input.
    public init(text: String, encoding: TextEncoding, byteOrderMarkLength: Int = 0, hadReplacements: Bool = false) {
        self.text = text
        self.encoding = encoding
        self.byteOrderMarkLength = byteOrderMarkLength
        self.hadReplacements = hadReplacements
    }
}
