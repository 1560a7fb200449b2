/// A phrase list indexed by first scalar, so that finding the phrases that
/// start at a position costs a bit test, a probe of a small open-addressing
/// table, and a comparison with the few phrases that share that first character.
struct PhraseTable: Sendable {
    /// The phrases, as scalars, in the order given.
    let phrases: [[Unicode.Scalar]]
    /// Phrase indices by first scalar, longest phrase first, one group per first scalar.
    private let groups: [[Int]]
    /// Open-addressing table from a first scalar to its group: `slotScalars`
    /// holds the scalar value (`UInt32.max` when empty), `slotGroups` the group.
    private let slotScalars: [UInt32]
    private let slotGroups: [Int32]
    /// A bit per (scalar value mod 65536) that some phrase starts with: most
    /// positions are rejected without a table lookup.
    private let firstBits: [UInt64]

    /// Indexes `phrases`.
    init(_ phrases: [String]) {
        let scalars = phrases.map { Array($0.unicodeScalars) }
        self.phrases = scalars
        var firsts: [UInt32] = []
        var groups: [[Int]] = []
        for (i, p) in scalars.enumerated() {
            guard let first = p.first?.value else { continue }
            if let g = firsts.firstIndex(of: first) {
                groups[g].append(i)
            } else {
                firsts.append(first)
                groups.append([i])
            }
        }
        for g in groups.indices {
            groups[g].sort { scalars[$0].count > scalars[$1].count }
        }
        self.groups = groups
        var size = 8
        while size < firsts.count * 4 { size *= 2 }
        var slotScalars = [UInt32](repeating: .max, count: size)
        var slotGroups = [Int32](repeating: -1, count: size)
        for (g, first) in firsts.enumerated() {
            var slot = Self.slot(of: first, size: size)
            while slotScalars[slot] != .max { slot = (slot + 1) & (size - 1) }
            slotScalars[slot] = first
            slotGroups[slot] = Int32(g)
        }
        self.slotScalars = slotScalars
        self.slotGroups = slotGroups
        var bits = [UInt64](repeating: 0, count: 1024)
        for first in firsts {
            let v = Int(first & 0xFFFF)
            bits[v >> 6] |= 1 << UInt64(v & 63)
        }
        firstBits = bits
    }

    @inline(__always)
    private static func slot(of v: UInt32, size: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(v) &* 0x9E37_79B9_7F4A_7C15) >> 40) & (size - 1)
    }

    @inline(__always)
    private func mayStartFast(_ s: Unicode.Scalar) -> Bool {
        let v = Int(s.value & 0xFFFF)
        return firstBits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// The phrases starting with `s`, longest first, or nil.
    @inline(__always)
    private func group(startingWith s: Unicode.Scalar) -> [Int]? {
        guard mayStartFast(s) else { return nil }
        let size = slotScalars.count
        var slot = Self.slot(of: s.value, size: size)
        while true {
            let v = slotScalars[slot]
            if v == s.value { return groups[Int(slotGroups[slot])] }
            if v == .max { return nil }
            slot = (slot + 1) & (size - 1)
        }
    }

    /// The index of the longest phrase that occurs in `t` at `i` and ends by `limit`.
    func longestMatch(in t: ScalarText, at i: Int, limit: Int? = nil) -> Int? {
        guard i >= 0, i < t.count, let candidates = group(startingWith: t.scalars[i]) else { return nil }
        let end = limit ?? t.count
        for k in candidates where i + phrases[k].count <= end && t.matches(phrases[k], at: i) { return k }
        return nil
    }

    /// Every phrase index that occurs in `t` at `i`, longest first.
    func matches(in t: ScalarText, at i: Int) -> [Int] {
        guard i >= 0, i < t.count, let candidates = group(startingWith: t.scalars[i]) else { return [] }
        return candidates.filter { t.matches(phrases[$0], at: i) }
    }

    /// Calls `body` with every phrase index that occurs in `t` at `i`,
    /// longest first, until it returns false; allocates nothing.
    func forEachMatch(in t: ScalarText, at i: Int, _ body: (Int) -> Bool) {
        guard i >= 0, i < t.count, let candidates = group(startingWith: t.scalars[i]) else { return }
        for k in candidates where t.matches(phrases[k], at: i) {
            if !body(k) { return }
        }
    }

    /// Whether some phrase might start with the scalar `s`.
    func mayStart(with s: Unicode.Scalar) -> Bool { group(startingWith: s) != nil }

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
