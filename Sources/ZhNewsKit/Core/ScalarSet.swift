/// A small set of Unicode scalars whose membership test is one bit read
/// (no hashing), for the character classes that the cleaner, the number
/// grammar and the fact rules ask about at every character. Meant for static
/// sets: the bits reach up to the largest member (a set holding `网`, U+7F51,
/// takes 4 KB).
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    /// One bit per scalar value up to the largest member.
    private let bits: [UInt64]

    /// The set of `scalars`.
    init(_ scalars: some Sequence<Unicode.Scalar>) {
        let values = scalars.map(\.value)
        var bits = [UInt64](repeating: 0, count: Int((values.max() ?? 0) >> 6) + 1)
        for v in values { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        self.bits = bits
    }

    /// The set of the scalars of `text`.
    init(_ text: String) {
        self.init(text.unicodeScalars)
    }

    init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init(scalars)
    }

    /// Whether `scalar` is a member.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let word = Int(scalar.value >> 6)
        return word < bits.count && bits[word] & (1 << UInt64(scalar.value & 63)) != 0
    }
}
