import Foundation
import Testing

@testable import ZhNewsKit

struct JSONWriterTests {
    /// What `JSONEncoder` writes with the conventions `JSONWriter` promises to match.
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func written(_ body: (inout JSONWriter) -> Void) -> String {
        var json = JSONWriter()
        body(&json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    @Test(arguments: try Fixtures.files(in: "articles", withExtension: "txt"))
    func analysisMatchesJSONEncoderOnEveryFixture(_ path: String) throws {
        let analysis = try Pipeline().analyze(try Fixtures.text("articles/\(path)"))
        #expect(!analysis.facts.isEmpty || !analysis.removals.isEmpty)
        #expect(Self.written { analysis.write(to: &$0) } == (try Self.encoded(analysis)))
    }

    @Test func controlCharactersQuotesAndBackslashesAreEscapedLikeJSONEncoder() throws {
        var text = ""
        for value in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        text += "\u{2028}\u{2029}\u{FEFF}é中😀 a/b \"q\" \\"
        #expect(Self.written { $0.write(text) } == (try Self.encoded(text)))
        #expect(Self.written { $0.write("") } == "\"\"")
    }

    @Test(arguments: [0, 7, 10, 99, 100, -1, -10, 1_234_567_890, Int.max, Int.min])
    func integersMatchJSONEncoder(_ value: Int) throws {
        #expect(Self.written { $0.write(value) } == (try Self.encoded(value)))
    }

    @Test(arguments: ["2.53", "253000000", "0.5", "-3", "0", "-0.25", "0.000001", "12345678901234567890.5"])
    func decimalsMatchJSONEncoder(_ text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(Self.written { $0.write(value) } == (try Self.encoded(value)))
    }

    @Test func extraMembersAreMergedInSortedOrderAndCannotReplaceTheAnalysis() throws {
        let analysis = try Pipeline().analyze("全市工业固废综合利用率达80%以上。\n作者：张三")
        let extra: [(key: String, json: [UInt8])] = [
            ("zeta", Array("1".utf8)), ("id", Array("\"a/1\"".utf8)), ("A", Array("null".utf8)),
            ("facts", Array("[]".utf8)), ("metadataX", Array("true".utf8)),
        ]
        let text = Self.written { analysis.write(to: &$0, merging: extra) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((object["facts"] as? [Any])?.count == 1)
        let keys = ["A", "cleanText", "facts", "id", "metadata", "metadataX", "relatedHeadlines", "removed", "warnings", "zeta"]
        let positions = keys.map { text.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func relatedHeadlinesOmitAnAbsentDateLikeTheirCodableForm() throws {
        let headlines = [RelatedHeadline(title: "标题", date: "2024-05-06"), RelatedHeadline(title: "无日期")]
        #expect(Self.written { $0.write(headlines) } == (try Self.encoded(headlines)))
    }
}
