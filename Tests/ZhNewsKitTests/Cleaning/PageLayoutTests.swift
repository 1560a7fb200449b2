import Testing
@testable import ZhNewsKit

struct PageLayoutTests {
    private func clean(_ text: String) throws -> CleaningResult { try Pipeline().clean(text) }

    @Test func strayHeadlineAboveARepeatedTitleGoes() throws {
        let text = """
            美国碳中和目标如何起步
            全市空气质量持续改善
            全市空气质量持续改善:今年以来,全市空气质量优良率稳步提高,重污染天数明显减少。
            今年以来,全市空气质量优良率稳步提高,重污染天数明显减少,市民获得感不断增强。
            """
        let result = try clean(text)
        #expect(result.metadata.title == "全市空气质量持续改善")
        #expect(result.removals.map(\.reason) == [.other, .duplicate])
        #expect(result.cleanText.hasPrefix("全市空气质量持续改善\n今年以来"))
    }

    @Test func aSubtitleIsNotTheTitle() throws {
        let text = """
            城区公交线路优化调整
            ——市交通运输局回应市民关切
            来源:湘江日报 时间:2024-03-12
            今年以来,市交通运输局对城区公交线路进行优化调整,新开通公交线路4条,市民出行更加便捷。
            """
        let result = try clean(text)
        #expect(result.metadata.title == "城区公交线路优化调整")
        #expect(result.cleanText.contains("——市交通运输局回应市民关切"))
    }

    @Test func aSiteNameIsNotTheTitle() throws {
        let text = """
            湘江市人民政府
            城区公交线路优化调整
            今年以来,市交通运输局对城区公交线路进行优化调整,新开通公交线路4条,市民出行更加便捷。
            """
        let result = try clean(text)
        #expect(result.metadata.title == "城区公交线路优化调整")
        #expect(!result.cleanText.contains("湘江市人民政府"))
    }

    @Test func datesBelowTheBodyAreRelatedItems() throws {
        let text = """
            城区公交线路优化调整
            发布时间:2024-03-12 09:30
            今年以来,市交通运输局对城区公交线路进行优化调整,新开通公交线路4条,市民出行更加便捷。
            相关新闻
            2024-03-01 城区新增两条夜间公交线路
            公交车全面推行移动支付 2024-02-20
            """
        let result = try clean(text)
        #expect(result.metadata.published == "2024-03-12T09:30:00")
        #expect(result.relatedHeadlines == [
            RelatedHeadline(title: "城区新增两条夜间公交线路", date: "2024-03-01"),
            RelatedHeadline(title: "公交车全面推行移动支付", date: "2024-02-20"),
        ])
        #expect(result.cleanText.hasSuffix("市民出行更加便捷。"))
    }

    @Test func aSummaryRepeatingTheBodyIsADuplicate() throws {
        let text = """
            城区公交线路优化调整
            【摘要】今年以来,市交通运输局对城区公交线路进行优化调整,新开通公交线路4条……
            今年以来,市交通运输局对城区公交线路进行优化调整,新开通公交线路4条,市民出行更加便捷。
            """
        let result = try clean(text)
        #expect(result.removals.map(\.reason) == [.duplicate])
        #expect(result.cleanText == "城区公交线路优化调整\n今年以来,市交通运输局对城区公交线路进行优化调整,新开通公交线路4条,市民出行更加便捷。")
    }

    @Test func aTitleEchoedInTheFirstParagraphStays() throws {
        let text = """
            市体育局举办全民健身运动会
            市体育局举办全民健身运动会。5月18日,由市体育局主办的全民健身运动会在市体育中心开幕。
            """
        let result = try clean(text)
        #expect(result.removals.isEmpty)
        #expect(result.cleanText == text)
    }
}
