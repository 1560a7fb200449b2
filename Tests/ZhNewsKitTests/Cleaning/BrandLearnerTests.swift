import Testing

@testable import ZhNewsKit

/// The brand learner on pages written for these tests: brands it has no prior
/// for are learned from their adverts and cut everywhere they are glued in;
/// publishers, apps and Latin words that look alike stay.
struct BrandLearnerTests {
    private func clean(_ page: String) throws -> CleaningResult {
        try Pipeline().clean(page)
    }

    private func injected(_ result: CleaningResult) -> [String] {
        result.removals.filter { $0.reason == .injectedToken }.map(\.text)
    }

    @Test func brandAdvertisedInTheTitleIsCutEverywhere() throws {
        let page = """
            鸿运星(中国)官方网站|全市新增公共充电桩1200个
            来源：市发展改革委
              今年以来，全市新增公共充电桩1200个鸿运星，覆盖率达到95%。
              其中快充桩占比超过六成，鸿运星官网登录入口、慢充桩主要布局在居民小区。
            """
        let result = try clean(page)
        #expect(injected(result) == ["鸿运星(中国)官方网站", "鸿运星", "鸿运星官网登录入口"])
        #expect(result.metadata.title == "全市新增公共充电桩1200个")
        #expect(!result.cleanText.contains("鸿运星"))
        #expect(result.cleanText.contains("全市新增公共充电桩1200个，覆盖率达到95%。"))
        // The separator left at the title's edge goes too, but not as spam.
        #expect(result.removals.contains { $0.reason == .other && $0.text == "|" })
    }

    /// Site words after a separator still belong to the advert opening the title.
    @Test func siteWordsAfterASeparatorGoWithTheBrand() throws {
        let page = """
            福星电竞·(中国)官方网站-全市新增公共充电桩1200个
            来源：市发展改革委
              今年以来，全市新增公共充电桩1200个福星电竞，覆盖率达到95%。
            """
        let result = try clean(page)
        #expect(result.metadata.title == "全市新增公共充电桩1200个")
        #expect(!result.cleanText.contains("官方网站"))
        #expect(result.cleanText.contains("全市新增公共充电桩1200个，覆盖率达到95%。"))
    }

    @Test func traditionalAdvertAndLatinVariantsAreOneBrand() throws {
        let page = """
            金沙湾體育(中國)官方網站-本港去年回收廢紙逾八十萬噸
              環保署今日公布，去年本港回收廢紙逾八十萬噸，較前年上升百分之五金沙湾體育。
              回收商表示，JSW金沙湾體育 app下載數量不影響行業。
            """
        let result = try clean(page)
        #expect(result.metadata.title == "本港去年回收廢紙逾八十萬噸")
        #expect(!result.cleanText.contains("金沙湾"))
        #expect(!result.cleanText.contains("app下載"))
        #expect(result.cleanText.contains("較前年上升百分之五。"))
    }

    @Test func stuffedLineTeachesTheBrand() throws {
        let page = """
            全县垃圾分类覆盖率提升至87%
            旺财8注册登录入口-旺财8平台app下载-旺财8网页版
              全县186个行政村推行垃圾分类旺财8，参与农户达到4.2万户。
            """
        let result = try clean(page)
        #expect(!result.cleanText.contains("旺财8"))
        #expect(result.cleanText.contains("全县186个行政村推行垃圾分类，参与农户达到4.2万户。"))
    }

    @Test func advertPosingAsACompanyIsCut() throws {
        let page = """
            金龙娱乐城官网(中国)有限公司|省统计局：前三季度规模以上工业增加值增长6.1%
              据省统计局消息，前三季度全省规模以上工业增加值同比增长6.1%金龙娱乐城。
            """
        let result = try clean(page)
        #expect(injected(result) == ["金龙娱乐城官网(中国)有限公司", "金龙娱乐城"])
        #expect(result.metadata.title == "省统计局：前三季度规模以上工业增加值增长6.1%")
    }

    @Test func categoryPrefixIsABrandOnlyWhenAlsoGluedIntoTheBody() throws {
        let spammed = try clean("星河体育-全市新增城市公园12个\n  今年全市新增城市公园12个，公园绿地面积达到3200公顷星河体育。\n")
        #expect(injected(spammed) == ["星河体育", "星河体育"])
        #expect(spammed.metadata.title == "全市新增城市公园12个")
        // The same prefix naming a real outlet that the body quotes normally stays.
        let genuine = try clean("星河体育-中超联赛第十轮战报新鲜出炉\n  星河体育报道，本轮比赛共进球20个。\n")
        #expect(injected(genuine).isEmpty)
    }

    @Test func spacedLatinAndHanAdvertIsCut() throws {
        let result = try clean("全市新增城市公园12个\n  其中社区公园8个。HONGYUN 鸿运 官方网站\n")
        #expect(injected(result) == ["HONGYUN 鸿运 官方网站"])
        #expect(result.cleanText.contains("其中社区公园8个。"))
    }

    @Test func latinBrandFormIsCutWithoutAnAdvert() throws {
        let page = """
            全市体育场馆免费开放时间延长
              市体育局表示，今年全市体育场馆免费开放时间延长至每周40小时bet365体育app。
            """
        let result = try clean(page)
        #expect(injected(result) == ["bet365体育app"])
        #expect(result.cleanText.contains("市体育局表示"))
    }

    @Test(arguments: [
        // A publisher's own site name before the headline.
        "南昌市生态环境局官网-关于开展2024年环境日宣传活动的通知\n  南昌市生态环境局决定开展系列活动，南昌市生态环境局官网将发布通知。\n",
        // A portal name and a sports bureau.
        "新华网|国家体育总局发布全民健身计划\n  国家体育总局今日发布计划，体育彩票公益金投入12亿元。\n",
        // A genuine app named in a clean page.
        "全民健身日活动今日举行\n  市民可通过央视体育app、咪咕视频观看直播，参与人数超过3万人。\n",
        // A registered company publishing its own report.
        "华为技术有限公司|2024年可持续发展报告发布会在深圳举行\n  华为技术有限公司今日发布报告，全年减排二氧化碳120万吨。\n",
        // A Latin word that ends like a site word.
        "WhatsApp - 新功能上线引发关注热议话题\n  WhatsApp宣布上线新功能，用户可在app下载页面更新。\n",
    ])
    func lookalikesStay(page: String) throws {
        let result = try clean(page)
        #expect(injected(result).isEmpty)
        #expect(result.removals.allSatisfy { $0.reason != .other || $0.text.count > 3 })
    }

    @Test(arguments: [
        // Site words chained after a stem.
        ("鸿运星官网登录入口", 3, ["官网", "登录入口"]),
        // The chain takes the longest site word first and does not backtrack:
        // from `官` it reads `官网` and is left with `址`, so it starts at `网址`.
        ("赢咖官网址", 3, ["网址"]),
        // A company word after a spam-only site word belongs to the advert.
        ("金龙娱乐城官网(中国)有限公司", 5, ["官网", "(中国)"]),
        // A company word after an ordinary site word does not.
        ("某某科技官方有限公司", 10, []),
        // Latin site words match case-insensitively.
        ("米乐M6APP下载", 4, ["app", "下载"]),
        // A long chain is followed back to its start.
        ("鸿运(中国)官方网站官网登录入口手机版", 2, ["(中国)官方网站", "官网", "登录入口", "手机版"]),
        // Site words earlier in the segment, apart from the chain, do not count.
        ("官网发布2024年通知官网", 11, ["官网"]),
        // No site word at the end.
        ("全市新增公共充电桩", 9, []),
    ] as [(String, Int, [String])])
    func siteWordSuffixFindsTheEarliestChain(segment: String, stemEnd: Int, words: [String]) {
        let t = ScalarText(segment)
        let (end, found) = BrandLearner().siteWordSuffix(of: 0..<t.count, in: t)
        #expect(end == stemEnd)
        #expect(found.map { $0.lowercased() } == words)
    }
}
