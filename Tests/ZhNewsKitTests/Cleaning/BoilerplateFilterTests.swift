import Foundation
import Testing
@testable import ZhNewsKit

/// A gold annotation file (`Fixtures/gold/*.json`), the parts the cleaner answers for.
struct GoldArticle: Decodable {
    struct Metadata: Decodable {
        var title: String?
        var author: String?
        var published: String?
        var source: String?
    }
    var id: String
    var text: String
    var spam: [String]
    var boilerplateLines: [String]
    var mustKeep: [String]
    var metadata: Metadata

    static func load(_ name: String) throws -> GoldArticle {
        try JSONDecoder().decode(GoldArticle.self, from: Fixtures.data("gold/\(name).json"))
    }
}

struct BoilerplateFilterTests {
    static let goldNames: [String] = {
        let names = (try? Fixtures.files(in: "gold", withExtension: "json")) ?? []
        return names.map { String($0.dropLast(5)) }
    }()
    static let articleNames: [String] = (try? Fixtures.files(in: "articles", withExtension: "txt")) ?? []

    private func clean(_ text: String) throws -> CleaningResult {
        try Pipeline().clean(text)
    }

    private func occurrences(of needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    private func lineKey(_ line: some StringProtocol) -> String {
        String(line.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    @Test func fixturesAreAnnotated() {
        #expect(Self.goldNames.filter { $0.hasPrefix("spam-") }.count >= 4)
        #expect(Self.goldNames.filter { $0.hasPrefix("trap-") }.count >= 3)
    }

    @Test(arguments: goldNames)
    func goldTextIsTheFixture(name: String) throws {
        let gold = try GoldArticle.load(name)
        #expect(gold.text == (try Fixtures.text("articles/\(name).txt")))
    }

    @Test(arguments: goldNames)
    func spamIsRemovedExactly(name: String) throws {
        let gold = try GoldArticle.load(name)
        let result = try clean(gold.text)
        for spam in gold.spam {
            #expect(occurrences(of: spam, in: result.cleanText) == 0, "\(name): \(spam) left in the clean text")
        }
        // Every injected-token removal is exactly one gold spam string (or lies inside one).
        for removal in result.removals where removal.reason == .injectedToken {
            #expect(gold.spam.contains { $0.contains(removal.text) }, "\(name): removed \(removal.text)")
        }
        if gold.spam.isEmpty {
            #expect(!result.removals.contains { $0.reason == .injectedToken }, "\(name): a trap lost words")
        }
    }

    @Test(arguments: goldNames)
    func furnitureGoesAndTheArticleStays(name: String) throws {
        let gold = try GoldArticle.load(name)
        let result = try clean(gold.text)
        let kept = Set(result.cleanText.split(separator: "\n").map(lineKey))
        for line in gold.boilerplateLines {
            #expect(!kept.contains(lineKey(line)), "\(name): boilerplate kept: \(line)")
        }
        for keep in gold.mustKeep {
            #expect(result.cleanText.contains(keep), "\(name): lost \(keep)")
        }
    }

    @Test(arguments: goldNames)
    func metadataMatchesTheGold(name: String) throws {
        let gold = try GoldArticle.load(name)
        let meta = try clean(gold.text).metadata
        if let title = gold.metadata.title { #expect(meta.title == title) }
        if let author = gold.metadata.author { #expect(meta.author == author) }
        if let source = gold.metadata.source { #expect(meta.source == source) }
        #expect(meta.published == gold.metadata.published)
    }

    /// Clean text plus removals account for every non-whitespace character
    /// of the input, in order.
    @Test(arguments: articleNames)
    func nothingIsLost(name: String) throws {
        let original = try Fixtures.text("articles/\(name)")
        let result = try clean(original)
        let index = CodePointIndex(original)
        let scalars = Array(original.unicodeScalars)
        var rebuilt = String.UnicodeScalarView()
        var cursor = 0
        var removed = 0
        for removal in result.removals {
            #expect(removal.codePoints.lowerBound >= cursor, "removals overlap or are out of order")
            cursor = max(cursor, removal.codePoints.upperBound)
            removed += removal.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        }
        // Cutting the removals out of the input gives the clean text, up to whitespace.
        cursor = 0
        for removal in result.removals {
            rebuilt.append(contentsOf: scalars[cursor..<removal.codePoints.lowerBound])
            cursor = removal.codePoints.upperBound
        }
        rebuilt.append(contentsOf: scalars[cursor...])
        #expect(lineKey(String(rebuilt)) == lineKey(result.cleanText))
        let inputCount = scalars.filter { !$0.properties.isWhitespace }.count
        let cleanCount = result.cleanText.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        #expect(cleanCount + removed == inputCount)
        #expect(index.count == scalars.count)
    }

    /// Every removal's range points at its text in the original input.
    @Test(arguments: articleNames)
    func removalRangesMapToTheOriginal(name: String) throws {
        let original = try Fixtures.text("articles/\(name)")
        let result = try clean(original)
        let scalars = Array(original.unicodeScalars)
        for removal in result.removals {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[removal.codePoints])
            #expect(String(view) == removal.text)
            #expect(String(original[removal.range]) == removal.text)
        }
    }

    /// Where whole lines were removed, no empty line is left in their place.
    @Test(arguments: articleNames)
    func removedLinesLeaveNoEmptyLines(name: String) throws {
        let original = try Fixtures.text("articles/\(name)")
        let result = try clean(original)
        let blankRunsBefore = original.components(separatedBy: "\n\n\n").count
        #expect(result.cleanText.components(separatedBy: "\n\n\n").count <= blankRunsBefore)
        #expect(!result.cleanText.hasPrefix("\n"))
        if result.removals.contains(where: { $0.reason != .injectedToken }) {
            #expect(!result.cleanText.hasSuffix("\n\n"))
        }
    }

    @Test func cleanMappedTextIsTheNormalisedCleanText() throws {
        let gold = try GoldArticle.load("spam-huatihui-school-2023")
        let result = try clean(gold.text)
        #expect(!result.clean.text.contains("hth"))
        #expect(result.clean.text.contains("全市新建、改扩建中小学校12所,新增学位8600个。"))
        let r = try #require(result.clean.text.range(of: "8600个"))
        #expect(result.clean.original[result.clean.originalRange(of: r)] == "８６００個")
    }

    @Test func hackedPageIsFlaggedNotCut() throws {
        let gold = try GoldArticle.load("trap-hacked-bureau-2024")
        let result = try clean(gold.text)
        #expect(result.warnings == [.brandReplacesInstitution])
        #expect(occurrences(of: "开云体育", in: result.cleanText) == 5)
    }

    @Test func pinyinAnnotationIsRemovedInline() throws {
        let result = try clean("湖光山色\n  天空碧藍(lán)如洗,湖水清澈(VOCs)見底,景色宜人。\n")
        #expect(result.cleanText.contains("天空碧藍如洗,湖水清澈(VOCs)見底"))
        #expect(result.removals.map(\.text) == ["(lán)"])
    }

    @Test func relatedHeadlinesAreData() throws {
        let text = try Fixtures.text("articles/nanchang-blue-2021.txt")
        let result = try clean(text)
        #expect(result.relatedHeadlines.contains(RelatedHeadline(title: "钢铁行业碳达峰实施方案初稿完成", date: "2021-07-29")))
        #expect(result.relatedHeadlines.count >= 16)
        // Dates of related items never become the publish time.
        #expect(result.metadata.published == nil)
    }

    /// Random pages built from spam, furniture and body pieces: the cleaner
    /// never traps, and every removal points at its text in the input.
    @Test func randomPagesKeepTheInvariants() throws {
        let pieces = [
            "JN江南体育", "开云", "体育", "官网", "app", "kaiyun", "米乐m6", "九游会J9", "(lán)", "(", ")", "：", ":", "来源:",
            "作者:", "发布时间:", "2024-06-21 22:02:09", "2021年7月30日", "07-29", "112-03-15", "\n", "\n\n", "  ", "　",
            "|", "｜", ">", "首页", "上一篇:", "相关新闻", "******", "-", "IMG_1.jpg", "附件:", "版权所有", "ICP备", "□",
            "本报记者", "记者", "文/", "、", "，", "。", "!", "中国福利彩票", "市体育局", "澳门银河", "江南", "PM2.5", "VOCs",
            "１２３", "％", "12", "3.5%", "a", "9", "華體會", "體育", "😀", "\u{200B}", "\r\n", "……", "——", "“", "【", "】",
            "今年以来,全市空气质量持续改善,优良率达到90%。",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func visible(_ s: String) -> Int {
            s.unicodeScalars.filter { !$0.properties.isWhitespace && !Normalizer.isInvisible($0.value) }.count
        }
        for _ in 0..<150 {
            let text = (0..<next(60)).map { _ in pieces[next(pieces.count)] }.joined()
            let result = try clean(text)
            let scalars = Array(text.unicodeScalars)
            var removed = 0
            var cursor = 0
            for removal in result.removals {
                #expect(removal.codePoints.lowerBound >= cursor)
                cursor = removal.codePoints.upperBound
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[removal.codePoints])
                #expect(String(view) == removal.text)
                removed += visible(removal.text)
            }
            #expect(visible(result.cleanText) + removed == visible(text), "\(text.debugDescription)")
        }
    }

    @Test func windowsLineBreaksAreCutWhole() throws {
        let text = "全市空气质量持续改善\r\n今年以来,全市空气质量优良率稳步提高,重污染天数明显减少,市民获得感增强。\r\n搜索\r\n"
        let result = try clean(text)
        #expect(result.cleanText == "全市空气质量持续改善\r\n今年以来,全市空气质量优良率稳步提高,重污染天数明显减少,市民获得感增强。")
        #expect(result.removals.map(\.text) == ["搜索"])
    }

    @Test func emptyInputGivesAnEmptyResult() throws {
        let result = try clean("")
        #expect(result.cleanText.isEmpty)
        #expect(result.removals.isEmpty)
        #expect(result.metadata.title == nil)
    }

    /// A short footer is cleaned line by line: each furniture line is recognised on its own.
    @Test(arguments: [
        "(完)", "【完】", "—END—", "【报错】\u{3000}【我要留言】\u{3000}【打印】", "評論(0)", "點贊 35", "分享至：Facebook Twitter 電郵",
        "北京時間9時45分", "网友评论", "版權聲明：本文版權歸原作者所有", "预览时标签不可点", "向上滑动看下一个", "轻触阅读原文",
        "2022年9月3日（星期六）", "相关稿件：", "访问次数：1,204", "列印本頁　電郵此頁　返回頁首", "回頁首", "點閱次數：2,468",
    ])
    func shortFooterLinesGo(line: String) throws {
        let body = "江城老街完成改造\n今年以来,江城区完成老街立面改造1.2公里,新增口袋公园6处,街区客流同比增长两成。\n"
        let result = try clean(body + line + "\n")
        #expect(result.cleanText.trimmingCharacters(in: .whitespacesAndNewlines) == body.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(result.metadata.title == "江城老街完成改造")
    }
}
