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
    ])
    func bylines(line: String, names: [String]) {
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
}
