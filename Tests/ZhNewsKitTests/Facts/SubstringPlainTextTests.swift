import Testing

@testable import ZhNewsKit

struct SubstringPlainTextTests {
    @Test(arguments: ["", "率", "总量", "利用率", "APP下载", "e\u{301}率", "\r\n率", "가率", "\u{F900}率", "总\u{302A}"])
    func matchesCharacterOperations(_ text: String) {
        let s = Substring(text)
        #expect(s.characterCount == s.count)
        for word in ["率", "总", "e", "\u{F900}", "豈"] {
            #expect(s.hasPlainPrefix(word) == s.hasPrefix(word))
            #expect(s.hasPlainSuffix(word) == s.hasSuffix(word))
        }
    }
}
