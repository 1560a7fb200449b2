import Foundation
import Testing

@testable import ZhNewsKit

extension BoilerplateFilterTests {
    /// Fixture articles whose title line is plain (no site name of its own).
    static let plainTitleArticles = ["news-yueyang-water-2023", "numerals-changsha-budget-2023", "trad-hk-greening-2024"]

    /// A site name appended to the title line the way portals do is not part of the title,
    /// and nothing else about the page changes.
    @Test(arguments: plainTitleArticles, ["_岳阳市人民政府网", " - 新华网", "｜人民日报", "_生态环境部网站", "|澎湃新闻客户端"])
    func aSiteNameAfterTheTitleIsLeftOutOfIt(_ name: String, _ suffix: String) throws {
        let page = try Fixtures.text("articles/\(name).txt")
        let plain = try Pipeline().clean(page)
        let title = try #require(plain.metadata.title)
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let titleLine = try #require(lines.firstIndex { $0.contains(title) })
        var edited = lines
        edited[titleLine] = lines[titleLine].replacingOccurrences(of: title, with: title + suffix)
        let suffixed = try Pipeline().clean(edited.joined(separator: "\n"))
        #expect(suffixed.metadata.title == title)
        #expect(suffixed.metadata.published == plain.metadata.published)
        #expect(suffixed.removals.count == plain.removals.count)
    }

    @Test(arguments: [
        ("岳阳市通报上半年水环境质量_岳阳市人民政府网", "岳阳市通报上半年水环境质量"),
        ("全市空气质量优良率达92.3% - 长沙晚报", "全市空气质量优良率达92.3%"),
        // Kept: what follows the separator is part of the headline, not a site.
        ("中国-东盟博览会在南宁开幕", "中国-东盟博览会在南宁开幕"),
        ("绿色发展_2024年度报告", "绿色发展_2024年度报告"),
        ("新闻_简报", "新闻_简报"),
        ("关于印发实施方案的通知|市生态环境局办公室", "关于印发实施方案的通知|市生态环境局办公室"),
        ("PM2.5浓度同比下降_VOCs治理台", "PM2.5浓度同比下降_VOCs治理台"),
    ])
    func siteNamesAreRecognisedByShape(_ title: String, _ expected: String) {
        #expect(BoilerplateFilter.withoutSiteName(title) == expected)
    }
}
