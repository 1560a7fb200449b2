/// Traditional → simplified character mapping as a flat array over the Han
/// blocks and CJK punctuation (U+3000…U+FAFF), so that the normaliser's per-character lookup is
/// one bounds check and one load instead of a hash-table probe.
struct SimplifiedTable: Sendable {
    /// First scalar value covered.
    private static let base: UInt32 = 0x3000
    /// Last scalar value covered (the end of the CJK compatibility ideographs).
    private static let last: UInt32 = 0xFAFF
    /// Simplified scalar value per covered scalar; 0 where the character is unchanged.
    private let table: [UInt32]

    /// A table with no mapping.
    static let empty = SimplifiedTable([:])

    /// Flattens a mapping; entries outside the covered blocks are ignored.
    init(_ mapping: [UInt32: Unicode.Scalar]) {
        var table = [UInt32](repeating: 0, count: Int(Self.last - Self.base) + 1)
        for (from, to) in mapping where from >= Self.base && from <= Self.last {
            table[Int(from - Self.base)] = to.value
        }
        self.table = table
    }

    /// The simplified form of the scalar value `v`, or `nil` when it has none.
    /// - Complexity: O(1).
    @inline(__always)
    func simplified(_ v: UInt32) -> Unicode.Scalar? {
        guard v >= Self.base, v <= Self.last else { return nil }
        let s = table[Int(v &- Self.base)]
        return s == 0 ? nil : Unicode.Scalar(s)
    }

    /// The simplified form of the scalar value `v`, as a dictionary lookup would give it.
    subscript(v: UInt32) -> Unicode.Scalar? { simplified(v) }
}

