import Testing

@testable import ZhNewsKit

struct ScalarSetTests {
    @Test func membersAndNonMembers() {
        let set = ScalarSet("，,。\n（")
        for s in "，,。\n（".unicodeScalars { #expect(set.contains(s)) }
        for s in "、.a）\u{0}\u{10FFFF}".unicodeScalars { #expect(!set.contains(s)) }
        let literal: ScalarSet = ["“", "\""]
        #expect(literal.contains("“") && literal.contains("\"") && !literal.contains("”"))
        #expect(!ScalarSet("").contains("\u{0}"))
    }

    @Test func repeatedMembersAndAnEmptySequence() {
        let set: ScalarSet = ["-", "|", "·", "—", "-"]
        for s in "-|·—".unicodeScalars { #expect(set.contains(s)) }
        for s in "_–a 中".unicodeScalars { #expect(!set.contains(s)) }
        #expect(!ScalarSet([Unicode.Scalar]()).contains("-"))
    }
}
