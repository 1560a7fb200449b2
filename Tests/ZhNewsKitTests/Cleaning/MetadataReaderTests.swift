import Testing
@testable import ZhNewsKit

struct MetadataReaderTests {
    private func metadata(_ text: String) throws -> ArticleMetadata { try Pipeline().clean(text).metadata }

    private let body = "\n今年以来,我市持续推进湘江流域综合治理,水环境质量稳步提升,市民获得感不断增强。"

    @Test(arguments: [
        ("作者:小编 发布时间:2024-06-21 22:02:09 浏览:", "小编", "2024-06-21T22:02:09", nil),
        ("文章来源:南昌日报上一篇:以绿色金融支持产业绿色发展", nil, nil, "南昌日报"),
        ("时间:2024-06-21 作者:本报记者 王五 来源:长沙晚报", "王五", "2024-06-21", "长沙晚报"),
        ("2023年01月12日 07:40 来源:长沙晚报 作者:刘晓蓓 实习生 周雨桐 编辑:谭敏", "刘晓蓓、周雨桐", "2023-01-12T07:40:00", "长沙晚报"),
        ("2023/05/16 14:20 文/林佳蓉、王俊杰", "林佳蓉、王俊杰", "2023-05-16T14:20:00", nil),
        ("時間：2022-08-03 15:42　來源：香港新聞網　記者：陳嘉欣", "陳嘉欣", "2022-08-03T15:42:00", "香港新聞網"),
        ("2024年1月5日 10:00 新华网", nil, "2024-01-05T10:00:00", "新华网"),
        ("发布日期:112-03-15 发布单位:能源局 资料来源:能源局", nil, "2023-03-15", "能源局"),
        ("时间:2023-01-06 稿源:江城晚报 作者:张明远 字号:[大 中 小]", "张明远", "2023-01-06", "江城晚报"),
        ("2022年9月3日 星期六 08:45 文章出处:湘江日报", nil, "2022-09-03T08:45:00", "湘江日报"),
        ("湘江发布 2024-01-08 12:00\n文 | 李青 图 | 王可\n来源 | 湘江日报", "李青", "2024-01-08T12:00:00", "湘江日报"),
        ("湘江发布 2024-01-08 12:00", nil, "2024-01-08T12:00:00", "湘江发布"),
        ("【作者】李青 【来源】湘江日报 【时间】2024-01-08", "李青", "2024-01-08", "湘江日报"),
        ("[来源]湘江日报 [发布时间]2024-01-08 10:00", nil, "2024-01-08T10:00:00", "湘江日报"),
    ] as [(String, String?, String?, String?)])
    func readsMetadataLines(line: String, author: String?, published: String?, source: String?) throws {
        let meta = try metadata("湘江流域水环境治理取得新进展\n" + line + body)
        #expect(meta.title == "湘江流域水环境治理取得新进展")
        #expect(meta.author == author)
        #expect(meta.published == published)
        #expect(meta.source == source)
    }

    @Test(arguments: [("访问次数:1,204", 1204), ("阅读 3.4万", 34000), ("浏览量:2.5w", 25000), ("阅读数:987", 987)])
    func viewCounts(line: String, views: Int) throws {
        let meta = try metadata("湘江流域水环境治理取得新进展" + body + "\n" + line)
        #expect(meta.views == views)
    }

    @Test func editorAndViewsAreSeparateFields() throws {
        let meta = try metadata("标题在这里\n来源:湘江日报 浏览次数:256" + body + "\n(责任编辑:张三)")
        #expect(meta.editor == "张三")
        #expect(meta.views == 256)
        #expect(meta.author == nil)
    }

    @Test(arguments: [("□罗鹏本报记者刘文君", "罗鹏、刘文君"), ("记者 张伟 通讯员 刘洋", "张伟、刘洋")])
    func bylineLinesGiveTheAuthor(line: String, author: String) throws {
        let meta = try metadata("湘江流域水环境治理取得新进展" + body + "\n" + line)
        #expect(meta.author == author)
    }

    @Test func inlineBylineAtTheStartOfTheBody() throws {
        let meta = try metadata("湘江流域治理取得新进展\n本报讯(记者 张伟 通讯员 刘洋)今年以来,我市持续推进湘江流域综合治理,水环境质量稳步提升。")
        #expect(meta.author == "张伟、刘洋")
    }

    @Test func relatedDatesAreNeverThePublishTime() throws {
        let meta = try metadata("湘江流域水环境治理取得新进展" + body + "\n-\n生态环境部发布重点行业碳排放评价试点通知2021-07-30\n-")
        #expect(meta.published == nil)
    }

    @Test func everyRoleWordStartsAnotherAuthor() throws {
        let meta = try metadata("江城港口吞吐量再创新高\n来源:江城日报 作者:记者 周立新 通讯员 韩梅 2024年3月2日 08:00 【字号:大 中 小】" + body)
        #expect(meta.author == "周立新、韩梅")
        #expect(meta.source == "江城日报")
        #expect(meta.published == "2024-03-02T08:00:00")
    }

    /// A post header gives author, account and time; the headline above it stays the title.
    @Test func postHeaderGivesAuthorSourceAndTime() throws {
        let meta = try metadata("点击上方蓝字关注我们\n江城老街换新颜\n原创 李青 江城发布 2023-11-02 08:15 湖北" + body + "\n阅读 3.4万")
        #expect(meta.title == "江城老街换新颜")
        #expect(meta.author == "李青")
        #expect(meta.source == "江城发布")
        #expect(meta.published == "2023-11-02T08:15:00")
        #expect(meta.views == 34000)
    }

    @Test func imageCreditsAndPhotoCreditsAreNotSourceOrAuthor() throws {
        let meta = try metadata("湘江流域水环境治理取得新进展" + body + "\n图片来源:网络\n新华社记者 王明 摄\n编辑:陈红 审核:李强")
        #expect(meta.source == nil)
        #expect(meta.author == nil)
        #expect(meta.editor == "陈红")
    }

    /// Spam cut from a metadata line is not part of its values.
    @Test func injectedTokensAreNotPartOfValues() throws {
        let meta = try metadata("湘江流域水环境治理取得新进展\n来源:市水利局bet365体育app 点击:12" + body)
        #expect(meta.source == "市水利局")
    }

    @Test func paperPrefixBeforeARoleWordIsNotAName() throws {
        let meta = try metadata("湘江流域水环境治理取得新进展\n作者:本报见习记者 陈一鸣 实习生 王可" + body)
        #expect(meta.author == "陈一鸣、王可")
    }

    /// A press release stamps its date and its time on separate lines below the text.
    @Test func timeLineCompletesTheDateAboveIt() throws {
        let meta = try metadata("湘江流域水环境治理取得新进展" + body + "\n完\n2022年9月3日(星期六)\n北京时间16时05分")
        #expect(meta.published == "2022-09-03T16:05:00")
    }
}
