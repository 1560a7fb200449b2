import Testing

@testable import ZhNewsKit

struct SubjectLexiconTests {
    static func plain(_ word: String) -> ArraySlice<UInt8> { ArraySlice(Array(word.utf8)) }

    @Test(arguments: [("同比", 2), ("比上年", 3), ("增加值", 3), ("了", 1)])
    func longestEntriesBoundTheLookups(_ word: String, _ length: Int) {
        #expect(SubjectLexicon.wordClass(of: Substring(word)) != nil)
        let first = Self.plain(String(word.first!))
        #expect(SubjectLexicon.longestEntry(startingWithPlainUTF8: first) >= length)
        #expect(SubjectLexicon.longestEntry(startingWithPlainUTF8: first) <= SubjectLexicon.maxLength)
    }

    @Test(arguments: ["鑫", "猫"])
    func charactersStartingNoEntry(_ character: String) {
        #expect(SubjectLexicon.longestEntry(startingWithPlainUTF8: Self.plain(character)) == 0)
    }

    @Test(arguments: ["年", "年度", "月份", "号", "年份", "日本"])
    func calendarUnitsByBytes(_ word: String) {
        #expect(SubjectLexicon.isCalendarUnit(plainUTF8: Self.plain(word)) == SubjectLexicon.calendarUnits.contains(word))
    }
}
