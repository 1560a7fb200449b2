import Testing

@testable import ZhNewsKit

struct CodePointCursorTests {
    static let samples = ["", "plain ASCII", "空气质量优良率为84.4%。", "ＰＭ２．５ 😀👍🏽 é\u{301}\n第二行", "𠀀𠀁a"]

    @Test(arguments: samples)
    func agreesWithIndexAtEveryOffset(text: String) {
        let index = CodePointIndex(text)
        var cursor = CodePointCursor(text)
        for offset in 0...text.utf8.count {
            #expect(cursor.codePointOffset(ofUTF8: offset) == index.codePointOffset(ofUTF8: offset), "offset \(offset)")
        }
    }

    @Test(arguments: samples)
    func agreesWithIndexGoingBackwards(text: String) {
        let index = CodePointIndex(text)
        var cursor = CodePointCursor(text)
        for offset in (0...text.utf8.count).reversed() {
            #expect(cursor.codePointOffset(ofUTF8: offset) == index.codePointOffset(ofUTF8: offset), "offset \(offset)")
        }
    }

    @Test func convertsRanges() {
        var cursor = CodePointCursor("空气84.4%")
        #expect(cursor.codePointRange(ofUTF8: 0..<6) == 0..<2)
        #expect(cursor.codePointRange(ofUTF8: 6..<11) == 2..<7)
        #expect(cursor.codePointRange(ofUTF8: 11..<11) == 7..<7)
    }
}
