/// A text as an array of Unicode scalars with the UTF-8 offset of each, so
/// that the cleaner can index characters in O(1) and still report byte ranges.
struct ScalarText: Sendable {
    /// The scalars.
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, plus the total length at the end.
    let byteOffsets: [Int]
    /// Content ranges (scalar indices) of the lines, without their line breaks.
    let lines: [Range<Int>]

    /// Indexes `text`.
    /// - Complexity: O(n).
    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count / 2)
        offsets.reserveCapacity(text.utf8.count / 2)
        var lines: [Range<Int>] = []
        var lineStart = 0
        // Decoded straight from the (valid) UTF-8 bytes.
        text.withUTF8Bytes { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let lead = UInt32(bytes[i])
                var v = lead
                var width = 1
                if lead >= 0xF0 {
                    v = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    width = 4
                } else if lead >= 0xE0 {
                    v = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    width = 3
                } else if lead >= 0x80 {
                    v = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    width = 2
                } else if lead == 0x0A {
                    lines.append(lineStart..<scalars.count)
                    lineStart = scalars.count + 1
                }
                scalars.append(Unicode.Scalar(v)!)
                offsets.append(i)
                i += width
            }
            offsets.append(n)
        }
        lines.append(lineStart..<scalars.count)
        self.scalars = scalars
        self.byteOffsets = offsets
        self.lines = lines
    }

    var count: Int { scalars.count }

    /// The string of a scalar range.
    func string(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }

    /// The UTF-8 byte range of a scalar range.
    func bytes(_ range: Range<Int>) -> Range<Int> {
        byteOffsets[range.lowerBound]..<byteOffsets[range.upperBound]
    }

    /// `range` without leading and trailing whitespace.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, Self.isSpace(scalars[lo]) { lo += 1 }
        while hi > lo, Self.isSpace(scalars[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// Whether `needle` occurs at `index`.
    func matches(_ needle: [Unicode.Scalar], at index: Int) -> Bool {
        let n = needle.count
        guard index >= 0, index + n <= scalars.count else { return false }
        return scalars.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { ndl in
                var k = 0
                while k < n {
                    if hay[index + k] != ndl[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    /// Whether `needle` occurs at `index` (string form).
    func matches(_ needle: String, at index: Int) -> Bool {
        matches(Array(needle.unicodeScalars), at: index)
    }

    /// Start indices of the non-overlapping occurrences of `needle` in `range`.
    /// - Complexity: O(n·m); the cleaner only searches for short needles.
    func occurrences(of needle: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Int] {
        let r = range ?? 0..<scalars.count
        guard let first = needle.first, needle.count <= r.count else { return [] }
        var result: [Int] = []
        var i = r.lowerBound
        let last = r.upperBound - needle.count
        while i <= last {
            if scalars[i] == first, matches(needle, at: i) {
                result.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// The first index at or after `from` where `needle` occurs within `range`.
    func firstIndex(of needle: String, in range: Range<Int>) -> Int? {
        occurrencesFirst(Array(needle.unicodeScalars), in: range)
    }

    private func occurrencesFirst(_ needle: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        guard let first = needle.first, needle.count <= range.count else { return nil }
        var i = range.lowerBound
        while i <= range.upperBound - needle.count {
            if scalars[i] == first, matches(needle, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// Whether the scalar range contains the scalar `needle`.
    func contains(scalar needle: Unicode.Scalar, in range: Range<Int>) -> Bool {
        for i in range where scalars[i] == needle { return true }
        return false
    }

    /// Whether the scalar range contains `needle`.
    func contains(_ needle: String, in range: Range<Int>) -> Bool {
        firstIndex(of: needle, in: range) != nil
    }

    // MARK: Character classes

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{A0}" || s == "\u{3000}" || s == "\r"
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3FFFF).contains(v)
    }

    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

    static func isAlnum(_ s: Unicode.Scalar) -> Bool { isASCIILetter(s) || isDigit(s) }

    /// Punctuation, symbols, spaces and line breaks: anything that is not a
    /// letter, digit or Han character.
    static func isBoundary(_ s: Unicode.Scalar) -> Bool {
        !(isHan(s) || isAlnum(s) || s.properties.isAlphabetic)
    }

    /// Sentence-final punctuation.
    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        s == "。" || s == "!" || s == "?" || s == ";" || s == "…"
    }
}
