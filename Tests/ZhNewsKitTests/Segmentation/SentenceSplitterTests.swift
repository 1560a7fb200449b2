import Foundation
import Testing
@testable import ZhNewsKit

struct SentenceSplitterTests {
    private func sentences(_ text: String) throws -> [String] {
        try Segmenter().sentences(in: text).map(\.text)
    }

    @Test(arguments: [
        ("他说：“今天很好。”然后走了！", ["他说：“今天很好。”", "然后走了！"]),
        ("真的？是的；还有……没有了。", ["真的？", "是的；", "还有……", "没有了。"]),
        ("没有了。（完）新的一段", ["没有了。", "（完）新的一段"]),
        ("第二段“引号！”（括号。）结束……。", ["第二段“引号！”", "（括号。）", "结束……。"]),
        ("《报告》指出：“增长了5%。”《通知》要求", ["《报告》指出：“增长了5%。”", "《通知》要求"]),
        ("第一行\n第二行", ["第一行\n", "第二行"]),
        ("优良率为84.4%;全市11个", ["优良率为84.4%;", "全市11个"]),
        ("结尾；", ["结尾；"]),
    ])
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    @Test func fixtureParagraphSplitsAtEndMarks() throws {
        let text = try Fixtures.text("articles/nanchang-blue-2021.txt")
        let start = try #require(text.range(of: "据统计,2021年一季度"))
        let end = try #require(text.range(of: "排名全省前列。", range: start.upperBound..<text.endIndex))
        let excerpt = String(text[start.lowerBound..<end.upperBound])
        let result = try Segmenter().sentences(in: excerpt)
        #expect(result.map(\.codePoints) == [0..<51, 51..<140, 140..<156])
        #expect(result.last?.text == "土壤污染防治工作也排名全省前列。")
    }

    @Test func sentencesOfTraditionalFullWidthTextMapToTheOriginal() throws {
        let text = "空氣質量優良率為８４．４％！　東江湖水質穩定。"
        let result = try Segmenter().sentences(in: text)
        #expect(result.map(\.text) == ["空氣質量優良率為８４．４％！　", "東江湖水質穩定。"])
        #expect(result.map(\.codePoints) == [0..<15, 15..<23])
    }
}
