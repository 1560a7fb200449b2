import Foundation
import Testing

struct SegmentTests {
    @Test func wordsAreTokensWithOffsetsAndNoWhitespace() throws {
        let text = "空气质量优良率为84.4%。 今年"
        let run = try CLI.run(["segment", "--format", "json"], stdin: Array(text.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let tokens = try #require(try run.json() as? [[String: Any]])
        #expect(!tokens.isEmpty)
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            #expect(Set(token.keys) == ["text", "start", "end", "kind"])
            #expect(token["kind"] as? String != "whitespace")
            let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == token["text"] as? String)
        }
    }

    @Test func sentencesHaveKindSentence() throws {
        let run = try CLI.run(["segment", "--level", "sentence", "--format", "json"], stdin: Array("第一句。第二句！第三句？".utf8))
        let sentences = try #require(try run.json() as? [[String: Any]])
        #expect(sentences.count == 3)
        #expect(sentences.allSatisfy { $0["kind"] as? String == "sentence" })
    }

    @Test func userLexiconKeepsTermsWhole() throws {
        let lexicon = try CLI.temporaryFile(Array("# a comment\n郴州示范区\n".utf8))
        let run = try CLI.run(["segment", "--format", "json", "--lexicon", lexicon], stdin: Array("郴州示范区建设".utf8))
        let tokens = try #require(try run.json() as? [[String: Any]])
        #expect(tokens.contains { $0["text"] as? String == "郴州示范区" && $0["kind"] as? String == "lexicon" })
    }

    @Test func missingLexiconIsAUsageError() throws {
        let run = try CLI.run(["segment", "--lexicon", "/nonexistent/lexicon.txt"], stdin: Array("文本".utf8))
        #expect(run.status == 2)
        #expect(run.stderr.contains("lexicon /nonexistent/lexicon.txt: no such file"))
    }

    @Test func legacyEncodings() throws {
        // 中文 in GBK and in Big5.
        let gbk = try CLI.run(["segment", "--format", "json", "--encoding", "gbk"], stdin: [0xD6, 0xD0, 0xCE, 0xC4])
        #expect((try gbk.json() as? [[String: Any]])?.first?["text"] as? String == "中文")
        let big5 = try CLI.run(["segment", "--format", "json", "--encoding", "big5"], stdin: [0xA4, 0xA4, 0xA4, 0xE5])
        #expect((try big5.json() as? [[String: Any]])?.first?["text"] as? String == "中文")
    }
}
