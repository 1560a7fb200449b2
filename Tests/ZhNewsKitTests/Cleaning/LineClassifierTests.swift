import Testing
@testable import ZhNewsKit

struct LineClassifierTests {
    private func classify(_ line: String) -> (LineClassifier, Range<Int>) {
        let t = ScalarText(line)
        return (LineClassifier(t: t), t.trimmed(0..<t.count))
    }

    @Test(arguments: [
        "[返回]", "搜索", "【打印本页】【关闭窗口】", "分享到:微信 微博 QQ空间", "字号:大 中 小", "字级 小 中 大", "[返回首页]",
        "【纠错】 【打印】 【关闭】", "打开APP阅读更多", "附件:",
    ])
    func navigation(line: String) {
        let (c, r) = classify(line)
        #expect(c.isNavigation(r))
    }

    @Test(arguments: ["首页 > 新闻中心 > 正文", "当前位置:首页 > 林业要闻 > 正文", "首页>>新闻>>正文", "首页 › 循环经济 › 废弃物"])
    func breadcrumbs(line: String) {
        let (c, r) = classify(line)
        #expect(c.isBreadcrumb(r))
    }

    @Test(arguments: ["首页 | 港闻 | 两岸 | 国际 | 财经", "网站首页 机构概况 信息公开 政务服务 互动交流"])
    func menuBars(line: String) {
        let (c, r) = classify(line)
        #expect(c.isMenuBar(r))
    }

    @Test(arguments: [
        "湘ICP备12345678号 湘公网安备43010202000123号", "版权所有:湘江市人民政府 联系电话:0731-88886666",
        "主办单位:湘江市人民政府办公室", "扫一扫在手机打开当前页", "服务热线:0731-12345", "Copyright © 2023 东江晚报 All Rights Reserved",
        "建议使用1920×1080分辨率浏览本站", "声明:本站所载文章、数据仅供参考,据此操作风险自担。", "(本文不构成投资建议)",
    ])
    func footers(line: String) {
        let (c, r) = classify(line)
        #expect(c.isFooter(r))
    }

    /// Sentences that mention footer words are article text.
    @Test(arguments: ["市民可扫描二维码报名参加护河志愿活动。", "市民可拨打12345服务热线反映问题,热线电话24小时有人值守。"])
    func sentencesAreNotFooters(line: String) {
        let (c, r) = classify(line)
        #expect(!c.isFooter(r))
    }

    @Test(arguments: [
        "作者:小编 发布时间:2024-06-21 22:02:09 浏览:", "来源:湘江日报 发布时间:2024-03-12 09:30:00 浏览次数:256",
        "文章来源:南昌日报上一篇:以绿色金融支持产业绿色发展", "2024年1月5日 10:00 新华网", "(责任编辑:张三)", "【来源:人民网】",
    ])
    func metadata(line: String) {
        let (c, r) = classify(line)
        #expect(c.isMetadata(r))
    }

    @Test(arguments: ["记者:今年的治理重点是什么?", "记者:据了解,全市已建成护河驿站12个,这些驿站发挥了什么作用?"])
    func interviewQuestionsAreNotMetadata(line: String) {
        let (c, r) = classify(line)
        #expect(!c.isMetadata(r))
    }

    @Test(arguments: [
        ("□罗鹏本报记者刘文君", ["罗鹏", "刘文君"]), ("记者 张伟 通讯员 刘洋", ["张伟", "刘洋"]), ("文/记者 赵六 通讯员 孙七", ["赵六", "孙七"]),
        ("文/韩松 图/罗慧", ["韩松"]), ("文 | 韩松 图 | 罗慧", ["韩松"]), ("(记者 赵明 钱亮 摄)", nil), ("文/赵明 钱亮 摄", ["赵明"]),
    ] as [(String, [String]?)])
    func bylines(line: String, names: [String]?) {
        let (c, r) = classify(line)
        let t = ScalarText(line)
        #expect(c.bylineNames(r)?.map { t.string($0) } == names)
    }

    @Test func aSentenceIsNotAByline() {
        let (c, r) = classify("记者从市水利局获悉,今年以来水质稳步提升。")
        #expect(c.bylineNames(r) == nil)
    }

    @Test(arguments: [
        ("生态环境部:关于开展碳排放环境影响评价试点2021-07-30", "生态环境部:关于开展碳排放环境影响评价试点", "2021-07-30"),
        ("· 光伏一体化项目集中开工 上游材料企业加码扩产 04-20", "光伏一体化项目集中开工 上游材料企业加码扩产", nil),
        ("● 焚化厂老旧问题浮现 多县市垃圾转运费用上涨 2023/03/18", "焚化厂老旧问题浮现 多县市垃圾转运费用上涨", "2023-03-18"),
    ])
    func datedHeadlines(line: String, title: String, date: String?) throws {
        let (c, r) = classify(line)
        let t = ScalarText(line)
        let found = try #require(c.datedHeadline(r))
        #expect(t.string(found.title) == title)
        #expect(found.date.isoDate == date)
    }

    @Test(arguments: ["IMG_2023.jpg", "DSC_0158.JPG photo-1.png", "附件:2023年3月全省城市环境空气质量排名.xls"])
    func fileNames(line: String) {
        let (c, r) = classify(line)
        #expect(c.isImageFileNames(r))
    }

    @Test(arguments: ["-", "******", "———", "= = =", "◆◆◆"])
    func separators(line: String) {
        let (c, r) = classify(line)
        #expect(c.isSeparator(r))
    }

    @Test func keywordStuffing() {
        let (c, r) = classify("开云体育官网,开云体育app下载,kaiyun开云官网登录入口,开云体育平台注册")
        #expect(c.isKeywordStuffed(r, injected: 0))
        let (c2, r2) = classify("绿水青山,金山银山,生态优先,绿色发展")
        #expect(!c2.isKeywordStuffed(r2, injected: 0))
    }

    @Test(arguments: ["完", "(完)", "-完-", "【完】", "END", "— 完 —", "[全文完]", "(END)"])
    func endMarks(line: String) {
        let (c, r) = classify(line)
        #expect(c.isEndMark(r))
    }

    @Test(arguments: ["完成", "完善机制。", "ENDING", "(完善)"])
    func wordsWithEndCharactersAreNotEndMarks(line: String) {
        let (c, r) = classify(line)
        #expect(!c.isEndMark(r))
    }

    /// Rows of bracketed widget words, whatever the words are.
    @Test(arguments: ["【报错】 【留言板】 【打印】 【关闭】", "[推荐] [转发] [返回]", "【订阅】【收藏本文】"])
    func bracketRows(line: String) {
        let (c, r) = classify(line)
        #expect(c.isBracketRow(r))
    }

    @Test(arguments: ["【摘要】今年全市新增绿地120公顷", "【关闭】", "[1] [2]", "【一句很长很长很长的说明文字】 【打印】"])
    func notBracketRows(line: String) {
        let (c, r) = classify(line)
        #expect(!c.isBracketRow(r))
    }

    @Test(arguments: ["评论(0)", "点赞 12", "转发 3 收藏 1.2万", "在看 45", "评论:8 | 点赞:31"])
    func counterRows(line: String) {
        let (c, r) = classify(line)
        #expect(c.isCounterRow(r))
    }

    @Test(arguments: ["评论员文章", "点赞家乡新变化", "评论", "收藏家王某捐出3件文物"])
    func notCounterRows(line: String) {
        let (c, r) = classify(line)
        #expect(!c.isCounterRow(r))
    }

    /// Share widgets and comment prompts.
    @Test(arguments: ["分享至:Facebook Twitter 电邮", "分享到: 微信 微博 QQ空间 WhatsApp LINE", "我要留言", "网友评论", "【我要评论】"])
    func shareAndCommentWidgets(line: String) {
        let (c, r) = classify(line)
        #expect(c.isNavigation(r))
    }

    @Test(arguments: ["香港时间11时20分", "北京时间 09:30", "当地时间8时15分", "14:05"])
    func timeOnlyLines(line: String) {
        let (c, r) = classify(line)
        #expect(c.isTimeOnly(r))
        #expect(c.isMetadata(r))
    }

    @Test(arguments: ["时间过得真快", "11时20分许,消防员赶到现场。", "北京时间"])
    func notTimeOnlyLines(line: String) {
        let (c, r) = classify(line)
        #expect(!c.isTimeOnly(r))
    }

    @Test(arguments: ["原创 李青 江城发布 2023-11-02 08:15 湖北", "原创 江城发布 2023年11月2日 08:15", "2024年02月06日(星期二)"])
    func postHeadersAndWeekdayDatesAreMetadata(line: String) {
        let (c, r) = classify(line)
        #expect(c.isMetadata(r))
    }

    @Test(arguments: ["原创文艺作品展览于2023年11月2日开幕,共展出作品300件。", "原创"])
    func sentencesAboutOriginalWorksAreNotPostHeaders(line: String) {
        let (c, r) = classify(line)
        #expect(c.postHeader(r) == nil)
    }

    @Test(arguments: ["版权声明:本文系作者授权发布,如需转载请联系原作者"])
    func copyrightNotices(line: String) {
        let (c, r) = classify(line)
        #expect(c.isFooter(r))
    }

    /// A photo credit names a photographer, not an author.
    @Test(arguments: ["新华社记者 王明 摄", "图/刘洋", "本报记者 陈立 摄影"])
    func photoCreditsAreNotBylines(line: String) {
        let (c, r) = classify(line)
        #expect(c.bylineNames(r) == nil)
    }

    @Test(arguments: [
        ("记者 韩松 通讯员 罗慧 2024年3月2日", ["韩松", "罗慧"]), ("见习记者 毛一 实习生 丁二三 【字号】", ["毛一", "丁二三"]),
        ("特约记者 欧阳明月", ["欧阳明月"]),
    ])
    func leadingNamesSplitOnEveryRoleWord(value: String, names: [String]) {
        let (c, r) = classify(value)
        #expect(c.leadingNames(in: r).map { c.t.string($0) } == names)
    }

    @Test(arguments: [("江城发布 2024-01-08 12:00", "江城发布"), ("湘江日报客户端 2023/5/6 09:10", "湘江日报客户端")])
    func datedStamps(line: String, words: String) {
        let (c, r) = classify(line)
        #expect(c.datedStamp(r).map { c.t.string($0) } == words)
    }

    /// Related items carry a date without a time, and headlines are longer than a name.
    @Test(arguments: ["江城启动秋冬季大气污染防治攻坚 2022-10-12", "全市新增充电桩2000个,覆盖所有乡镇 2022-09-30 10:00", "2022-09-30 10:00"])
    func notDatedStamps(line: String) {
        let (c, r) = classify(line)
        #expect(c.datedStamp(r) == nil)
    }

    /// A long paragraph that names the copyright holder is text, a short copyright line is not.
    @Test func longSentencesWithAStrongFooterPhraseAreText() {
        let sentence = "本报告版权所有归编写单位,引用请注明出处。" + String(repeating: "全市空气质量优良天数比例达到百分之八十五,细颗粒物平均浓度持续下降。", count: 8)
        let (c, r) = classify(sentence)
        #expect(r.count > 200)
        #expect(!c.isFooter(r))
        let (c2, r2) = classify("版权所有:湘江市人民政府。")
        #expect(c2.isFooter(r2))
    }

    @Test(arguments: [
        ("现场图.JPEG 远景.webp", true), ("附件下载:1.关于开展检查的通知.docx", true),
        ("增长84.4%,达到3.5万吨", false), ("www.example.com", false), ("照片.jpgs", false), ("说明 图.png", false),
    ])
    func fileNameShapes(line: String, expected: Bool) {
        let (c, r) = classify(line)
        #expect(c.isImageFileNames(r) == expected)
    }
}
