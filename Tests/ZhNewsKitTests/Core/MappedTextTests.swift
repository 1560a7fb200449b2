import Foundation
import Testing
@testable import ZhNewsKit

struct MappedTextTests {
    @Test func identityMapsEveryRangeToItself() {
        let mapped = MappedText(identity: "碳达峰")
        #expect(mapped.isIdentity)
        #expect(mapped.originalUTF8Range(ofUTF8: 3..<6) == 3..<6)
    }

    @Test func removingKeepsTheMapOfWhatRemains() throws {
        let mapped = try Normalizer().normalize("第二ＪＮ体育、第一")
        #expect(mapped.text == "第二JN体育、第一")
        let spam = try #require(mapped.text.range(of: "JN体育"))
        let cleaned = mapped.removing(utf8Ranges: [mapped.text.utf8Range(of: spam)])
        #expect(cleaned.text == "第二、第一")
        let comma = try #require(cleaned.text.range(of: "、第一"))
        #expect(cleaned.original[cleaned.originalRange(of: comma)] == "、第一")
        let second = try #require(cleaned.text.range(of: "第二"))
        #expect(cleaned.original[cleaned.originalRange(of: second)] == "第二")
    }

    @Test func removingOverlappingAndUnorderedRanges() {
        let mapped = MappedText(identity: "abcdefgh")
        let cleaned = mapped.removing(utf8Ranges: [5..<7, 1..<3, 2..<4])
        #expect(cleaned.text == "aeh")
        #expect(cleaned.originalUTF8Range(ofUTF8: 1..<2) == 4..<5)
        #expect(cleaned.originalUTF8Range(ofUTF8: 2..<3) == 7..<8)
    }

    @Test func emptyRangesMapToAPosition() throws {
        let mapped = try Normalizer().normalize("ＡＢ")
        #expect(mapped.originalUTF8Range(ofUTF8: 1..<1) == 3..<3)
        #expect(mapped.originalUTF8Range(ofUTF8: 2..<2) == 6..<6)
    }

    @Test func builderTagsPiecesWithTheirSource() {
        var builder = MappedText.Builder(original: "百分之")
        builder.append("%", from: 0..<9)
        let mapped = builder.build()
        #expect(mapped.text == "%")
        #expect(mapped.originalRange(of: mapped.text.startIndex..<mapped.text.endIndex) == mapped.original.startIndex..<mapped.original.endIndex)
    }
}
