import Testing

@testable import ZhNewsKit

/// Small scalar sets answer membership like `Set<Unicode.Scalar>`.
struct ScalarSetTests {
    @Test func membership() {
        let set: ScalarSet = ["-", "|", "·", "—", "-"]
        for s in "-|·—".unicodeScalars { #expect(set.contains(s)) }
        for s in "_–a 中".unicodeScalars { #expect(!set.contains(s)) }
        let empty = ScalarSet([Unicode.Scalar]())
        #expect(!empty.contains("-"))
    }

    /// Scalars that share low bits with members (U+0040 and U+0000 with `@`) are still told apart.
    @Test func sharedLowBitsAreNoMembership() {
        let set: ScalarSet = ["@", "体", "育"]
        #expect(set.contains("@"))
        #expect(set.contains("体"))
        #expect(!set.contains("\u{0}"))
        #expect(!set.contains("\u{80}"))
        #expect(!set.contains(Unicode.Scalar(("体" as Unicode.Scalar).value + 64)!))
    }
}
