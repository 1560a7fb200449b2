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
    /// Per derived UTF-8 byte: the original UTF-8 offset where its source starts.
    /// `nil` when `text` is identical to `original`.
    private let lower: [Int32]?
    /// Per derived UTF-8 byte: the original UTF-8 offset where its source ends.
    private let upper: [Int32]?

    /// A mapped text whose derived text is the original itself.
    public init(identity original: String) {
        self.original = original
        self.text = original
        self.lower = nil
        self.upper = nil
    }

    fileprivate init(original: String, text: String, lower: [Int32], upper: [Int32]) {
        self.original = original
        self.text = text
        self.lower = lower
        self.upper = upper
    }

    /// Whether the derived text is the original, unchanged.
    public var isIdentity: Bool { lower == nil }

    /// The original UTF-8 byte range that a derived UTF-8 byte range came from.
    ///
    /// An empty derived range maps to an empty original range at the
    /// corresponding position.
    /// - Complexity: O(1).
    public func originalUTF8Range(ofUTF8 range: Range<Int>) -> Range<Int> {
        guard let lower, let upper else { return range }
        let count = lower.count
        if range.isEmpty {
            let at = range.lowerBound < count ? Int(lower[range.lowerBound]) : original.utf8.count
            return at..<at
        }
        let start = Int(lower[range.lowerBound])
        let end = Int(upper[range.upperBound - 1])
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
                if let lower, let upper {
                    builder.appendCopied(bytes: bytes[r], lower: lower[r], upper: upper[r])
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
        private var lower: [Int32] = []
        private var upper: [Int32] = []

        /// Starts an empty derived text over `original`.
        public init(original: String, capacity: Int = 0) {
            self.original = original
            bytes.reserveCapacity(capacity)
            lower.reserveCapacity(capacity)
            upper.reserveCapacity(capacity)
        }

        /// Number of UTF-8 bytes appended so far.
        public var utf8Count: Int { bytes.count }

        /// Appends one scalar derived from the original bytes `source`.
        public mutating func append(_ scalar: Unicode.Scalar, from source: Range<Int>) {
            let lo = Int32(source.lowerBound), hi = Int32(source.upperBound)
            let v = scalar.value
            if v < 0x80 {
                bytes.append(UInt8(v))
                lower.append(lo)
                upper.append(hi)
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
            for _ in 0..<width {
                lower.append(lo)
                upper.append(hi)
            }
        }

        /// Appends a string derived as a whole from the original bytes `source`.
        public mutating func append(_ string: some StringProtocol, from source: Range<Int>) {
            let lo = Int32(source.lowerBound), hi = Int32(source.upperBound)
            for byte in string.utf8 {
                bytes.append(byte)
                lower.append(lo)
                upper.append(hi)
            }
        }

        /// Appends bytes of another derived text of the same original with their mapping.
        fileprivate mutating func appendCopied(
            bytes source: Slice<UnsafeBufferPointer<UInt8>>, lower lo: ArraySlice<Int32>, upper hi: ArraySlice<Int32>
        ) {
            bytes.append(contentsOf: source)
            lower.append(contentsOf: lo)
            upper.append(contentsOf: hi)
        }

        /// Appends bytes of the original itself, starting at original offset `start`.
        fileprivate mutating func appendIdentity(bytes source: Slice<UnsafeBufferPointer<UInt8>>, at start: Int) {
            bytes.append(contentsOf: source)
            let first = Int32(start), end = Int32(start + source.count)
            lower.append(contentsOf: first..<end)
            upper.append(contentsOf: (first + 1)..<(end + 1))
        }

        /// The finished mapped text.
        public func build() -> MappedText {
            MappedText(
                original: original, text: String(decoding: bytes, as: UTF8.self), lower: lower, upper: upper)
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
