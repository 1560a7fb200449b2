import Foundation

/// Code-point string operations with the scorer's (Python's) semantics.
///
/// Swift's `String` compares and searches by extended grapheme cluster with canonical
/// equivalence; the scorer works on code points. Everything here works on arrays of
/// `Unicode.Scalar` so that offsets, lengths and substring tests agree with it.
extension GoldEvaluation {
    typealias Scalars = [Unicode.Scalar]

    /// Python's `str.isspace`: Unicode White_Space plus the information separators U+001C…U+001F.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || (0x1C...0x1F).contains(s.value)
    }

    /// The first index `>= from` at which `needle` occurs in `hay` (Python `str.find`).
    static func find(_ needle: Scalars, in hay: Scalars, from: Int = 0) -> Int? {
        let start = max(0, from)
        if needle.isEmpty { return start <= hay.count ? start : nil }
        guard hay.count >= needle.count, start <= hay.count - needle.count else { return nil }
        let first = needle[0]
        var i = start
        while i <= hay.count - needle.count {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `needle` is a code-point substring of `hay` (Python `in`).
    static func contains(_ hay: String, _ needle: String) -> Bool {
        find(Array(needle.unicodeScalars), in: Array(hay.unicodeScalars)) != nil
    }

    /// Start offsets of non-overlapping occurrences (the scorer's `occurrences`).
    static func occurrences(of needle: Scalars, in hay: Scalars) -> [Int] {
        guard !needle.isEmpty else { return [] }
        var out: [Int] = []
        var i = 0
        while let at = find(needle, in: hay, from: i) {
            out.append(at)
            i = at + needle.count
        }
        return out
    }

    /// Python `str.splitlines()`: splits on every line boundary, `\r\n` counting once; no trailing empty line.
    static func lines(_ text: String) -> [String] {
        let breaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029]
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for s in text.unicodeScalars {
            if s.value == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = s.value == 0x0D
            if breaks.contains(s.value) {
                out.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(s)
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// A line with every whitespace character removed (the scorer's `line_key`).
    static func lineKey(_ line: String) -> String {
        var v = String.UnicodeScalarView()
        for s in line.unicodeScalars where !isSpace(s) { v.append(s) }
        return String(v)
    }

    /// Python `str.strip()`.
    static func strip(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[first...last])
        return String(v)
    }

    /// The string formed by code points `range` of `scalars`.
    static func string(_ scalars: Scalars, _ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[range])
        return String(v)
    }

    /// Length of the longest common subsequence of two code-point sequences.
    static func lcsLength(_ a: Scalars, _ b: Scalars) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        for ca in a {
            var current = [0]
            current.reserveCapacity(b.count + 1)
            for (j, cb) in b.enumerated() {
                current.append(ca == cb ? previous[j] + 1 : max(previous[j + 1], current[j]))
            }
            previous = current
        }
        return previous[b.count]
    }
}
