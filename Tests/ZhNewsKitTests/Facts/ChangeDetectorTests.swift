import Testing
@testable import ZhNewsKit

struct ChangeDetectorTests {
    /// A sentence, its quantities in text order, and the expected change of each.
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var quantities: [String]
        var changes: [Change?]
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "全市节能环保产业实现产值98亿元,同比增长6.3%。", quantities: ["98亿元", "6.3%"], changes: [nil, .increase]),
        Case(sentence: "全市规模以上工业增加值同比下降3.2%。", quantities: ["3.2%"], changes: [.decrease]),
        Case(sentence: "单位产值能耗下降超过8%。", quantities: ["超过8%"], changes: [.decrease]),
        Case(sentence: "优良天数比例比上年同期提升了3个百分点。", quantities: ["3个百分点"], changes: [.increase]),
        Case(sentence: "全市规上工业企业达1280家,较去年减少12家。", quantities: ["1280家", "12家"], changes: [nil, .decrease]),
        Case(sentence: "亏损企业减少了3家。", quantities: ["3家"], changes: [.decrease]),
        Case(sentence: "出口额增长12%,进口额下降5%。", quantities: ["12%", "5%"], changes: [.increase, .decrease]),
        Case(sentence: "化学需氧量、氨氮排放量分别削减4.1%、5.3%。", quantities: ["4.1%", "5.3%"], changes: [.decrease, .decrease]),
        Case(sentence: "两地游客人数分别增长5%和8%。", quantities: ["5%", "8%"], changes: [.increase, .increase]),
        Case(sentence: "营业收入增幅为8%,利润降幅达到12%。", quantities: ["8%", "12%"], changes: [.increase, .decrease]),
        Case(sentence: "居民消费价格上涨2.1%。", quantities: ["2.1%"], changes: [.increase]),
        Case(sentence: "工业用水量同比减少1.2万吨。", quantities: ["1.2万吨"], changes: [.decrease]),
        Case(sentence: "入境游客比上年增加5.6万人次。", quantities: ["5.6万人次"], changes: [.increase]),
        Case(sentence: "全市PM2.5平均浓度同比下滑9.1%。", quantities: ["9.1%"], changes: [.decrease]),
        Case(sentence: "城乡收入差距缩小0.05。", quantities: ["0.05"], changes: [.decrease]),
        Case(sentence: "全市用电量环比回落2.4%。", quantities: ["2.4%"], changes: [.decrease]),
        Case(sentence: "全县粮食产量同比提高了3.5%。", quantities: ["3.5%"], changes: [.increase]),
        Case(sentence: "新能源汽车产量比上年同期多出1.2万辆。", quantities: ["1.2万辆"], changes: [.increase]),
        Case(sentence: "全市专利授权量增长了1.5倍。", quantities: ["1.5倍"], changes: [.increase]),
        Case(sentence: "城乡居民收入分别比上年增长3.2%和4.5%。", quantities: ["3.2%", "4.5%"], changes: [.increase, .increase]),
        Case(sentence: "受疫情影响,该公司一季度营收下滑12%,净亏损2.3亿元。", quantities: ["12%", "2.3亿元"], changes: [.decrease, nil]),
        Case(sentence: "全市二氧化硫、氮氧化物排放量分别较2020年下降15%和12%。", quantities: ["15%", "12%"], changes: [.decrease, .decrease]),
        Case(sentence: "全市优良天数比例比全省平均水平高3.2个百分点。", quantities: ["3.2个百分点"], changes: [nil]),
        // A growth rate speeding up or slowing down by some points.
        Case(sentence: "全省出口增速比一季度加快1.4个百分点。", quantities: ["1.4个百分点"], changes: [.increase]),
        Case(sentence: "固定资产投资增速较上月放缓0.6个百分点。", quantities: ["0.6个百分点"], changes: [.decrease]),
        // A negative value under a rise verb is a fall.
        Case(sentence: "出口交货值同比增长-4.5%。", quantities: ["-4.5%"], changes: [.decrease]),
        Case(sentence: "利润总额增长-12.3%,降幅有所收窄。", quantities: ["-12.3%"], changes: [.decrease]),
        Case(sentence: "全市社会消费品零售总额同比增长-0.8%,工业投资增长6%。", quantities: ["-0.8%", "6%"], changes: [.decrease, .increase]),
        // A change verb separated from the quantity by its object governs it.
        Case(sentence: "全年减少化肥使用量1500吨。", quantities: ["1500吨"], changes: [.decrease]),
        Case(sentence: "累计削减二氧化硫排放量3200吨。", quantities: ["3200吨"], changes: [.decrease]),
        Case(sentence: "通过技术改造降低单位产品能耗12%。", quantities: ["12%"], changes: [.decrease]),
        Case(sentence: "推广良种良法提高粮食单产5%。", quantities: ["5%"], changes: [.increase]),
        Case(sentence: "今年增加城市绿地面积30公顷。", quantities: ["30公顷"], changes: [.increase]),
        Case(sentence: "项目投运后可减少碳排放约8万吨。", quantities: ["约8万吨"], changes: [.decrease]),
        Case(sentence: "全县建成高标准农田18万亩,亩均增产粮食50公斤。", quantities: ["18万亩", "50公斤"], changes: [nil, .increase]),
        Case(sentence: "受旱情影响,全县夏粮减产约8%。", quantities: ["约8%"], changes: [.decrease]),
        // New items are no change, unless set against a comparison.
        Case(sentence: "新增绿地面积30公顷。", quantities: ["30公顷"], changes: [nil]),
        Case(sentence: "全市新增市场主体1.2万户。", quantities: ["1.2万户"], changes: [nil]),
        Case(sentence: "比上年新增市场主体1.2万户。", quantities: ["1.2万户"], changes: [.increase]),
        Case(sentence: "高新技术企业达到420家,比去年同期新增86家。", quantities: ["420家", "86家"], changes: [nil, .increase]),
        // Saving: a percentage of the object is a fall, an amount is what was saved.
        Case(sentence: "喷灌技术可节省农药用量20%。", quantities: ["20%"], changes: [.decrease]),
        Case(sentence: "改造后年节约标准煤2.1万吨。", quantities: ["2.1万吨"], changes: [nil]),
        // Doubling names its own rise; shortening is a fall.
        Case(sentence: "全市快递业务量翻了一番。", quantities: ["翻了一番"], changes: [.increase]),
        Case(sentence: "五年间农产品出口额翻两番。", quantities: ["翻两番"], changes: [.increase]),
        Case(sentence: "群众办事平均等待时间缩短了40%。", quantities: ["40%"], changes: [.decrease]),
        Case(sentence: "审批时限缩短至5个工作日。", quantities: ["5个工作日"], changes: [nil]),
        Case(sentence: "城镇登记失业率同比持平,为3.2%。", quantities: ["3.2%"], changes: [nil]),
        // A level after a change is not a change.
        Case(sentence: "全县森林覆盖率提高到68.5%。", quantities: ["68.5%"], changes: [nil]),
        Case(sentence: "单位GDP能耗降至0.45吨标准煤。", quantities: ["0.45吨标准煤"], changes: [nil]),
        Case(sentence: "参保企业增加到200家。", quantities: ["200家"], changes: [nil]),
        Case(sentence: "失业率回落至4.8%。", quantities: ["4.8%"], changes: [nil]),
        Case(sentence: "湖泊面积由上年的1200公顷扩大到1350公顷。", quantities: ["1200公顷", "1350公顷"], changes: [nil, nil]),
        Case(sentence: "全市河湖水质优良比例较上年提升了4.2个百分点,达到91%。", quantities: ["4.2个百分点", "91%"], changes: [.increase, nil]),
        // A change word that governs something else does not leak.
        Case(sentence: "销售收入持续增长,达到52亿元。", quantities: ["52亿元"], changes: [nil]),
        Case(sentence: "新增就业岗位2.3万个,增长势头明显。", quantities: ["2.3万个"], changes: [nil]),
        Case(sentence: "全市接待游客1.2亿人次HG电子登录入口,同比增长9%。", quantities: ["1.2亿人次", "9%"], changes: [nil, .increase]),
        Case(sentence: "为提升服务水平,全市新建服务站32个。", quantities: ["32个"], changes: [nil]),
        Case(sentence: "空气质量优良率为84.4%,在中部省会城市排名第一。", quantities: ["84.4%", "第一"], changes: [nil, nil]),
        Case(sentence: "全市空氣質量優良率為92.5%,比上年提高3個百分點。", quantities: ["92.5%", "3個百分點"], changes: [nil, .increase]),
    ]

    @Test(arguments: cases)
    func detectsChange(_ c: Case) throws {
        let r = try SubjectHarness.resolve(c.sentence, quantities: c.quantities)
        #expect(r.changes == c.changes)
    }

    @Test func doublingVerbsStartWithNoASCIIScalar() {
        // Quantities that start with an ASCII scalar skip the doubling-verb lookup.
        for verb in SubjectLexicon.doublingVerbs { #expect(verb.unicodeScalars.first?.isASCII == false) }
    }
}
