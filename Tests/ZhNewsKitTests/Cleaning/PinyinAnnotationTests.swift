import Testing
@testable import ZhNewsKit

struct PinyinAnnotationTests {
    private func annotations(_ text: String) -> [String] {
        let t = ScalarText(text)
        return PinyinAnnotation.spans(in: 0..<t.count, of: t).map { t.string($0) }
    }

    @Test(arguments: [
        ("碧藍(lán)的湖水", ["(lán)"]), ("嵊(shèng)州和莆(pú)田", ["(shèng)", "(pú)"]), ("蓝(lan2)天", ["(lan2)"]),
        ("湖水清澈(VOCs)见底", []), ("细颗粒物(PM2.5)浓度", []), ("公司(以下简称“江汉新材”)", []), ("(lán)开头", []),
    ])
    func findsToneMarkedPinyinOnly(text: String, expected: [String]) {
        #expect(annotations(text) == expected)
    }
}
