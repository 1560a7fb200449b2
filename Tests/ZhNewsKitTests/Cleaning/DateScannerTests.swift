import Testing
@testable import ZhNewsKit

struct DateScannerTests {
    @Test(arguments: [
        ("发布时间:2024-06-21 22:02:09", "2024-06-21T22:02:09"),
        ("2021年7月30日", "2021-07-30"),
        ("2023年11月08日 16:20", "2023-11-08T16:20:00"),
        ("2023/10/20 15:32", "2023-10-20T15:32:00"),
        ("日期:2023.04.12", "2023-04-12"),
        ("2024-05-20 10:15", "2024-05-20T10:15:00"),
        ("发布日期:112-03-15", "2023-03-15"),
        ("2022年9月3日 星期六 08:45", "2022-09-03T08:45:00"),
        ("2022年9月3日(星期六)", "2022-09-03"),
        ("2022-09-03 周六 8时05分", "2022-09-03T08:05:00"),
        ("2022年9月3日 8点30分", "2022-09-03T08:30:00"),
        ("2022年9月3日9时许", "2022-09-03"),
    ])
    func readsPageTimestamps(text: String, iso: String) throws {
        let t = ScalarText(text)
        let found = try #require(DateScanner.dates(in: t, range: 0..<t.count).first)
        #expect(found.iso == iso)
    }

    @Test func monthDayHasNoYear() throws {
        let t = ScalarText("试点方案公布 07-29")
        let found = try #require(DateScanner.dates(in: t, range: 0..<t.count).first)
        #expect(found.iso == nil)
        #expect(found.month == 7 && found.day == 29)
    }

    @Test(arguments: ["PM2.5平均浓度为42微克", "增长12.3%", "2024年", "第13-15名", "1.5万亩"])
    func ignoresNumbersThatAreNotDates(text: String) {
        let t = ScalarText(text)
        #expect(DateScanner.dates(in: t, range: 0..<t.count).compactMap(\.iso).isEmpty)
    }

    @Test(arguments: [
        ("2024-06-21 22:02 江城发布", 0, "2024-06-21T22:02:00"),
        ("(2024-06-21)标题", 1, "2024-06-21"),
        ("1月至5月,2024年6月21日发布", 1, nil),
        ("今天2024年6月21日", 1, nil),
        ("第2024-06-21号", 1, "2024-06-21"),
        ("12345 2024-06-21", 2, nil),
    ] as [(String, Int, String?)])
    func leadingDateIsTheFirstDateNearTheStart(text: String, slack: Int, iso: String?) {
        let t = ScalarText(text)
        let leading = DateScanner.leadingDate(in: t, range: 0..<t.count, slack: slack)
        #expect(leading?.iso == iso)
        // The same as the first date of the whole range when it starts within the slack.
        let first = DateScanner.dates(in: t, range: 0..<t.count).first.flatMap { $0.range.lowerBound <= slack ? $0 : nil }
        #expect(leading == first)
    }
}
