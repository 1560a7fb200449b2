/// The word lists the cleaner consults. Every list is a *prior*: it raises or
/// lowers the evidence for a decision that the cleaner takes from the shape
/// and the distribution of the text (see `Docs/Cleaning.md`). None of them is
/// a list of answers.
///
/// All entries are written in simplified characters with ASCII punctuation,
/// because the cleaner reads the normalised text.
enum CleaningLexicon {
    // MARK: Injected tokens

    /// Words that end the names of gambling, betting and lottery sites and of
    /// their entry points. A spam token is `[Latin/digits] stem tail…`.
    static let spamTails: [String] = [
        "体育",  // sports (sports-betting brands)
        "娱乐",  // entertainment (casino brands)
        "官网",  // official site
        "官方网站",  // official website
        "平台",  // platform
        "彩票",  // lottery
        "网址",  // web address
        "登录",  // log in
        "登陆",  // log in (common misspelling)
        "入口",  // entrance
        "注册",  // sign up
        "下载",  // download
        "棋牌",  // card games
        "真人",  // live dealer
        "电竞",  // e-sports betting
        "体彩",  // sports lottery
        "老虎机",  // slot machine
        "博彩",  // gambling
        "竞彩",  // football pools
        "彩金",  // betting bonus
        "百家乐",  // baccarat
        "在线",  // online
        "官方",  // official
        "投注",  // betting
        "开户",  // open an account
        "手机版",  // mobile version
        "网页版",  // web version
        "客户端",  // client
        "app",  // app
        "APP",  // app
    ]

    /// Tails that only gambling sites use (card games, live dealers, betting,
    /// bonuses): stronger evidence than an entry-point tail.
    static let gamblingTails: Set<String> = ["棋牌", "真人", "博彩", "老虎机", "投注", "开户", "彩金", "百家乐"]

    /// Tails that on their own point at a gambling entry point rather than at
    /// sports or a lottery in general.
    static let strongTails: Set<String> = [
        "娱乐", "官网", "官方网站", "网址", "登录", "登陆", "入口", "注册", "下载", "棋牌", "真人", "老虎机", "博彩",
        "app", "APP",
    ]

    /// Stems of gambling brands seen on hacked Chinese sites that are not
    /// ordinary words: one of these before a tail is strong evidence.
    static let distinctiveBrandStems: [String] = [
        "开云",  // Kaiyun
        "九游",  // Jiuyou
        "华体会",  // Hua Ti Hui
        "乐鱼",  // Leyu
        "米乐",  // Mile
        "亚博",  // Yabo
        "爱游戏",  // Ai You Xi
        "必威",  // Betway
        "博业",  // Boye
        "欧宝",  // Ouobao
        "雷火",  // Leihuo
        "乐动",  // Ledong
        "博鱼",  // Boyu
        "鸭脖",  // Yabo (homophone spelling)
        "od",  // OD (Latin stem)
        "bob",  // BOB (Latin stem)
        "kaiyun",  // Kaiyun in pinyin
        "leyu",  // Leyu in pinyin
        "ayx",  // Ai You Xi initials
        "hth",  // Hua Ti Hui initials
    ]

    /// Latin words of gambling brands: a Latin prefix containing one of
    /// these (`bet365`, `188bet`, `kaiyun`) counts as a known stem.
    static let latinBrandWords: [String] = [
        "bet",  // bet365, 188bet, betway
        "casino",  // casino
        "bwin",  // bwin
        "kaiyun",  // Kaiyun
        "leyu",  // Leyu
        "yabo",  // Yabo
        "jiuyou",  // Jiuyou
        "letou",  // Letou
        "huatihui",  // Hua Ti Hui
        "boyu",  // Boyu
        "dafa",  // Dafa
        "bbin",  // BBIN
        "poker",  // poker
        "slot",  // slots
    ]

    /// Stems of gambling brands that are also ordinary words or place names
    /// (江南 is a region): only a tail plus glued or recurring evidence makes
    /// them spam.
    static let ordinaryBrandStems: [String] = [
        "江南",  // Jiangnan (also a region)
        "半岛",  // peninsula
        "星空",  // starry sky
        "金沙",  // golden sands (also a casino operator)
        "银河",  // galaxy (also a casino operator)
        "皇冠",  // crown
        "永利",  // Wynn (also a casino operator)
        "新葡京",  // Grand Lisboa
        "威尼斯人",  // The Venetian
        "凤凰",  // phoenix
        "天博",  // Tianbo
        "万博",  // Wanbo
        "沙巴",  // Saba
        "太阳城",  // Sun City
        "大发",  // Dafa
    ]

    /// What follows an institution's or a company's name: a candidate
    /// followed by one of these is used as a name, not pasted in.
    static let institutionSuffixes: [String] = [
        // bureau, centre, committee, commission, association, general administration
        "局", "中心", "委员会", "委", "协会", "总局",
        // management, issuance (彩票发行), company, group, shares, limited
        "管理", "发行", "公司", "集团", "股份", "有限",
        // hall (体育馆), ground (体育场), college, school, university
        "馆", "场", "学院", "学校", "大学",
        // events, industry, TV channel, ministry, division, section, department, office, station
        "赛事", "产业", "频道", "部", "处", "科", "厅", "办", "站",
        // undertaking, lottery (体育彩票), public welfare, fund
        "事业", "彩票", "公益", "基金",
    ]

    /// Further last words of genuine agents (government, hospital, institute,
    /// bank, court, association, team, town, township, village, street office,
    /// party committee) that, with `institutionSuffixes` and `outletEndings`,
    /// make a name an institution's.
    static let agentEndings: [String] = [
        "政府", "医院", "院", "所", "会", "队", "团", "组", "银行", "法院", "党委", "镇", "乡", "村", "街道", "署", "司",
    ]

    /// Words before an institution's name (省 province, 市 city, 县 county,
    /// 区 district, 国家 national, 中国 China, 全国 nationwide).
    static let institutionPrefixes: [String] = ["省", "市", "县", "区", "国家", "中国", "全国", "福利"]

    // MARK: Page furniture

    /// Navigation and widget words: a short line made only of these (and of
    /// separators) is navigation.
    static let navigationWords: [String] = [
        // back, search, home page, back to top / home / list
        "返回", "搜索", "首页", "返回顶部", "返回首页", "返回列表", "回到顶部", "回上一页", "回首页", "回顶端", "顶部", "底部", "TOP",
        // back to page top, page top (Hong Kong / Taiwan usage)
        "回页首", "返回页首", "页首",
        // print, close (window / page), print this page
        "打印", "打印本页", "打印此页", "关闭", "关闭窗口", "关闭本页", "列印", "友善列印",
        // print this page, e-mail this page (Hong Kong / Taiwan usage)
        "列印本页", "列印此页", "电邮此页", "电邮本页",
        // bookmark, share, share to, forward, copy link
        "收藏", "收藏本页", "加入收藏", "分享", "分享到", "分享至", "转寄", "复制链接",
        // font size widgets: size, font, large, medium, small, default
        "字号", "字体", "字级", "字体大小", "字号大小", "默认字号", "大", "中", "小", "默认",
        // traditional / simplified script, accessibility
        "繁体", "简体", "无障碍",
        // log in, sign up, report an error, zoom in / out
        "登录", "注册", "纠错", "我要纠错", "放大", "缩小",
        // pager: previous / next / last page, more
        "上一页", "下一页", "尾页", "更多",
        // like, comment, report, leave a message, I want to comment, post a comment, readers' comments
        "点赞", "评论", "举报", "留言", "我要留言", "我要评论", "发表评论", "网友评论", "评论区",
        // social platforms: WeChat, Weibo, QQ, Moments, Douban
        "微信", "微博", "QQ", "QQ空间", "朋友圈", "豆瓣",
        // share widgets abroad: e-mail (Hong Kong / Taiwan usage), mail, e-mail, and platform names
        "电邮", "邮件", "电子邮件", "Facebook", "facebook", "Twitter", "twitter", "Line", "LINE", "WhatsApp", "Whatsapp",
        "Telegram", "LinkedIn", "Plurk", "Email", "E-mail",
        // mobile version, site map, set as home page, site guide, RSS
        "手机版", "网站地图", "设为首页", "网站导览", "RSS", "手机看新闻",
        // breadcrumb words: current position, your position, main text
        "当前位置", "您的位置", "您现在的位置", "所在位置", "位置", "正文",
        // attachment, related attachment
        "附件", "相关附件",
        // read the original, view, expand the full text, full text, open, app, client
        "阅读原文", "查看原文", "展开全文", "全文", "打开", "APP", "App", "客户端", "阅读", "查看", "点击", "进入",
        // channel names: video, picture, special topic, gallery, live, download, news centre,
        // news, information, updates, top news, online, navigation, channel
        "视频", "图片", "专题", "图集", "直播", "下载", "新闻中心", "新闻", "资讯", "动态", "要闻", "在线", "导航", "频道",
        // brackets and separators around widget words
        "【", "】", "[", "]", "(", ")", "<", ">", "|", ":", "/", "»", "›", "«", "·", "-", ">>", " ",
    ]

    /// Line openers that mark a breadcrumb trail.
    /// (current position, your position, where you are, position, home page)
    static let breadcrumbOpeners: [String] = ["当前位置", "您的位置", "您现在的位置", "所在位置", "位置:", "首页"]

    /// Breadcrumb separators.
    static let breadcrumbSeparators: [String] = [">", "»", "›", "→", ">>", "/"]

    /// Footer phrases that mark a line as page furniture wherever it is:
    /// copyright, ICP and public-security filing numbers, reprint and
    /// investment disclaimers.
    static let strongFooterPhrases: [String] = [
        "ICP备",  // ICP filing number
        "ICP证",  // ICP licence
        "公网安备",  // public-security filing
        "网安备",  // public-security filing (short)
        "版权所有",  // all rights reserved
        "Copyright", "copyright", "COPYRIGHT", "©", "All Rights Reserved",
        "主办单位",  // sponsoring unit
        "承办单位",  // organising unit
        "协办单位",  // co-organiser
        "运维单位",  // operated by
        "网站标识码",  // site identifier
        "未经授权",  // without authorisation
        "不得转载",  // no reprinting
        "转载请注明",  // credit when reprinting
        "不构成投资建议",  // not investment advice
        "风险自担",  // at your own risk
        "免责声明",  // disclaimer
        "本站所载",  // carried on this site
        "本网所载",  // carried on this site
        "不良信息举报",  // reporting harmful content
        "报警服务",  // police reporting service
        "Powered by",
        "版权声明",  // copyright notice
        "版权归原作者",  // copyright belongs to the original author
    ]

    /// Footer phrases that mark a line as furniture only when it does not
    /// read as a sentence (`市民可扫描二维码报名。` stays).
    static let weakFooterPhrases: [String] = [
        "主办:",  // sponsor
        "技术支持",  // technical support
        "联系电话",  // telephone
        "联系方式",  // contact
        "服务热线",  // service hotline
        "热线电话",  // hotline
        "联络电话",  // contact telephone (Taiwan usage)
        "联络人",  // contact person
        "举报电话",  // reporting hotline
        "投诉电话",  // complaints hotline
        "24小时热线",  // 24-hour hotline
        "联系我们",  // contact us
        "关于我们",  // about us
        "地址:",  // address
        "邮编",  // postcode
        "邮箱",  // e-mail box
        "传真",  // fax
        "E-mail", "Email", "email:",
        "扫一扫",  // scan
        "二维码",  // QR code
        "手机打开",  // open on the phone
        "关注我们",  // follow us
        "微信公众号",  // WeChat account
        "建议使用",  // best viewed with
        "分辨率",  // screen resolution
        "仅供参考",  // for reference only
        "许可证",  // licence number
        "标签不可点",  // labels not clickable (in a post's preview)
        "滑动看下一个",  // swipe for the next post
        "轻触阅读原文",  // tap to read the original
    ]

    /// End-of-article marks written as a line of their own, once brackets and
    /// dashes are stripped (`完`, `(完)`, `-完-`, `【完】`, `END`).
    /// (end, end of the full text, end of this article, the end)
    static let endMarks: [String] = ["完", "全文完", "本文完", "终", "END", "End", "end", "THE END"]

    /// Counters of a page's reader widgets: a line made only of these words
    /// and numbers (`评论(0)`, `点赞 12`, `转发 3 收藏 5`) is furniture.
    /// (comments, likes, like, shares, forwards, bookmarks, "wow" (WeChat), views, reads, messages)
    static let counterWords: [String] = ["评论", "点赞", "赞", "分享", "转发", "收藏", "在看", "浏览", "阅读", "留言", "喜欢"]

    /// Marks opening the header line of a social-media post
    /// (`原创 作者 公众号 2024-03-12 18:30 地点`): 原创 "original" (WeChat).
    static let postHeaderMarks: [String] = ["原创"]

    /// Words a time-only line may open with (`北京时间 10时30分`): time, local time.
    static let timeWords: [String] = ["时间", "当地时间"]

    /// Administrative scopes a government notice speaks of (the whole county / city /
    /// district / province / town, townships, our county / city / district). An agent
    /// without an institution word in a page written in this voice fills a
    /// bureau's slot.
    static let administrativeScopes: [String] = ["全县", "全市", "全区", "全省", "全镇", "全州", "乡镇", "我县", "我市", "我区", "我省"]

    /// Last words of publishers' names: agency, paper, site, station,
    /// periodical, client app (a `来源` value ending in one is an outlet).
    static let outletEndings: [String] = ["社", "报", "网", "台", "刊", "端", "新闻", "日报", "晚报", "发布", "在线", "频道"]

    /// Headers that open a list of related headlines.
    static let relatedHeaders: [String] = [
        // related news / reading / links / articles / reports, recommended and further reading, hot picks,
        // popular and latest articles, you may like, more news, past issues, hot news, picture news,
        // latest updates, click and popularity rankings, today's and editor's picks, related topics
        "相关新闻", "相关阅读", "相关连结", "相关文章", "相关链接", "相关报道", "推荐阅读", "延伸阅读", "热点推荐", "热门文章", "最新文章",
        "猜你喜欢", "更多新闻", "往期回顾", "热点新闻", "精彩推荐", "图片新闻", "热门推荐", "最新动态",
        "点击排行", "热门排行", "排行榜", "今日推荐", "编辑推荐", "相关专题", "专题推荐", "24小时热点",
        // related manuscripts / content / information / recommendations
        "相关稿件", "相关内容", "相关资讯", "相关信息", "相关推荐",
    ]

    /// Labels of previous/next-article links.
    /// (previous / next article or item)
    static let adjacentArticleLabels: [String] = ["上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇"]

    /// Labels of metadata fields, longest first where they overlap.
    static let metadataLabels: [(label: String, field: MetadataField)] = [
        // picture source, data source, original title (not the article's source); article / this article's / information /
        // material / manuscript / news source; publishing unit; source
        ("图片来源", .other), ("数据来源", .other), ("原标题", .other), ("文章来源", .source), ("本文来源", .source), ("信息来源", .source), ("资料来源", .source), ("发布单位", .other), ("发稿单位", .other), ("稿件来源", .source), ("新闻来源", .source), ("来源", .source),
        // manuscript source, article provenance, provenance
        ("稿源", .source), ("文章出处", .source), ("出处", .source),
        // author, written by
        ("作者", .author), ("撰稿", .author), ("撰文", .author),
        // published / issued / updated time or date; time; date
        ("发布时间", .published), ("发布日期", .published), ("发表时间", .published), ("发表日期", .published),
        ("更新时间", .published), ("时间", .published), ("日期", .published),
        // views, reads, clicks, visits
        ("浏览次数", .views), ("浏览量", .views), ("浏览", .views), ("阅读量", .views), ("阅读次数", .views),
        ("阅读", .views), ("点击数", .views), ("点击量", .views), ("点击", .views), ("访问量", .views),
        // visits, read count, view count; click-read count and visitors (Taiwan usage)
        ("访问次数", .views), ("阅读数", .views), ("浏览数", .views), ("点阅次数", .views), ("点阅", .views),
        ("浏览人次", .views), ("阅读人次", .views),
        // editor in charge, editor
        ("责任编辑", .editor), ("编辑", .editor), ("责编", .editor),
        // reviewed, proofread, photography, contributed, publisher; reporter, correspondent
        ("审核", .other), ("审校", .other), ("校对", .other), ("摄影", .other), ("供稿", .other), ("发布者", .other),
        ("发布人", .other), ("发布机构", .other), ("记者", .reporter),
        ("通讯员", .reporter),
        // previous / next article
        ("上一篇", .related), ("下一篇", .related), ("上一条", .related), ("下一条", .related),
    ]

    /// Role words in bylines; dropped from author names.
    static let roleWords: [String] = [
        // (this paper's / station's / special / trainee) reporter, correspondent, intern, "this paper reports",
        // text/photo by, photographed, written, author, reported, filed from, compiled
        "本报记者", "本台记者", "特约记者", "见习记者", "实习记者", "记者", "本报通讯员", "通讯员", "实习生", "本报讯", "文/图", "文/", "图/",
        "文:", "图:", "摄影", "撰稿", "作者", "报道", "摄", "发自", "整理",
        // this paper / station / site / periodical (before a role word: 本报见习记者)
        "本报", "本台", "本网", "本刊",
        // text by, photo by, with a bar (social-media posts: 文 | 李青)
        "文|", "文 |", "图|", "图 |",
    ]

    /// Role words of photo credits (photographed by, photo by): a credit line
    /// such as `新华社记者 张三 摄` names a photographer, not an author.
    static let photoRoleWords: [String] = ["摄影", "摄", "图/", "图:", "图|", "图 |"]

    /// Marks that open a byline line (□罗鹏).
    static let bylineMarks: ScalarSet = ["□", "■", "●", "◎", "▲", "◆", "★", "☆", "△", "○"]

    /// File-name extensions of images (an image-file-name line is furniture).
    static let imageExtensions: [String] = [".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"]

    /// File-name extensions of attachments (`附件:排名.xls`).
    static let attachmentExtensions: [String] = [
        ".xls", ".xlsx", ".doc", ".docx", ".pdf", ".wps", ".zip", ".rar", ".ppt", ".pptx", ".txt", ".et",
    ]

    /// Labels of attachment lines (附件 attachment, 相关附件 related attachment, 附件下载 download).
    static let attachmentLabels: [String] = ["附件下载", "相关附件", "附件"]

    /// Last words of site and organisation names (`香港新闻网`, `湖北省生态环境厅`):
    /// a short line ending in one of these above the title is the site's name.
    static let siteNameEndings: [String] = [
        // site, website, government, portal, department, bureau, commission, office, paper, agency,
        // station, online, news, channel, centre
        "网", "网站", "政府", "门户", "厅", "局", "委", "办", "报", "社", "台", "在线", "新闻", "频道", "中心",
    ]

    /// Labels of summary lines (摘要 summary, 导读 lead, 内容提要 abstract, 核心提示 key points).
    static let summaryLabels: [String] = ["摘要", "导读", "内容提要", "核心提示", "内容摘要"]
}

/// Which metadata field a label introduces.
enum MetadataField: Sendable {
    case source, author, published, views, editor, reporter, related, other
}
