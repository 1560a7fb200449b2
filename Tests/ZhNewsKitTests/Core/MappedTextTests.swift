import Foundation
import Testing

@testable import ZhNewsKit

struct MappedTextTests {
    /// A derived text that is not the identity: full-width forms folded.
    static func folded(_ original: String) throws -> MappedText {
        try Normalizer().normalize(original)
    }

    /// Removal done byte by byte, the obvious way, to compare against.
    static func naiveRemoving(_ mapped: MappedText, _ ranges: [Range<Int>]) -> (String, [Range<Int>]) {
        let bytes = Array(mapped.text.utf8)
        var keptBytes: [UInt8] = []
        var sources: [Range<Int>] = []
        for i in bytes.indices where !ranges.contains(where: { $0.contains(i) }) {
            keptBytes.append(bytes[i])
            sources.append(mapped.originalUTF8Range(ofUTF8: i..<(i + 1)))
        }
        return (String(decoding: keptBytes, as: UTF8.self), sources)
    }

    @Test(arguments: [
        ("ＰＭ２．５浓度下降，優良率８４．４％。", [0..<2, 5..<8]),
        ("ＰＭ２．５浓度下降，優良率８４．４％。", [3..<9, 0..<4, 20..<23]),
        ("plain text, nothing folded", [0..<6, 11..<12]),
        ("空气质量", [0..<12]),
    ])
    func removingKeepsTheMappingOfWhatRemains(original: String, ranges: [Range<Int>]) throws {
        for mapped in [try Self.folded(original), MappedText(identity: original)] {
            // Snap the ranges to scalar boundaries of this derived text.
            let starts = Set(mapped.text.unicodeScalars.indices.map { mapped.text.utf8.distance(from: mapped.text.startIndex, to: $0) } + [mapped.text.utf8.count])
            let snapped = ranges.map { r -> Range<Int> in
                let lo = starts.filter { $0 <= r.lowerBound }.max() ?? 0
                let hi = max(lo, starts.filter { $0 <= r.upperBound }.max() ?? lo)
                return lo..<hi
            }
            let removed = mapped.removing(utf8Ranges: snapped)
            let (expectedText, expectedSources) = Self.naiveRemoving(mapped, snapped)
            #expect(removed.text == expectedText)
            #expect(removed.original == original)
            for (i, source) in expectedSources.enumerated() {
                #expect(removed.originalUTF8Range(ofUTF8: i..<(i + 1)) == source, "byte \(i)")
            }
        }
    }

    @Test func removingNothingIsTheSameText() throws {
        let mapped = try Self.folded("８４．４％")
        #expect(mapped.removing(utf8Ranges: []).text == "84.4%")
    }

    @Test func builderEncodesEveryScalarWidth() {
        var builder = MappedText.Builder(original: "xxxx")
        for (i, scalar) in ["a", "é", "空", "😀"].map({ $0.unicodeScalars.first! }).enumerated() {
            builder.append(scalar, from: i..<(i + 1))
        }
        let mapped = builder.build()
        #expect(mapped.text == "aé空😀")
        #expect(mapped.originalUTF8Range(ofUTF8: 3..<6) == 2..<3)
        #expect(mapped.originalUTF8Range(ofUTF8: 6..<10) == 3..<4)
    }

    @Test func identityMapsEveryRangeToItself() {
        let mapped = MappedText(identity: "碳达峰")
        #expect(mapped.isIdentity)
        #expect(mapped.originalUTF8Range(ofUTF8: 3..<6) == 3..<6)
    }

    @Test func removingSpamJoinsBothSides() throws {
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
