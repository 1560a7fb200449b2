import Foundation
import Testing
@testable import ZhNewsKit

struct ChineseNumeralTests {
    static func form(_ s: String) -> ChineseNumeral.Form {
        ChineseNumeral.classify(s.unicodeScalars.map(\.value))
    }

    @Test(arguments: [
        ("三十", 30), ("十二", 12), ("十", 10), ("五", 5), ("两百", 200), ("一百零五", 105), ("二十五", 25),
        ("九十九", 99), ("壹佰贰拾", 120),
    ])
    func positionalValues(_ text: String, _ value: Int) {
        guard case .positional(let v, _, _) = Self.form(text) else {
            Issue.record("\(text) is not positional")
            return
        }
        #expect(v == value)
    }

    @Test(arguments: ["三千五百万", "三亿五千万", "一万亿", "十万"])
    func largeNumeralsAreValid(_ text: String) {
        guard case .positional(let v, _, true) = Self.form(text) else {
            Issue.record("\(text) is not a positional numeral")
            return
        }
        #expect(v == nil)
    }

    @Test(arguments: ["十四五", "万一", "百百", "三万五万", "零", "一百二三"])
    func malformedRunsAreInvalidOrTrivial(_ text: String) {
        switch Self.form(text) {
        case .invalid: break
        case .positional(_, let hasDigit, let hasPower): #expect(!(hasDigit && hasPower), "\(text)")
        case .digitString: Issue.record("\(text) taken as digit string")
        }
    }

    @Test func digitStrings() {
        #expect(Self.form("二〇一九") == .digitString(count: 4))
        #expect(Self.form("一九") == .digitString(count: 2))
        // Adjacent digits are a digit string, never a positional numeral (四五个 is "four or five").
        #expect(Self.form("四五") == .digitString(count: 2))
        #expect(Self.form("两两") != .digitString(count: 2))
    }
}
