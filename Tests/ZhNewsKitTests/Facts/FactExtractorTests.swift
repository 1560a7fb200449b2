import Foundation
import Testing

@testable import ZhNewsKit

/// A gold fact of a fixture (the fields fact detection is judged on).
private struct GoldFact: Decodable {
    let text: String
    let start: Int
    let end: Int
    let kind: String
    let value: Double
    let unit: String?
    let qualifier: String?
}

private struct GoldFile: Decodable {
    let text: String
    let facts: [GoldFact]
}

/// Units the scorer treats as the same (the gold writes some money and day units as words).
private func canonicalUnit(_ unit: String?) -> String? {
    switch unit {
    case nil, "": return nil
    case "元", "万元", "亿元": return "CNY"
    case "日": return "天"
    case "百分点", "个百分点": return "pp"
    default: return unit
    }
}

struct FactExtractorTests {
    private static func facts(_ text: String) throws -> [NumericFact] {
        try FactExtractor().facts(in: Segmenter().normalize(text))
    }

    // MARK: What is and is not a fact

    @Test(arguments: [
        ("2019年5月6日，国务院批复同意。", "a date"),
        ("1—3月份，全市环境空气质量改善。", "a month range"),
        ("2021年一季度全市空气质量逐月上升。", "a quarter"),
        ("聚焦PM2.5和臭氧关键因子。", "a code"),
        ("运用“四位一体”工作推进模式。", "a slogan"),
        ("发现一家铝型材企业存在违法行为。", "an indefinite article"),
        ("一条条智能化生产线有序生产。", "a reduplicated classifier"),
        ("第六届“湖南最美基层生态环保铁军人物”出炉。", "an edition number"),
        ("桂东获批全国第七批生态文明建设示范区。", "a batch number"),
        ("市城区空气质量达到国家二级标准。", "a quality grade"),
        ("构建“1221”现代化产业体系。", "a quoted name"),
        ("近5年来，全市持续推进治理。", "a time frame"),
        ("近3年，全市持续推进治理。", "a time frame with 近"),
        ("未来十年，全市将持续推进治理。", "a coming time frame"),
        ("长三角产业链升级。", "a place name"),
        ("今年前10个月，港口运行平稳。", "a period of the year so far"),
        ("库区水位为近二十年最低。", "a time frame with 近"),
        ("6年以来，全市持续推进治理。", "a time frame with 以来"),
        ("成千上万的市民参与活动。", "a numeral idiom"),
        ("公司发布2023ESG报告。", "an acronym glued to a year"),
        ("印发《实施方案（2024版）》。", "an edition"),
        ("乘坐地铁3号线。", "a line number"),
        ("万元规模工业增加值能耗下降。", "a denominator without a number"),
        ("一组组数据呈现，一个个项目落地。", "articles"),
        ("空气质量综合指数排名前三位的城市。", "a span of ranks"),
        ("全县持续推进农村人居环境整治提升五年行动。", "a campaign's name"),
        ("印发大气污染防治三年行动计划。", "a plan's name"),
        ("首十一个月，路边站二氧化氮浓度持续下降。", "the first months of the year"),
    ])
    func notFacts(_ text: String, _ why: String) throws {
        let found = try Self.facts(text)
        #expect(found.isEmpty, "\(why): \(found.map(\.text))")
    }

    @Test(arguments: [
        ("18名长期奋战在基层一线的生态环保工作者喜获荣誉。", "18名", QuantityKind.count, 18.0, String?("名"), Qualifier?.none),
        ("分别位居全省排名第三、第二、第一。", "第三", .ordinal, 3, nil, nil),
        ("市城区空气质量连续6年达到国家二级标准。", "连续6年", .measure, 6, "年", nil),
        ("重污染天数为0。", "0", .count, 0, "天", nil),
        ("共获中央专项资金项目19个，总计2.53亿元。", "2.53亿元", .money, 253_000_000, "CNY", nil),
        ("全市工业固废综合利用率达80%以上。", "80%以上", .percentage, 80, "%", .atLeast),
        ("能耗下降超过10%。", "超过10%", .percentage, 10, "%", .moreThan),
        ("对全县80余家工业企业实行评估。", "80余家", .count, 80, "家", .moreThan),
        ("比上年同期提升了2个百分点。", "2个百分点", .percentagePoint, 2, "pp", nil),
        ("周围有两个小型装水的废物桶。", "两个", .count, 2, "个", nil),
        ("绿色矿山数量（112座）居全省第一。", "第一", .ordinal, 1, nil, nil),
        ("约三分之一的企业完成改造。", "约三分之一", .ratio, 100.0 / 3, "%", .approximately),
        ("全年營業收入１８６．４億元。", "１８６．４億元", .money, 18_640_000_000, "CNY", nil),
        ("增速预计为5%—8%。", "5%—8%", .percentage, 5, "%", .range),
        ("全市有几十个项目落地。", "几十个", .count, 10, "个", .moreThan),
        ("今年港口完成吞吐量2300万标箱。", "2300万标箱", .measure, 23_000_000, "标箱", nil),
        ("风电装机增长两倍。", "两倍", .ratio, 2, "倍", nil),
        ("出口额是上年同期的2.5倍。", "2.5倍", .ratio, 2.5, "倍", nil),
        ("光伏装机规模翻了一番。", "翻了一番", .ratio, 2, "倍", nil),
        ("全县综合实力排名前十。", "前十", .ordinal, 10, nil, .atMost),
        ("新区力争跻身全国开发区前二十。", "前二十", .ordinal, 20, nil, .atMost),
        ("计划在未来3年内新建公园。", "3年", .measure, 3, "年", nil),
        ("力争2年内完成改造。", "2年", .measure, 2, "年", nil),
        ("113年每公頃補助3萬元。", "3萬元", .money, 30000, "TWD", nil),
        ("全港投入逾20億港元，每戶資助5000元。", "5000元", .money, 5000, "HKD", nil),
        ("投入新台币5亿元和人民币2亿元，每人300元。", "300元", .money, 300, "CNY", nil),
    ])
    func facts(_ text: String, _ surface: String, _ kind: QuantityKind, _ value: Double, _ unit: String?, _ qualifier: Qualifier?)
        throws
    {
        let found = try Self.facts(text)
        let fact = try #require(found.first { $0.text == surface }, "\(found.map(\.text))")
        #expect(fact.kind == kind)
        #expect(abs(NSDecimalNumber(decimal: fact.value).doubleValue - value) <= 1e-6 * max(1, abs(value)))
        #expect(fact.unit == unit)
        #expect(fact.qualifier == qualifier)
    }

    /// Neighbouring fact sentences are segmented together; each must still
    /// get the words, and so the subjects, it gets on its own.
    @Test func neighbouringSentencesAreSegmentedLikeSingleOnes() throws {
        let first = "全县森林覆盖率达到71%。", second = "县里新修生态步道15条，投入资金3200万元。"
        let together = try Self.facts(first + second)
        let apart = try Self.facts(first) + Self.facts(second)
        #expect(together.map(\.text) == apart.map(\.text))
        #expect(together.map { $0.subject?.text } == apart.map { $0.subject?.text })
        #expect(together.map(\.sentence) == [first, second, second])
    }

    @Test func enumerationAfterARankKeepsEveryMember() throws {
        let found = try Self.facts("优良率、PM2.5平均浓度分别位居全省排名第三、第二、第一。")
        #expect(found.map(\.text) == ["第三", "第二", "第一"])
    }

    @Test func factsCarryTheirSentenceAndOriginalOffsets() throws {
        let text = "标题\n空氣質量優良率為８４．４％。其他。"
        let found = try Self.facts(text)
        let fact = try #require(found.first)
        #expect(fact.text == "８４．４％")
        #expect(fact.sentence == "空氣質量優良率為８４．４％。")
        let scalars = Array(text.unicodeScalars)
        var surface = ""
        surface.unicodeScalars.append(contentsOf: scalars[fact.codePoints])
        #expect(surface == "８４．４％")
    }

    // MARK: Gold fixtures

    static let goldFiles: [String] = (try? Fixtures.files(in: "gold", withExtension: "json")) ?? []

    /// Detection, kind, value, unit and qualifier against every gold fixture,
    /// matched as the scorer does (overlapping span, value and unit).
    @Test(arguments: goldFiles)
    func gold(_ name: String) throws {
        let gold = try JSONDecoder().decode(GoldFile.self, from: Fixtures.data("gold/" + name))
        let predicted = try Pipeline().analyze(gold.text).facts
        var used = Set<Int>()
        var matched = 0
        var kindOK = 0
        var qualifierOK = 0
        var missed: [String] = []
        for g in gold.facts {
            let hit = predicted.indices.first { i in
                guard !used.contains(i) else { return false }
                let p = predicted[i]
                let overlap = p.codePoints.lowerBound < g.end && g.start < p.codePoints.upperBound
                let v = NSDecimalNumber(decimal: p.value).doubleValue
                return overlap && abs(v - g.value) <= 1e-4 * max(1, abs(g.value))
                    && canonicalUnit(p.unit) == canonicalUnit(g.unit)
            }
            guard let i = hit else {
                missed.append(g.text)
                continue
            }
            used.insert(i)
            matched += 1
            if predicted[i].kind.rawValue == g.kind { kindOK += 1 }
            if predicted[i].qualifier?.rawValue == g.qualifier { qualifierOK += 1 }
        }
        let spurious = predicted.indices.filter { !used.contains($0) }.map { predicted[$0].text }
        let recall = gold.facts.isEmpty ? 1 : Double(matched) / Double(gold.facts.count)
        let precision = predicted.isEmpty ? 1 : Double(matched) / Double(predicted.count)
        #expect(recall >= 0.95, "missed \(missed)")
        #expect(precision >= 0.95, "spurious \(spurious)")
        #expect(kindOK == matched)
        #expect(qualifierOK == matched)
    }

    @Test func goldFixturesArePresent() {
        #expect(Self.goldFiles.count >= 2)
    }
}
