import Testing

@testable import ZhNewsKit

/// The phrase table finds the phrases starting at a position, longest first,
/// among many phrases with shared and distinct first characters.
struct PhraseTableTests {
    private let table = PhraseTable(["官网", "官方网站", "官方", "app", "体育", "登录入口", "入口", "a"])

    @Test(arguments: [
        ("开云官方网站", 2, ["官方网站", "官方"]),
        ("开云官网", 2, ["官网"]),
        ("米乐app下载", 2, ["app", "a"]),
        ("登录入口", 0, ["登录入口"]),
        ("登录入口", 2, ["入口"]),
        ("全市新增", 1, []),
    ] as [(String, Int, [String])])
    func matchesAreLongestFirst(text: String, at: Int, expected: [String]) {
        let t = ScalarText(text)
        let found = table.matches(in: t, at: at).map { String(String.UnicodeScalarView(table.phrases[$0])) }
        #expect(found == expected)
        let longest = table.longestMatch(in: t, at: at).map { String(String.UnicodeScalarView(table.phrases[$0])) }
        #expect(longest == expected.first)
    }

    @Test func limitCutsLongerPhrases() {
        let t = ScalarText("官方网站")
        #expect(table.longestMatch(in: t, at: 0, limit: 3).map { table.phrases[$0].count } == 2)
        #expect(table.occurs(in: t, range: 1..<4) == false)
        #expect(table.count(in: ScalarText("官网官方app"), range: 0..<7) == 3)
    }

    @Test func firstCharactersAreKnown() {
        #expect(table.mayStart(with: "官"))
        #expect(table.mayStart(with: "a"))
        #expect(!table.mayStart(with: "b"))
        // Same low 16 bits as 官 (U+5B98), another plane: not a first character.
        #expect(!table.mayStart(with: Unicode.Scalar(0x2_5B98)!))
    }

    @Test func manyFirstCharactersStayDistinct() {
        let phrases = (0..<300).map { String(Unicode.Scalar(0x4E00 + UInt32($0) * 7)!) + "x" }
        let big = PhraseTable(phrases)
        for (k, p) in phrases.enumerated() {
            #expect(big.longestMatch(in: ScalarText(p), at: 0) == k)
        }
        #expect(big.longestMatch(in: ScalarText("\u{4E01}x"), at: 0) == nil)
    }
}
