import Testing

@testable import ZhNewsKit

struct SubjectLexiconTests {
    static func plain(_ word: String) -> ArraySlice<UInt8> { ArraySlice(Array(word.utf8)) }

    @Test(arguments: ["同比", "比上年", "增加值", "了", "鑫", "APP", "增长率超过"])
    func plainLookupMatchesStringLookup(_ word: String) {
        #expect(SubjectLexicon.wordClass(plainUTF8: Self.plain(word)) == SubjectLexicon.wordClass(of: Substring(word)))
    }

    @Test(arguments: ["年", "年度", "月份", "号", "年份", "日本"])
    func calendarUnitsByBytes(_ word: String) {
        #expect(SubjectLexicon.isCalendarUnit(plainUTF8: Self.plain(word)) == SubjectLexicon.calendarUnits.contains(word))
    }
}
