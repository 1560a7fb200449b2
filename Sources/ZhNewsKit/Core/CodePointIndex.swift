/// Converts positions in a string to Unicode code point offsets, the unit of
/// every offset in ZhNewsKit's JSON (so that Python's `text[start:end]` works).
///
/// Build one per input text and reuse it: each conversion is a binary search.
public struct CodePointIndex: Sendable {
    /// The text whose positions are converted.
    public let text: String
    /// UTF-8 offset at which each scalar starts, plus the text's length;
    /// `nil` when the text is ASCII (offsets are then identical).
    private let scalarStarts: [Int32]?

    /// Indexes `text`.
    /// - Complexity: O(n).
    public init(_ text: String) {
        self.text = text
        var starts: [Int32] = []
        var isASCII = true
        var offset: Int32 = 0
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
        }
        if isASCII {
            scalarStarts = nil
            return
        }
        starts.reserveCapacity(text.utf8.count / 2)
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { starts.append(offset) }
            offset += 1
        }
        starts.append(offset)
        scalarStarts = starts
    }

    /// The code point offset of a UTF-8 byte offset (rounded down to a scalar start).
    /// - Complexity: O(log n).
    public func codePointOffset(ofUTF8 offset: Int) -> Int {
        guard let starts = scalarStarts else { return offset }
        var lo = 0, hi = starts.count - 1
        let target = Int32(offset)
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= target { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The UTF-8 byte offset at which the code point at `offset` starts.
    /// - Complexity: O(1).
    public func utf8Offset(ofCodePoint offset: Int) -> Int {
        guard let starts = scalarStarts else { return offset }
        return Int(starts[min(max(0, offset), starts.count - 1)])
    }

    /// The code point offsets of a range of ``text``.
    public func codePointRange(of range: Range<String.Index>) -> Range<Int> {
        let bytes = text.utf8Range(of: range)
        return codePointRange(ofUTF8: bytes)
    }

    /// The code point offsets of a UTF-8 byte range of ``text``.
    public func codePointRange(ofUTF8 range: Range<Int>) -> Range<Int> {
        let start = codePointOffset(ofUTF8: range.lowerBound)
        let end = range.isEmpty ? start : codePointOffset(ofUTF8: range.upperBound)
        return start..<end
    }

    /// Number of code points in ``text``.
    public var count: Int { scalarStarts.map { $0.count - 1 } ?? text.utf8.count }
}
