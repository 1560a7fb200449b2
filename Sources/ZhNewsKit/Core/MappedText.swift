/// A text derived from an original input (normalised, cleaned, or both) that
/// remembers, for every UTF-8 byte, which bytes of the original it came from.
///
/// Every stage of ZhNewsKit works on a `MappedText` and reports its findings
/// through ``originalRange(of:)``, so that results always point into the input
/// as given.
///
/// ```swift
/// let mapped = Normalizer().normalize("ＰＭ２．５")
/// mapped.text                                   // "PM2.5"
/// let r = mapped.text.range(of: "2.5")!
/// mapped.original[mapped.originalRange(of: r)]  // "２．５"
/// ```
public struct MappedText: Sendable {
    /// The input as given.
    public let original: String
    /// The derived text that analysis runs on.
    public let text: String
    /// Per derived UTF-8 byte: the original UTF-8 bytes it came from.
    /// `nil` when `text` is identical to `original`.
    private let sources: [ByteSource]?

    /// The original UTF-8 byte range one derived byte came from (kept as one
    /// pair so that building and looking up touch a single array).
    fileprivate struct ByteSource: Sendable, Hashable {
        var lower: Int32
        var upper: Int32
    }

    /// A mapped text whose derived text is the original itself.
    public init(identity original: String) {
        self.original = original
        self.text = original
        self.sources = nil
    }

    fileprivate init(original: String, text: String, sources: [ByteSource]) {
        self.original = original
        self.text = text
        self.sources = sources
    }

    /// Whether the derived text is the original, unchanged.
    public var isIdentity: Bool { sources == nil }

    /// The original UTF-8 byte range that a derived UTF-8 byte range came from.
    ///
    /// An empty derived range maps to an empty original range at the
    /// corresponding position.
    /// - Complexity: O(1).
    public func originalUTF8Range(ofUTF8 range: Range<Int>) -> Range<Int> {
        guard let sources else { return range }
        let count = sources.count
        if range.isEmpty {
            let at = range.lowerBound < count ? Int(sources[range.lowerBound].lower) : original.utf8.count
            return at..<at
        }
        let start = Int(sources[range.lowerBound].lower)
        let end = Int(sources[range.upperBound - 1].upper)
        return start..<max(start, end)
    }

    /// The original UTF-8 offset that a derived UTF-8 offset corresponds to.
    public func originalUTF8Offset(ofUTF8 offset: Int) -> Int {
        originalUTF8Range(ofUTF8: offset..<offset).lowerBound
    }

    /// The range of ``original`` that a range of ``text`` came from.
    /// - Complexity: O(1) for native strings.
    public func originalRange(of range: Range<String.Index>) -> Range<String.Index> {
        let bytes = originalUTF8Range(ofUTF8: text.utf8Range(of: range))
        return original.indexRange(ofUTF8: bytes)
    }

    /// The derived text with some of its UTF-8 byte ranges deleted; the mapping
    /// of what remains is kept.
    ///
    /// - Parameter ranges: Byte ranges of ``text``, on scalar boundaries; they
    ///   may overlap and come in any order.
    /// - Complexity: O(n) in the length of ``text`` (plus sorting the ranges).
    public func removing(utf8Ranges ranges: [Range<Int>]) -> MappedText {
        if ranges.isEmpty { return self }
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        let count = text.utf8.count
        // The kept stretches, in order.
        var kept: [Range<Int>] = []
        var cursor = 0
        for r in sorted {
            let lo = min(max(r.lowerBound, 0), count)
            if lo > cursor { kept.append(cursor..<lo) }
            cursor = max(cursor, min(r.upperBound, count))
        }
        if cursor < count { kept.append(cursor..<count) }
        let keptBytes = kept.reduce(0) { $0 + $1.count }
        var builder = MappedText.Builder(original: original, capacity: keptBytes)
        text.withUTF8Bytes { bytes in
            for r in kept {
                if let sources {
                    builder.appendCopied(bytes: bytes[r], sources: sources[r])
                } else {
                    builder.appendIdentity(bytes: bytes[r], at: r.lowerBound)
                }
            }
        }
        return builder.build()
    }

    /// Builds a ``MappedText`` piece by piece, each piece tagged with the
    /// original bytes it was derived from.
    public struct Builder: Sendable {
        public let original: String
        private var bytes: [UInt8] = []
        private var sources: [ByteSource] = []

        /// Starts an empty derived text over `original`.
        public init(original: String, capacity: Int = 0) {
            self.original = original
            bytes.reserveCapacity(capacity)
            sources.reserveCapacity(capacity)
        }

        /// Number of UTF-8 bytes appended so far.
        public var utf8Count: Int { bytes.count }

        /// Appends one scalar derived from the original bytes `source`.
        public mutating func append(_ scalar: Unicode.Scalar, from source: Range<Int>) {
            let lo = Int32(source.lowerBound), hi = Int32(source.upperBound)
            let v = scalar.value
            if v < 0x80 {
                bytes.append(UInt8(v))
                sources.append(ByteSource(lower: lo, upper: hi))
                return
            }
            let width = v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
            switch width {
            case 2:
                bytes.append(UInt8(0xC0 | v >> 6))
            case 3:
                bytes.append(UInt8(0xE0 | v >> 12))
                bytes.append(UInt8(0x80 | (v >> 6) & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | v >> 18))
                bytes.append(UInt8(0x80 | (v >> 12) & 0x3F))
                bytes.append(UInt8(0x80 | (v >> 6) & 0x3F))
            }
            bytes.append(UInt8(0x80 | v & 0x3F))
            let source = ByteSource(lower: lo, upper: hi)
            for _ in 0..<width { sources.append(source) }
        }

        /// Appends a string derived as a whole from the original bytes `source`.
        public mutating func append(_ string: some StringProtocol, from source: Range<Int>) {
            let lo = Int32(source.lowerBound), hi = Int32(source.upperBound)
            let source = ByteSource(lower: lo, upper: hi)
            for byte in string.utf8 {
                bytes.append(byte)
                sources.append(source)
            }
        }

        /// Appends a stretch of the original's own bytes unchanged, each
        /// scalar mapped to the bytes it occupies there. `utf8` is a slice of
        /// the original's UTF-8 bytes (its indices are original offsets), on
        /// scalar boundaries.
        /// - Complexity: O(length of the stretch).
        mutating func appendVerbatim(_ utf8: Slice<UnsafeBufferPointer<UInt8>>) {
            bytes.append(contentsOf: utf8)
            var i = utf8.startIndex
            let end = utf8.endIndex
            while i < end {
                let lead = utf8[i]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let source = ByteSource(lower: Int32(i), upper: Int32(i + width))
                for _ in 0..<width { sources.append(source) }
                i += width
            }
        }

        /// Appends bytes of another derived text of the same original with their mapping.
        fileprivate mutating func appendCopied(
            bytes source: Slice<UnsafeBufferPointer<UInt8>>, sources map: ArraySlice<ByteSource>
        ) {
            bytes.append(contentsOf: source)
            sources.append(contentsOf: map)
        }

        /// Appends bytes of the original itself, starting at original offset `start`.
        fileprivate mutating func appendIdentity(bytes source: Slice<UnsafeBufferPointer<UInt8>>, at start: Int) {
            bytes.append(contentsOf: source)
            let first = Int32(start), end = Int32(start + source.count)
            sources.append(contentsOf: (first..<end).lazy.map { ByteSource(lower: $0, upper: $0 + 1) })
        }

        /// The finished mapped text.
        public func build() -> MappedText {
            MappedText(
                original: original, text: String(decoding: bytes, as: UTF8.self), sources: sources)
        }
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, copying them only when the
    /// string has no contiguous UTF-8 storage (a bridged or foreign string).
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// The UTF-8 byte offsets of a range of this string.
    /// - Complexity: O(1) for native strings.
    @inlinable
    public func utf8Range(of range: Range<String.Index>) -> Range<Int> {
        let start = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        let end = start + utf8.distance(from: range.lowerBound, to: range.upperBound)
        return start..<end
    }

    /// The range of this string at some UTF-8 byte offsets.
    /// - Complexity: O(1) for native strings.
    @inlinable
    public func indexRange(ofUTF8 range: Range<Int>) -> Range<String.Index> {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return start..<end
    }
}
