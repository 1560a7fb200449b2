/// A small set of Unicode scalars (a few marks or separators), tested by a
/// scan of their values: for sets this size cheaper than hashing each
/// scalar, which the cleaner would otherwise do for every character of a line.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private let values: [UInt32]

    /// A set of the given scalars.
    init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    /// A set of the scalars of `scalars`.
    init(_ scalars: some Sequence<Unicode.Scalar>) {
        var values: [UInt32] = []
        for s in scalars where !values.contains(s.value) { values.append(s.value) }
        self.values = values
    }

    /// Whether `s` is in the set.
    /// - Complexity: O(size of the set).
    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        for value in values where value == v { return true }
        return false
    }
}
