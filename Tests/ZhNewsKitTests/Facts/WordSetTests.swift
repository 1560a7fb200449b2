import Testing

@testable import ZhNewsKit

struct WordSetTests {
    static let words: WordSet = ["完成", "实现", "APP", "官方网站"]

    @Test(arguments: [
        ("完成", true), ("实现", true), ("APP", true), ("官方网站", true),
        ("完", false), ("完成了", false), ("app", false), ("", false),
        ("官方网站官方网站官方网站", false),  // longer than any key
    ])
    func findsPlainWordsByBytes(_ word: String, _ member: Bool) {
        #expect(Self.words.contains(word) == member)
        #expect(Self.words.contains(Substring(word)) == member)
    }

    @Test func comparesLikeStrings() {
        // Canonically equal text is the same word, as in a Set<String>.
        let composed: WordSet = ["é", "增长"]
        #expect(composed.contains("e\u{301}"))
        #expect(composed.contains("增长"))
        #expect(!composed.contains("增"))
        // A compatibility ideograph is canonically its unified twin.
        let han: WordSet = ["豈"]
        #expect(han.contains("\u{F900}"))
    }
}
