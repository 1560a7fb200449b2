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
}
