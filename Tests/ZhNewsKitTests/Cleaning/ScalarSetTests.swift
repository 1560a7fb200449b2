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
}
