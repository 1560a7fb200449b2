import Testing
@testable import ZhNewsKit

struct InjectedTokenDetectorTests {
    /// The injected tokens found in a text, as strings.
    private func tokens(in text: String) -> [String] {
        let t = ScalarText(text)
        return InjectedTokenDetector().findings(in: t).spans.map { t.string($0) }
    }

    /// Spam of brands the seeds never show, at every position.
    @Test(arguments: [
        // Latin prefix + ordinary stem, in an enumeration and at a paragraph end.
        ("排名第三、第二JN江南体育、第一。\n荣获先进市州JN江南体育\n", ["JN江南体育", "JN江南体育"]),
        // Latin + digits, glued after quantities.
        ("完成植树造林1.5万亩bob365综合体育,共有护林员240名bob365综合体育,成果显著。", ["bob365综合体育", "bob365综合体育"]),
        // Brand stem + Latin + digits + several tails.
        ("米乐m6官网登录入口绿地增加\n新增绿地120公顷米乐m6官网登录入口,人均15平方米。", ["米乐m6官网登录入口", "米乐m6官网登录入口"]),
        // Two spellings of one brand on one page.
        ("开云体育水质改善。达标率保持100%kaiyun开云官网。清理kaiyun开云官网、清淤等工作开云体育。",
         ["开云体育", "kaiyun开云官网", "kaiyun开云官网", "开云体育"]),
        // A bare distinctive stem with a shared Latin suffix.
        ("九游会J9高铁开通\n九游会J9记者获悉,列车32对九游会J9。", ["九游会J9", "九游会J9", "九游会J9"]),
        // Latin suffix after the tail.
        ("半岛体育BD秋粮收购\n收购秋粮50万吨半岛体育BD,各企业积极入市半岛体育BD。", ["半岛体育BD", "半岛体育BD", "半岛体育BD"]),
        // A single occurrence glued inside a sentence: Latin prefix and a known stem.
        ("我市积极推进JN江南体育垃圾分类工作,覆盖率达到90%。", ["JN江南体育"]),
        // Latin gambling word, tail not exclusive (体育 also in ordinary use).
        ("bet365体育在线省运会开幕\n共设置竞技体育和群众体育两个部分bet365体育在线。", ["bet365体育在线", "bet365体育在线"]),
        // An unknown brand without a Latin prefix: recurrence, boundaries and a gambling-only tail.
        ("我市新增城市公园\n新建城市公园5个鸿运棋牌,新增绿地120公顷。新建口袋公园20个、鸿运棋牌绿道30公里,空间拓展鸿运棋牌。",
         ["鸿运棋牌", "鸿运棋牌", "鸿运棋牌"]),
        // Traditional characters after normalisation are the same brand.
        ("hth华体会体育学校建设提速\n新建学校12所hth华体会体育,初中2所hth华体会体育、高中1所。",
         ["hth华体会体育", "hth华体会体育", "hth华体会体育"]),
    ])
    func findsSpam(text: String, expected: [String]) {
        #expect(tokens(in: text) == expected)
    }

    /// Clean texts with spam-like words: nothing is found.
    @Test(arguments: [
        "市体育局举办全民健身运动会。由市体育局主办的运动会在市体育中心开幕,市体育局负责人致辞。",
        "全省利用中国福利彩票公益金新建养老服务站46个。中国福利彩票坚持发行宗旨,全省福利彩票销售额增长12%。",
        "会同体育彩票管理部门,规范彩票销售网点。市体育彩票管理中心负责人说,推动体育彩票事业健康发展。",
        "澳门银河及金沙中国公布业绩。银河娱乐集团净收益为108亿港元,银河娱乐集团和金沙中国等企业业绩改善。",
        "江南区生态环境分局开展VOCs专项整治。地处江南水乡的江南区河网密布,守护江南好风光。",
        "PM2.5平均浓度同比下降8%,COD排放量下降6%,涉VOCs企业15家,PM2.5达标。",
        "南昌市生态环境局结合实际开展活动。南昌市生态环境局举办读书班,南昌市生态环境局建立接待日制度。",
        "用户可登录12306网站购票,也可通过铁路12306客户端购票。",
        "本届省运会共设置竞技体育和群众体育两个部分,江南体育馆承办游泳比赛。",
        "比赛详情可查看NBA中国官网。",
        "小米app新版上线。用户可下载小米app,小米app支持多种服务。",
        "新濠博亚娱乐公布业绩\n新濠博亚娱乐表示,第一季度收益增长。新濠博亚娱乐旗下酒店入住率达95%。",
        "2024年体育彩票销售额增长,全市18个乡镇体育设施完善。",
        "据新浪体育报道,比赛将于周末举行。据新浪体育报道,门票已售罄。",
    ])
    func leavesTrapsAlone(text: String) {
        #expect(tokens(in: text).isEmpty)
    }

    /// A brand standing in an institution's name slot throughout is flagged, not cut.
    @Test func flagsABrandInTheInstitutionSlot() {
        let text = """
            开云体育召开安全生产工作会议
            2月26日,开云体育召开会议。会议指出,开云体育共组织安全检查56次。会议要求,开云体育各科室压实责任,开云体育党组成员带队检查。
            """
        let findings = InjectedTokenDetector().findings(in: ScalarText(text))
        #expect(findings.spans.isEmpty)
        #expect(findings.hackedBrands == ["开云体育"])
    }

    /// The detector looks up only prefixes with a letter among the Latin stems
    /// and brand words, so every one of them must have one.
    @Test func latinStemsAndBrandWordsHaveALetter() {
        let stems = (CleaningLexicon.distinctiveBrandStems + CleaningLexicon.ordinaryBrandStems)
            .filter { !$0.unicodeScalars.allSatisfy(ScalarText.isHan) }
        for word in stems + CleaningLexicon.latinBrandWords {
            #expect(word.unicodeScalars.contains(where: ScalarText.isASCIILetter), "\(word)")
        }
    }

    /// A number glued before a tail is no brand prefix; Latin letters are.
    @Test func digitsBeforeATailAreNoPrefix() {
        #expect(tokens(in: "全市2024体育彩票销量增长,2024体育彩票公益金增加,2024体育彩票发行。").isEmpty)
        #expect(tokens(in: "增长了bob体育。增加bob体育。发行bob体育。") == ["bob体育", "bob体育", "bob体育"])
    }
}
