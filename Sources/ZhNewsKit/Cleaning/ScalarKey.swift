/// A run of scalars as a dictionary key, hashed once with a cheap 64-bit
/// hash (FNV-1a) instead of as a normalised `String`.
struct ScalarKey: Hashable, Sendable {
    let scalars: ArraySlice<Unicode.Scalar>
    private let digest: UInt64

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = scalars
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3 }
        digest = h
    }

    static func == (a: ScalarKey, b: ScalarKey) -> Bool { a.digest == b.digest && a.scalars.elementsEqual(b.scalars) }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }
}
