import Testing
@testable import ZhNewsKit

struct SegmenterTests {
    @Test func wordsTileTheInput() throws {
        let text = "空气质量优良率为84.4%，比上年同期提升了2个百分点。"
        let tokens = try Segmenter().words(in: text)
        #expect(tokens.map(\.text).joined() == text)
        #expect(tokens.first?.codePoints.lowerBound == 0)
        #expect(tokens.last?.codePoints.upperBound == text.unicodeScalars.count)
    }
}
