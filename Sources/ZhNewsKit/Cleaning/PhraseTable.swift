/// A phrase list indexed by first scalar, so that finding the phrases that
/// start at a position costs one dictionary lookup plus the few phrases that
/// share that first character.
struct PhraseTable: Sendable {
    /// The phrases, as scalars, in the order given.
    let phrases: [[Unicode.Scalar]]
    /// Phrase indices by first scalar, longest phrase first.
    private let byFirst: [Unicode.Scalar: [Int]]
    /// A bit per (scalar value mod 65536) that some phrase starts with: most
    /// positions are rejected without hashing.
    private let firstBits: [UInt64]

    /// Indexes `phrases`.
    init(_ phrases: [String]) {
        let scalars = phrases.map { Array($0.unicodeScalars) }
        self.phrases = scalars
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        for (i, p) in scalars.enumerated() {
            guard let first = p.first else { continue }
            byFirst[first, default: []].append(i)
        }
        for key in byFirst.keys {
            byFirst[key]!.sort { scalars[$0].count > scalars[$1].count }
        }
        self.byFirst = byFirst
        var bits = [UInt64](repeating: 0, count: 1024)
        for first in byFirst.keys {
            let v = Int(first.value & 0xFFFF)
            bits[v >> 6] |= 1 << UInt64(v & 63)
        }
        firstBits = bits
    }

    @inline(__always)
    private func mayStartFast(_ s: Unicode.Scalar) -> Bool {
        let v = Int(s.value & 0xFFFF)
        return firstBits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// The index of the longest phrase that occurs in `t` at `i` and ends by `limit`.
    func longestMatch(in t: ScalarText, at i: Int, limit: Int? = nil) -> Int? {
        guard i >= 0, i < t.count, mayStartFast(t.scalars[i]), let candidates = byFirst[t.scalars[i]] else { return nil }
        let end = limit ?? t.count
        for k in candidates where i + phrases[k].count <= end && t.matches(phrases[k], at: i) { return k }
        return nil
    }

    /// Every phrase index that occurs in `t` at `i`, longest first.
    func matches(in t: ScalarText, at i: Int) -> [Int] {
        guard i >= 0, i < t.count, mayStartFast(t.scalars[i]), let candidates = byFirst[t.scalars[i]] else { return [] }
        return candidates.filter { t.matches(phrases[$0], at: i) }
    }

    /// Calls `body` with every phrase index that occurs in `t` at `i`,
    /// longest first, until it returns false; allocates nothing.
    func forEachMatch(in t: ScalarText, at i: Int, _ body: (Int) -> Bool) {
        guard i >= 0, i < t.count, mayStartFast(t.scalars[i]), let candidates = byFirst[t.scalars[i]] else { return }
        for k in candidates where t.matches(phrases[k], at: i) {
            if !body(k) { return }
        }
    }

    /// Whether some phrase might start with the scalar `s`.
    func mayStart(with s: Unicode.Scalar) -> Bool { mayStartFast(s) && byFirst[s] != nil }

    /// Whether any phrase occurs inside `range` of `t`.
    /// - Complexity: O(length of the range × phrases sharing a first scalar).
    func occurs(in t: ScalarText, range: Range<Int>) -> Bool {
        for i in range where longestMatch(in: t, at: i, limit: range.upperBound) != nil { return true }
        return false
    }

    /// How many phrase occurrences (scanning left to right, longest first) lie in `range`.
    func count(in t: ScalarText, range: Range<Int>) -> Int {
        var n = 0
        var i = range.lowerBound
        while i < range.upperBound {
            if let k = longestMatch(in: t, at: i, limit: range.upperBound) {
                n += 1
                i += phrases[k].count
            } else {
                i += 1
            }
        }
        return n
    }
}
