import Foundation
import Testing
@testable import ZhNewsKit

struct NormalizerTests {
    private func normalized(_ text: String, _ configure: (inout Normalizer.Options) -> Void = { _ in }) throws -> String {
        var options = Normalizer.Options()
        configure(&options)
        return try Normalizer(options: options).normalize(text).text
    }

    @Test func allStepsTogether() throws {
        #expect(try normalized("空氣質量優良率為８４．４％，\u{200B}比上年　 提升") == "空气质量优良率为84.4%,比上年 提升")
    }

    @Test func halfWidthSwitch() throws {
        #expect(try normalized("ＰＭ２．５，") == "PM2.5,")
        #expect(try normalized("ＰＭ２．５，") { $0.halfWidth = false; $0.compatibility = false } == "ＰＭ２．５，")
        // 。 is not a full-width form of ASCII and stays (ICU's Fullwidth-Halfwidth would make it ｡).
        #expect(try normalized("好。") == "好。")
    }

    @Test func compatibilitySwitch() throws {
        #expect(try normalized("①㎡℃") == "1m2°C")
        #expect(try normalized("①㎡") { $0.compatibility = false } == "①㎡")
        // CJK and general punctuation are left alone.
        #expect(try normalized("……—「」") { $0.simplified = false } == "……—「」")
    }

    @Test func dropInvisibleSwitch() throws {
        #expect(try normalized("碳\u{200B}达\u{FEFF}峰\u{0007}") == "碳达峰")
        #expect(try normalized("碳\u{200B}达峰") { $0.dropInvisible = false } == "碳\u{200B}达峰")
        // A joiner inside an emoji sequence is kept.
        #expect(try normalized("👨‍👩‍👧") == "👨‍👩‍👧")
    }

    @Test func foldWhitespaceSwitch() throws {
        #expect(try normalized("a \t\u{3000}\u{A0}b\r\nc\rd") == "a b\nc\nd")
        #expect(try normalized("a  b\r\n") { $0.foldWhitespace = false } == "a  b\r\n")
    }

    @Test func simplifiedSwitch() throws {
        #expect(try normalized("東江湖水質兩個萬元") == "东江湖水质两个万元")
        #expect(try normalized("東江湖") { $0.simplified = false } == "東江湖")
        #expect(try normalized("「綠色」『發展』") == "“绿色”‘发展’")
        #expect(try normalized("「綠色」") { $0.simplified = false } == "「綠色」")
        // A compatibility ideograph decomposes to a traditional character, which is then simplified.
        #expect(try normalized("\u{F91D}") == "栏")
    }

    @Test func ambiguousCharactersStayInSimplifiedText() throws {
        // 著 and 乾 are standard simplified characters too: a simplified text keeps them.
        #expect(try normalized("效果显著，名著著作，乾坤") == "效果显著,名著著作,乾坤")
        // In a mostly traditional text they are converted like every other character.
        #expect(try normalized("隨著經濟發展，空氣變乾") == "随着经济发展,空气变干")
    }

    @Test func noStepsIsIdentity() throws {
        let mapped = try Normalizer(options: .none).normalize("Ａ東\u{200B}")
        #expect(mapped.isIdentity)
        #expect(mapped.text == "Ａ東\u{200B}")
    }

    @Test func resultsPointIntoTheOriginal() throws {
        let original = "空氣：８４．４％，\u{200B}𠀀　　好"
        let mapped = try Normalizer().normalize(original)
        #expect(mapped.text == "空气:84.4%,𠀀 好")
        let r = try #require(mapped.text.range(of: "84.4%"))
        #expect(mapped.original[mapped.originalRange(of: r)] == "８４．４％")
        let space = try #require(mapped.text.range(of: " "))
        #expect(mapped.original[mapped.originalRange(of: space)] == "　　")
        let ext = try #require(mapped.text.range(of: "𠀀"))
        #expect(mapped.original[mapped.originalRange(of: ext)] == "𠀀")
    }

    @Test func emptyInput() throws {
        #expect(try normalized("") == "")
    }

    @Test func unchangedTextMapsEachScalarToItself() throws {
        let original = "PM2.5浓度下降𠀀éa—…。\n第二行"
        let mapped = try Normalizer().normalize(original)
        #expect(mapped.text == original)
        var offset = 0
        for scalar in original.unicodeScalars {
            let width = UTF8.width(scalar)
            #expect(mapped.originalUTF8Range(ofUTF8: offset..<(offset + width)) == offset..<(offset + width))
            offset += width
        }
    }

    @Test func changedScalarsBetweenUnchangedRuns() throws {
        let original = "碳\u{200B}达峰　　目标\r\n\r\n👨\u{200D}👩 ８４％"
        let mapped = try Normalizer().normalize(original)
        #expect(mapped.text == "碳达峰 目标\n\n👨\u{200D}👩 84%")
        // The folded space maps to both ideographic spaces, the percent sign to its full-width form.
        let space = mapped.text.utf8Range(of: mapped.text.range(of: " ")!)
        #expect(original[original.indexRange(ofUTF8: mapped.originalUTF8Range(ofUTF8: space))] == "　　")
        let percent = mapped.text.utf8Range(of: mapped.text.range(of: "%")!)
        #expect(original[original.indexRange(ofUTF8: mapped.originalUTF8Range(ofUTF8: percent))] == "％")
        let target = mapped.text.utf8Range(of: mapped.text.range(of: "目标")!)
        #expect(original[original.indexRange(ofUTF8: mapped.originalUTF8Range(ofUTF8: target))] == "目标")
    }
}
