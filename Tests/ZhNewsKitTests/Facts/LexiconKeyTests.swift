import Testing

@testable import ZhNewsKit

struct LexiconKeyTests {
    @Test(arguments: [
        ("增长", true),  // Han ideographs
        ("APP下载", true),  // ASCII and Han
        ("", true),
        ("가", false),  // a Hangul syllable decomposes
        ("é", false),  // precomposed Latin
        ("e\u{301}", false),  // a combining accent
        ("\u{F900}", false),  // a compatibility ideograph, canonically equal to 豈
        ("㐀", false),  // CJK extension A lies outside the plain range
    ])
    func plainText(_ text: String, _ plain: Bool) {
        #expect(LexiconKey.isPlain(text.utf8) == plain)
    }

    @Test func keysCompareBytes() {
        #expect(LexiconKey("增长".utf8) == LexiconKey("增长".utf8))
        #expect(LexiconKey("增长".utf8) != LexiconKey("增加".utf8))
        #expect(LexiconKey("a".utf8) != LexiconKey("a\u{0}".utf8))  // the length is part of the key
        #expect(LexiconKey(String(repeating: "a", count: 16).utf8) != nil)
        #expect(LexiconKey(String(repeating: "a", count: 17).utf8) == nil)
    }

    @Test(arguments: ["增长", "同比增长", "比上年", "全市", "官方网站", "公司", "APP", "豈", "\u{F900}", "增长率超过", "e\u{301}"])
    func byteLookupMatchesStringLookup(_ word: String) {
        let bytes = ArraySlice(Array(word.utf8))
        #expect(SubjectLexicon.wordClass(ofUTF8: bytes) == SubjectLexicon.wordClass(of: Substring(word)))
    }

    @Test func tableFindsEveryEntryAndNothingElse() {
        let words = (0..<500).map { "词\($0)" }
        let table = LexiconTable(words.enumerated().map { (LexiconKey($1.utf8)!, $0 % 2 == 0 ? WordClass.verb : .nominal) })
        for (i, w) in words.enumerated() {
            #expect(table[LexiconKey(w.utf8)!] == (i % 2 == 0 ? .verb : .nominal))
        }
        #expect(table[LexiconKey("词500".utf8)!] == nil)
        #expect(table[LexiconKey("".utf8)!] == nil)
    }
}
