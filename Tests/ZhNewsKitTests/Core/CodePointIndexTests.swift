import Foundation
import Testing
@testable import ZhNewsKit

struct CodePointIndexTests {
    @Test func asciiOffsetsAreBytes() {
        let index = CodePointIndex("PM2.5")
        #expect(index.count == 5)
        #expect(index.codePointOffset(ofUTF8: 3) == 3)
        #expect(index.utf8Offset(ofCodePoint: 4) == 4)
    }

    @Test func mixedWidthsOutsideTheBMP() {
        // a(1 byte) 碳(3) 𠀀(4) é as e + U+0301 (1 + 2) 👍(4)
        let text = "a碳𠀀e\u{301}👍"
        let index = CodePointIndex(text)
        #expect(index.count == 6)
        #expect([0, 1, 4, 8, 9, 11, 15].map(index.codePointOffset(ofUTF8:)) == [0, 1, 2, 3, 4, 5, 6])
        #expect((0...6).map(index.utf8Offset(ofCodePoint:)) == [0, 1, 4, 8, 9, 11, 15])
        let range = text.range(of: "𠀀")!
        #expect(index.codePointRange(of: range) == 2..<3)
        #expect(index.codePointRange(ofUTF8: 4..<8) == 2..<3)
        #expect(index.codePointRange(ofUTF8: 9..<9) == 4..<4)
    }

    @Test func offsetsInsideAScalarRoundDown() {
        let index = CodePointIndex("碳达峰")
        #expect(index.codePointOffset(ofUTF8: 4) == 1)
        #expect(index.codePointOffset(ofUTF8: 9) == 3)
    }

    @Test func emptyText() {
        let index = CodePointIndex("")
        #expect(index.count == 0)
        #expect(index.codePointOffset(ofUTF8: 0) == 0)
    }
}
