import Foundation
import Testing

@testable import ZhNewsKit

struct SpanCodingTests {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    @Test func analysesDecodeToWhatTheyEncode() throws {
        let analysis = try Pipeline().analyze(try Fixtures.text("articles/spam-kaiyun-water-2024.txt"))
        #expect(!analysis.facts.isEmpty && !analysis.removals.isEmpty)
        let json = try Self.encode(analysis)
        let decoded = try JSONDecoder().decode(ArticleAnalysis.self, from: json)
        #expect(try Self.encode(decoded) == json)
        #expect(decoded.removals.map(\.codePoints) == analysis.removals.map(\.codePoints))
        #expect(decoded.facts.map(\.codePoints) == analysis.facts.map(\.codePoints))
        #expect(decoded.facts.map(\.quantity.text) == analysis.facts.map(\.quantity.text))
    }

    @Test func tokensAndSentencesDecodeToWhatTheyEncode() throws {
        let text = "2024年，全市PM2.5平均浓度为31微克/立方米。同比下降3.1%。"
        let tokens = try Segmenter().words(in: text)
        let sentences = try Segmenter().sentences(in: text)
        let decodedTokens = try JSONDecoder().decode([Token].self, from: try Self.encode(tokens))
        #expect(decodedTokens.map(\.text) == tokens.map(\.text))
        #expect(decodedTokens.map(\.kind) == tokens.map(\.kind))
        #expect(decodedTokens.map(\.codePoints) == tokens.map(\.codePoints))
        let decodedSentences = try JSONDecoder().decode([Sentence].self, from: try Self.encode(sentences))
        #expect(decodedSentences.map(\.codePoints) == sentences.map(\.codePoints))
        #expect(String(decoding: try Self.encode(sentences[0]), as: UTF8.self).contains("\"kind\":\"sentence\""))
    }

    @Test func aSpanWithoutOffsetsIsRejected() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Token.self, from: Data(#"{"text":"年","kind":"ideographic"}"#.utf8))
        }
    }
}
