/// A small set of Unicode scalars (a few marks or separators), tested by a
/// scan of their values: for sets this size cheaper than hashing each
/// scalar, which the cleaner would otherwise do for every character of a line.
/// A 64-bit mask of the values' low bits turns most non-members away
/// before the scan.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private let values: [UInt32]
    /// Bit `v & 63` is set for every value `v` of the set.
    private let mask: UInt64

    /// A set of the given scalars.
    init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    /// A set of the scalars of `scalars`.
    init(_ scalars: some Sequence<Unicode.Scalar>) {
        var values: [UInt32] = []
        var mask: UInt64 = 0
        for s in scalars where !values.contains(s.value) {
            values.append(s.value)
            mask |= 1 << UInt64(s.value & 63)
        }
        self.values = values
        self.mask = mask
    }

    /// Whether `s` is in the set.
    /// - Complexity: O(1) for most scalars outside the set, else O(size of the set).
    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        guard mask & (1 << UInt64(v & 63)) != 0 else { return false }
        for value in values where value == v { return true }
        return false
    }
}
