import Testing

@testable import ZhNewsKit

struct SubjectLexiconTests {
    static func plain(_ word: String) -> ArraySlice<UInt8> { ArraySlice(Array(word.utf8)) }

    @Test(arguments: ["同比", "比上年", "增加值", "分别", "了"])
    func everyBeginningOfAnEntryIsAPrefix(_ word: String) {
        #expect(SubjectLexicon.wordClass(of: Substring(word)) != nil)
        var prefix = ""
        for c in word {
            prefix.append(c)
            #expect(SubjectLexicon.isEntryPrefix(plainUTF8: Self.plain(prefix)), "\(prefix)")
        }
    }

    @Test(arguments: ["鑫", "猫狗", "同比增长率超过目标"])
    func unlistedBeginningsAreNoPrefixes(_ text: String) {
        #expect(!SubjectLexicon.isEntryPrefix(plainUTF8: Self.plain(text)))
    }

    @Test(arguments: ["年", "年度", "月份", "号", "年份", "日本"])
    func calendarUnitsByBytes(_ word: String) {
        #expect(SubjectLexicon.isCalendarUnit(plainUTF8: Self.plain(word)) == SubjectLexicon.calendarUnits.contains(word))
    }
}
