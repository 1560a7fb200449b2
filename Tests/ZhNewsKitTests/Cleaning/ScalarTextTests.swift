import Testing

@testable import ZhNewsKit

/// Scalars, their UTF-8 offsets and the lines of a text of mixed widths.
struct ScalarTextTests {
    @Test func scalarsOffsetsAndLines() {
        let text = "a中\u{E9}𠀀\n\n第2行\n"
        let t = ScalarText(text)
        #expect(t.scalars == Array(text.unicodeScalars))
        var offsets: [Int] = []
        var offset = 0
        for s in text.unicodeScalars {
            offsets.append(offset)
            offset += UTF8.width(s)
        }
        #expect(t.byteOffsets == offsets + [text.utf8.count])
        #expect(t.lines == [0..<4, 5..<5, 6..<9, 10..<10])
        #expect(t.bytes(1..<4) == 1..<10)
    }

    @Test func emptyText() {
        let t = ScalarText("")
        #expect(t.count == 0)
        #expect(t.byteOffsets == [0])
        #expect(t.lines == [0..<0])
    }
}
