/// Converts UTF-8 offsets of a text to Unicode code point offsets while
/// walking the text forward, as segmenters and reports do.
///
/// ``CodePointIndex`` answers any offset in O(log n) after an O(n) index
/// build; a cursor needs no index: each conversion counts only the bytes
/// between the previous offset and this one, so converting increasing
/// offsets costs O(n) in total. Going backwards restarts from the beginning.
///
/// ```swift
/// var cursor = CodePointCursor("空气84.4%")
/// cursor.codePointRange(ofUTF8: 6..<10)   // 2..<6
/// ```
public struct CodePointCursor: Sendable {
    /// The text whose offsets are converted.
    public let text: String
    /// UTF-8 offset reached so far.
    private var byteOffset = 0
    /// Lead bytes (scalar starts) before `byteOffset`.
    private var scalars = 0

    /// A cursor at the start of `text`.
    public init(_ text: String) {
        self.text = text
    }

    /// The code point offset of a UTF-8 byte offset (rounded down to a scalar
    /// start), as ``CodePointIndex/codePointOffset(ofUTF8:)`` gives it.
    /// - Complexity: O(k), k the bytes between the previous offset and this one.
    public mutating func codePointOffset(ofUTF8 offset: Int) -> Int {
        if offset < byteOffset {
            byteOffset = 0
            scalars = 0
        }
        let from = byteOffset
        let (leads, midScalar, length) = Self.scan(text, from: from, to: offset)
        let target = min(offset, length)
        scalars += leads
        byteOffset = target
        // Inside a scalar: that scalar's lead byte was counted; round down to its start.
        return midScalar ? scalars - 1 : scalars
    }

    /// The code point offsets of a UTF-8 byte range of ``text``.
    /// - Complexity: O(k) as for ``codePointOffset(ofUTF8:)``.
    public mutating func codePointRange(ofUTF8 range: Range<Int>) -> Range<Int> {
        let start = codePointOffset(ofUTF8: range.lowerBound)
        let end = range.isEmpty ? start : codePointOffset(ofUTF8: range.upperBound)
        return start..<end
    }

    /// Counts lead (non-continuation) bytes in `from..<to` and tells whether
    /// `to` falls inside a scalar; also returns the text's UTF-8 length.
    private static func scan(_ text: String, from: Int, to: Int) -> (Int, Bool, Int) {
        func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Bool, Int) {
            let end = min(max(to, from), bytes.count)
            var leads = 0
            var i = from
            while i < end {
                leads &+= bytes[i] & 0xC0 != 0x80 ? 1 : 0
                i &+= 1
            }
            let mid = end < bytes.count && bytes[end] & 0xC0 == 0x80
            return (leads, mid, bytes.count)
        }
        if let result = text.utf8.withContiguousStorageIfAvailable(count) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(count)
    }
}
