import Foundation
import Testing
@testable import ZhNewsKit

/// Non-whitespace tokens as (text, kind) pairs.
func wordPairs(_ text: String, _ segmenter: Segmenter = Segmenter()) throws -> [Pair] {
    try segmenter.words(in: text).filter { $0.kind != .whitespace }.map { Pair($0.text, $0.kind) }
}

/// A token's text and kind, comparable in `#expect`.
struct Pair: Hashable, CustomStringConvertible {
    var text: String
    var kind: TokenKind
    init(_ text: String, _ kind: TokenKind) {
        self.text = text
        self.kind = kind
    }
    var description: String { "\(text)/\(kind)" }
}

struct SegmenterTests {
    // MARK: Tiling

    @Test func wordsAndSentencesTileEveryFixtureArticle() throws {
        let names = try Fixtures.files(in: "articles", withExtension: "txt")
        #expect(names.count >= 2)
        let segmenter = Segmenter()
        for name in names {
            let text = try Fixtures.text("articles/" + name)
            for tokens in [try segmenter.words(in: text).map { ($0.range, $0.codePoints, $0.text) },
                           try segmenter.sentences(in: text).map { ($0.range, $0.codePoints, $0.text) }] {
                #expect(tokens.map(\.2).joined() == text, "\(name)")
                var index = text.startIndex
                var codePoint = 0
                for (range, codePoints, piece) in tokens {
                    #expect(range.lowerBound == index, "\(name): gap or overlap before \(piece)")
                    #expect(codePoints.lowerBound == codePoint, "\(name): code points before \(piece)")
                    #expect(!range.isEmpty)
                    #expect(String(text[range]) == piece)
                    #expect(codePoints.count == piece.unicodeScalars.count)
                    index = range.upperBound
                    codePoint = codePoints.upperBound
                }
                #expect(index == text.endIndex)
                #expect(codePoint == text.unicodeScalars.count)
            }
        }
    }

    @Test func emptyInputGivesNothing() throws {
        let segmenter = Segmenter()
        #expect(try segmenter.words(in: "").isEmpty)
        #expect(try segmenter.sentences(in: "").isEmpty)
        #expect(segmenter.paragraphs(in: "").isEmpty)
    }

    @Test func inputOfOnlyDroppedCharactersIsOneWhitespaceToken() throws {
        let text = "\u{200B}\u{FEFF}"
        let tokens = try Segmenter().words(in: text)
        #expect(tokens.map(\.text) == [text])
        #expect(tokens.map(\.kind) == [.whitespace])
        #expect(try Segmenter().sentences(in: text).map(\.text) == [text])
    }

    // MARK: Exact boundaries on fixture excerpts

    @Test func exactWordsOfAChenzhouSentence() throws {
        let text = "2019年5月6日,国务院批复同意郴州市以水资源可持续利用与绿色发展为主题,建设国家可持续发展议程创新示范区。"
        let expected: [Pair] = [
            Pair("2019年5月6日", .date), Pair(",", .punctuation), Pair("国务院", .ideographic),
            Pair("批", .ideographic), Pair("复", .ideographic), Pair("同意", .ideographic),
            Pair("郴州", .ideographic), Pair("市", .ideographic), Pair("以", .ideographic),
            Pair("水资源", .ideographic), Pair("可", .ideographic), Pair("持续", .ideographic),
            Pair("利用", .ideographic), Pair("与", .ideographic), Pair("绿色发展", .lexicon),
            Pair("为", .ideographic), Pair("主题", .ideographic), Pair(",", .punctuation),
            Pair("建设", .ideographic), Pair("国家", .ideographic), Pair("可", .ideographic),
            Pair("持续", .ideographic), Pair("发展", .ideographic), Pair("议程", .ideographic),
            Pair("创新", .ideographic), Pair("示范", .ideographic), Pair("区", .ideographic),
            Pair("。", .punctuation),
        ]
        #expect(try wordPairs(text) == expected)
        let tokens = try Segmenter().words(in: text)
        #expect(tokens[0].codePoints == 0..<9)
        #expect(tokens[2].codePoints == 10..<13)
    }

    @Test func exactWordsOfANanchangExcerpt() throws {
        let text = try Fixtures.text("articles/nanchang-blue-2021.txt")
        let start = try #require(text.range(of: "据统计,2021年一季度"))
        let end = try #require(text.range(of: "提升了2个百分点,", range: start.upperBound..<text.endIndex))
        let excerpt = String(text[start.lowerBound..<end.upperBound])
        let expected: [Pair] = [
            Pair("据", .ideographic), Pair("统计", .ideographic), Pair(",", .punctuation),
            Pair("2021年一季度", .date), Pair("全市", .ideographic), Pair("环境", .ideographic),
            Pair("空气", .ideographic), Pair("质量", .ideographic), Pair("逐月", .ideographic),
            Pair("上升", .ideographic), Pair(",", .punctuation), Pair("空气", .ideographic),
            Pair("质量", .ideographic), Pair("优良率", .lexicon), Pair("为", .ideographic),
            Pair("84.4%", .quantity), Pair(",", .punctuation), Pair("在", .ideographic),
            Pair("中部", .ideographic), Pair("省会", .ideographic), Pair("城市", .ideographic),
            Pair("排名", .ideographic), Pair("第一", .ideographic), Pair(";", .punctuation),
            Pair("全市", .ideographic), Pair("11个", .quantity), Pair("地表", .ideographic),
            Pair("水", .ideographic), Pair("国", .ideographic), Pair("考", .ideographic),
            Pair("断面", .ideographic), Pair("水质", .ideographic), Pair("优良", .ideographic),
            Pair("比例", .ideographic), Pair("为", .ideographic), Pair("90.9%", .quantity),
            Pair(",", .punctuation), Pair("比上", .ideographic), Pair("年", .ideographic),
            Pair("同期", .ideographic), Pair("提升", .ideographic), Pair("了", .ideographic),
            Pair("2个百分点", .quantity), Pair(",", .punctuation),
        ]
        #expect(try wordPairs(excerpt) == expected)
    }

    @Test func offsetsPointIntoTheFixtureFile() throws {
        let text = try Fixtures.text("articles/chenzhou-green-2024.txt")
        let tokens = try Segmenter().words(in: text)
        let quantity = try #require(tokens.first { $0.text == "2.53亿元" })
        #expect(quantity.kind == .quantity)
        let scalars = Array(text.unicodeScalars)
        let slice = String(String.UnicodeScalarView(scalars[quantity.codePoints]))
        #expect(slice == "2.53亿元")
        #expect(text[quantity.range] == "2.53亿元")
    }

    // MARK: Offsets outside the BMP and with combining marks

    @Test func offsetsCountCodePointsOutsideTheBMP() throws {
        let text = "𠀀𠀁年增长84.4%，👨‍👩‍👧好"
        let tokens = try Segmenter().words(in: text)
        #expect(tokens.map(\.text).joined() == text)
        let quantity = try #require(tokens.first { $0.kind == .quantity })
        #expect(quantity.text == "84.4%")
        #expect(quantity.codePoints == 5..<10)
        let family = try #require(tokens.first { $0.text.contains("👨") })
        #expect(family.text == "👨‍👩‍👧")
        #expect(family.codePoints == 11..<16)
        #expect(tokens.last?.text == "好")
        #expect(tokens.last?.codePoints == 16..<17)
        #expect(text[try #require(tokens.last).range] == "好")
    }

    @Test func combiningMarksStayWithTheirBase() throws {
        let text = "Cafe\u{301}的收入为５０％"
        let tokens = try Segmenter().words(in: text)
        #expect(tokens.map(\.text).joined() == text)
        #expect(tokens.first?.text == "Cafe\u{301}")
        #expect(tokens.first?.codePoints == 0..<5)
        let quantity = try #require(tokens.last)
        #expect(quantity.kind == .quantity)
        #expect(quantity.text == "５０％")
        #expect(quantity.codePoints == 9..<12)
    }

    @Test func zeroWidthCharactersInsideAWordAreCoveredByIt() throws {
        let text = "实现碳\u{200B}达峰目标"
        let tokens = try Segmenter().words(in: text)
        #expect(tokens.map(\.text).joined() == text)
        let term = try #require(tokens.first { $0.kind == .lexicon })
        #expect(term.text == "碳\u{200B}达峰")
        #expect(term.codePoints == 2..<6)
    }

    @Test func kindsOfPiecesWithoutARuleStatus() throws {
        let text = "甲、乙。“丙”《丁》—+ $\t=…"
        let kinds = try Segmenter(options: {
            var o = Segmenter.Options()
            o.normalization = .none
            return o
        }()).words(in: text).map { Pair($0.text, $0.kind) }
        #expect(kinds.contains(Pair("、", .punctuation)))
        #expect(kinds.contains(Pair("。", .punctuation)))
        #expect(kinds.contains(Pair("“", .punctuation)))
        #expect(kinds.contains(Pair("》", .punctuation)))
        #expect(kinds.contains(Pair("—", .punctuation)))
        #expect(kinds.contains(Pair("…", .punctuation)))
        #expect(kinds.contains(Pair("+", .symbol)))
        #expect(kinds.contains(Pair("$", .symbol)))
        #expect(kinds.contains(Pair("=", .symbol)))
        #expect(kinds.contains(Pair(" ", .whitespace)))
        #expect(kinds.contains(Pair("\t", .whitespace)))
        #expect(kinds.contains(Pair("甲", .ideographic)))
    }

    // MARK: Switches

    @Test func quantityMergingCanBeSwitchedOff() throws {
        var options = Segmenter.Options()
        options.mergeQuantities = false
        let pairs = try wordPairs("投资2.53亿元", Segmenter(options: options))
        #expect(pairs.contains(Pair("2.53", .number)))
        #expect(!pairs.contains { $0.kind == .quantity })
        #expect(try wordPairs("投资2.53亿元").contains(Pair("2.53亿元", .quantity)))
    }

    @Test func lexiconMergingCanBeSwitchedOff() throws {
        var options = Segmenter.Options()
        options.lexicon = UserLexicon([String]())
        let pairs = try wordPairs("实现碳达峰", Segmenter(options: options))
        #expect(!pairs.contains { $0.kind == .lexicon })
        #expect(try wordPairs("实现碳达峰").contains(Pair("碳达峰", .lexicon)))
    }

    @Test func aLexiconBelongsToOneSegmenter() throws {
        var options = Segmenter.Options()
        options.lexicon = UserLexicon(["水资源可持续利用"])
        let custom = Segmenter(options: options)
        let text = "以水资源可持续利用为主题"
        #expect(try wordPairs(text, custom).contains(Pair("水资源可持续利用", .lexicon)))
        #expect(!(try wordPairs(text)).contains(Pair("水资源可持续利用", .lexicon)))
    }

    // MARK: Traditional characters

    @Test func traditionalTextGivesTheSameTokensAsItsSimplifiedMirror() throws {
        let simplified = "空气质量优良率为84.4%，比上年同期提升了2个百分点。东江湖水质稳定，实现碳达峰碳中和，生态环境局共检查企业两个，投资三千五百万元。"
        let traditional = "空氣質量優良率為84.4%，比上年同期提升了2個百分點。東江湖水質穩定，實現碳達峰碳中和，生態環境局共檢查企業兩個，投資三千五百萬元。"
        try expectSameAnalysis(simplified, traditional)
    }

    @Test func traditionalMirrorsOfFixtureArticlesGiveTheSameTokens() throws {
        let tables = try HanConversion.tables.get()
        // Characters that are both traditional and standard simplified (著): a mirror may differ there.
        let ambiguous = Set(tables.all.indices.filter { tables.all[$0] != tables.unambiguous[$0] }.map(UInt32.init))
        #expect(ambiguous.contains(("著" as Unicode.Scalar).value))
        var exact = 0
        for name in try Fixtures.files(in: "articles", withExtension: "txt") where !name.hasPrefix("trad") {
            let text = try Fixtures.text("articles/" + name)
            let traditional = String(decoding: try ICU.transliterate(Array(text.utf16), transform: "Hans-Hant"), as: UTF16.self)
            // A fixture already in traditional characters is its own mirror.
            guard traditional != text else { continue }
            if text.unicodeScalars.contains(where: { ambiguous.contains($0.value) }) {
                // Only the ambiguous characters may read differently.
                let a = Array(try Normalizer().normalize(text).text.unicodeScalars)
                let b = Array(try Normalizer().normalize(traditional).text.unicodeScalars)
                #expect(a.count == b.count, "\(name)")
                for (x, y) in zip(a, b) where x != y {
                    #expect(ambiguous.contains(x.value), "\(name): \(x) read as \(y)")
                }
            } else {
                try expectSameAnalysis(text, traditional)
                exact += 1
            }
        }
        #expect(exact >= 10)
    }

    private func expectSameAnalysis(_ simplified: String, _ traditional: String) throws {
        let segmenter = Segmenter()
        let a = try segmenter.words(in: simplified)
        let b = try segmenter.words(in: traditional)
        #expect(a.count == b.count)
        let normalizedA = try segmenter.normalize(simplified).text
        let normalizedB = try segmenter.normalize(traditional).text
        #expect(normalizedA == normalizedB)
        for (x, y) in zip(a, b) {
            #expect(x.kind == y.kind, "\(x.text) vs \(y.text)")
            #expect(x.codePoints == y.codePoints, "\(x.text) vs \(y.text)")
        }
        #expect(try segmenter.sentences(in: simplified).map(\.codePoints) == segmenter.sentences(in: traditional).map(\.codePoints))
    }

    // MARK: Concurrency

    @Test func sixteenConcurrentSegmentationsMatchSerialResults() async throws {
        let names = try Fixtures.files(in: "articles", withExtension: "txt")
        var inputs: [String] = []
        for name in names.prefix(16) { inputs.append(try Fixtures.text("articles/" + name)) }
        // Distinct variants so that no two tasks segment the same text.
        var k = 0
        while inputs.count < 16 {
            let base = inputs[k % inputs.count]
            inputs.append("第\(k)稿：" + String(base.dropFirst(k * 7)))
            k += 1
        }
        let segmenter = Segmenter()
        let serial = try inputs.map { try segmenter.words(in: $0) }
        let serialSentences = try inputs.map { try segmenter.sentences(in: $0) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, [Token], [Sentence]).self) { group in
            for (i, input) in inputs.enumerated() {
                group.addTask { (i, try segmenter.words(in: input), try segmenter.sentences(in: input)) }
            }
            var results = [(words: [Token], sentences: [Sentence])](repeating: ([], []), count: inputs.count)
            for try await (i, words, sentences) in group { results[i] = (words, sentences) }
            return results
        }
        #expect(inputs.count == 16)
        #expect(concurrent.count == 16)
        for i in inputs.indices {
            #expect(concurrent[i].words == serial[i])
            #expect(concurrent[i].sentences == serialSentences[i])
        }
    }

    @Test func foundationLocaleCaseMappingStillWorksWithICULinked() throws {
        _ = try Segmenter().words(in: "土耳其语istanbul")
        #expect("i".uppercased(with: Locale(identifier: "tr")) == "İ")
        #expect("I".lowercased(with: Locale(identifier: "tr")) == "ı")
        #expect("i".uppercased(with: Locale(identifier: "en")) == "I")
    }

    // MARK: Paragraphs

    @Test func paragraphsAreLinesWithoutTheirBreaks() {
        let text = "第一段\r\n\n第二段𠀀\r第三段"
        let paragraphs = Segmenter().paragraphs(in: text)
        #expect(paragraphs.map(\.text) == ["第一段", "", "第二段𠀀", "第三段"])
        #expect(paragraphs.map(\.codePoints) == [0..<3, 5..<5, 6..<10, 11..<14])
    }
}
