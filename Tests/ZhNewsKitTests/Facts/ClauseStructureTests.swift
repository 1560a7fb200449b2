import Testing

@testable import ZhNewsKit

struct ClauseStructureTests {
    /// Every BMP scalar that ``ClauseStructure/SentenceBytes/standsAlone(_:)`` accepts.
    static let standingAlone: [Unicode.Scalar] = (0..<0x10000).compactMap { v in
        guard let s = Unicode.Scalar(UInt32(v)), ClauseStructure.SentenceBytes.standsAlone(s) else { return nil }
        return s
    }

    @Test func scalarMarkRolesMatchCharacterRoles() {
        for s in Self.standingAlone {
            #expect(ClauseStructure.role(ofMark: s) == ClauseStructure.role(ofMark: Character(s)), "U+\(String(s.value, radix: 16))")
        }
    }

    @Test func scalarsStandingAloneAreCharactersOfTheirOwn() {
        // Each one next to itself and next to a few neighbours of other classes.
        let others: [Unicode.Scalar] = ["a", "\n", "。", "“", "年", "（", "—"]
        for s in Self.standingAlone {
            for o in others {
                var pair = ""
                pair.unicodeScalars.append(s)
                pair.unicodeScalars.append(o)
                #expect(pair.count == 2, "U+\(String(s.value, radix: 16))")
                // No canonical equivalent among other scalars: the character is the scalar.
                #expect(pair.first.map { $0.unicodeScalars.count == 1 } == true)
            }
        }
        #expect(!ClauseStructure.SentenceBytes.standsAlone("\r"))
        #expect(!ClauseStructure.SentenceBytes.standsAlone("\u{302A}"))  // a combining tone mark
        #expect(!ClauseStructure.SentenceBytes.standsAlone("\u{2329}"))  // canonically 〈
        #expect(!ClauseStructure.SentenceBytes.standsAlone("\u{F900}"))  // canonically 豈
    }

    @Test(arguments: ["增长“5%”。", "\u{2329}年\u{2329}", "年\u{302A}度", "3月\r\n", "\u{F98E}月"])
    func readsCalendarUnitsLikeCharacters(_ text: String) {
        let sentence = SentenceQuantities(text: text, sentence: 0..<text.utf8.count, words: [], quantities: [])
        let bytes = ClauseStructure.SentenceBytes(sentence)
        var i = 0
        for ch in text {
            let width = ch.utf8.count
            let r = i..<text.utf8.count
            let expected = "年月日时".contains(ch) ? width : nil
            #expect(bytes.calendarUnitWidth(at: r) == expected)
            i += width
        }
        #expect(bytes.isOneScalarPerCharacter(0..<text.utf8.count) == text.unicodeScalars.allSatisfy(ClauseStructure.SentenceBytes.standsAlone))
    }
}
