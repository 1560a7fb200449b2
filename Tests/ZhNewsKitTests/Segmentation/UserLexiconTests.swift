import Foundation
import Testing
@testable import ZhNewsKit

struct UserLexiconTests {
    private func segmenter(_ lexicon: UserLexicon) -> Segmenter {
        var options = Segmenter.Options()
        options.lexicon = lexicon
        return Segmenter(options: options)
    }

    @Test func mergesICUPiecesOfAnEntry() throws {
        #expect(try wordPairs("东江湖水质稳定").first == Pair("东江湖", .lexicon))
        #expect(try wordPairs("实现碳达峰").contains(Pair("碳达峰", .lexicon)))
        #expect(try wordPairs("郴州市生态环境局").contains(Pair("生态环境局", .lexicon)))
    }

    @Test func everyBuiltInEntryIsOneThatICUSplits() throws {
        var options = Segmenter.Options()
        options.lexicon = UserLexicon([String]())
        options.mergeQuantities = false
        let plain = Segmenter(options: options)
        for entry in UserLexicon.builtIn.entries {
            let pieces = try plain.words(in: "在" + entry + "中").map(\.text)
            #expect(!pieces.contains(entry), "ICU keeps \(entry) whole: no need for a lexicon entry")
            #expect(try wordPairs("在" + entry + "中").contains(Pair(entry, .lexicon)))
        }
    }

    @Test func longestEntryWins() throws {
        let lexicon = UserLexicon(["生态", "生态环境", "生态环境局"])
        #expect(try wordPairs("市生态环境局发布", segmenter(lexicon)).contains(Pair("生态环境局", .lexicon)))
    }

    @Test func anEntryDoesNotStartInsideAWord() throws {
        // ICU reads 共同/比较: 同比 would start inside 共同.
        let pairs = try wordPairs("共同比较", segmenter(UserLexicon(["同比"])))
        #expect(!pairs.contains { $0.kind == .lexicon })
    }

    @Test func loadsFromTextWithAReport() throws {
        let text = "\u{FEFF}碳达峰\r\n# 注释\r\n\r\n東江湖 100 ns\r\n碳达峰\r\n" + String(repeating: "长", count: 40) + "\r\n碳，达峰\r\n生态环境局"
        let (lexicon, report) = try UserLexicon.load(from: text)
        #expect(report.loaded == 3)
        #expect(lexicon.entries == ["碳达峰", "东江湖", "生态环境局"])
        #expect(report.skipped.map(\.line) == [2, 3, 5, 6, 7])
        #expect(report.skipped.map(\.reason) == [.comment, .blank, .duplicate, .tooLong, .invalid])
        #expect(report.problems.map(\.line) == [5, 6, 7])
        #expect(report.skipped.last?.text == "碳，达峰")
    }

    @Test func aFinalLineBreakIsNotABlankLine() throws {
        let (_, report) = try UserLexicon.load(from: "碳达峰\n碳中和\n")
        #expect(report.loaded == 2)
        #expect(report.skipped.isEmpty)
    }

    @Test func loadsFromAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).txt")
        try Data("\u{FEFF}水资源可持续利用\r\n湖長制\r\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (lexicon, report) = try UserLexicon.load(contentsOf: url)
        #expect(report.loaded == 2)
        #expect(lexicon.entries.contains("湖长制"))
        let pairs = try wordPairs("以水资源可持续利用为主题", segmenter(lexicon))
        #expect(pairs.contains(Pair("水资源可持续利用", .lexicon)))
    }

    @Test func aMissingFileIsAConfigurationError() {
        let url = URL(fileURLWithPath: "/nonexistent/lexicon.txt")
        #expect(throws: ZhNewsError.self) { try UserLexicon.load(contentsOf: url) }
    }

    @Test func traditionalEntriesMatchTraditionalAndSimplifiedText() throws {
        let lexicon = try UserLexicon(normalizing: ["資江"])
        #expect(lexicon.entries == ["资江"])
        let s = segmenter(lexicon)
        #expect(try wordPairs("資江水質", s).first == Pair("資江", .lexicon))
        #expect(try wordPairs("资江水质", s).first == Pair("资江", .lexicon))
    }

    @Test func equalityIgnoresInsertionOrder() {
        #expect(UserLexicon(["甲乙", "丙丁"]) == UserLexicon(["丙丁", "甲乙"]))
        #expect(UserLexicon(["甲乙"]) != UserLexicon(["丙丁"]))
    }
}
