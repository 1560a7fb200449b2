import Foundation
import Testing
import ZhNewsKit

/// Checks the port of the scorer's metrics and reports the pipeline's figures on every gold file.
struct GoldEvaluationTests {
    /// A small gold file and a deliberately flawed prediction. The expected counts are
    /// what the scorer reports for this pair: an injectedToken removal that reaches one
    /// character too far and one that removes no spam, boilerplate left in place, a wrong
    /// source, a unit mismatch (2个百分点 predicted in %), a missed fact, a spurious date,
    /// a prediction without offsets and with a string value, a wrong qualifier, a wrong kind
    /// and change on an ordinal, and subjects that match only leniently or not at all.
    static let handMadeGold = #"""
{"id": "xcheck", "text": "示例网\n当前位置：首页 > 新闻\n某市水质通报\n发布时间：2023-01-05 09:30　来源：某市日报\n　　全市12个断面优良比例为91.7%，同比上升2个百分点。XX体育\n　　治理资金约3.5亿元，完成整治超过40个，XX体育排名第二。\n相关新闻\n· 旧闻一则 2022-12-01\n", "spam": ["XX体育"], "boilerplateLines": ["示例网", "当前位置：首页 > 新闻", "发布时间：2023-01-05 09:30　来源：某市日报", "相关新闻", "· 旧闻一则 2022-12-01"], "mustKeep": ["某市水质通报", "优良比例为91.7%", "治理资金约3.5亿元", "排名第二"], "metadata": {"title": "某市水质通报", "author": null, "published": "2023-01-05T09:30:00", "source": "某市日报"}, "facts": [{"text": "12个", "start": 58, "end": 61, "kind": "count", "value": 12, "unit": "个", "subject": "断面", "qualifier": null, "rangeEnd": null, "change": null}, {"text": "91.7%", "start": 68, "end": 73, "kind": "percentage", "value": 91.7, "unit": "%", "subject": "断面优良比例", "qualifier": null, "rangeEnd": null, "change": null}, {"text": "2个百分点", "start": 78, "end": 83, "kind": "percentagePoint", "value": 2, "unit": "pp", "subject": "断面优良比例", "qualifier": null, "rangeEnd": null, "change": "increase"}, {"text": "约3.5亿元", "start": 95, "end": 101, "kind": "money", "value": 350000000, "unit": "CNY", "subject": "治理资金", "qualifier": "approximately", "rangeEnd": null, "change": null}, {"text": "超过40个", "start": 106, "end": 111, "kind": "count", "value": 40, "unit": "个", "subject": "整治", "qualifier": "moreThan", "rangeEnd": null, "change": null}, {"text": "第二", "start": 118, "end": 120, "kind": "ordinal", "value": 2, "unit": null, "subject": "整治", "qualifier": null, "rangeEnd": null, "change": null}]}
"""#

    static let handMadePrediction = #"""
{"metadata": {"title": "某市水质通报", "author": "某人", "published": "2023-01-05 09:30:00", "source": "某市", "views": 12}, "cleanText": "某市水质通报\n发布时间：2023-01-05 09:30　来源：某市日报\n　　全市12个断面优良比例为91.7%，同比上升2个百分点\n　　治理资金约3.5亿元，完成整治超过40个，排名第二。\n相关新闻\n· 旧闻一则 2022-12-01\n", "removed": [{"text": "示例网", "reason": "injectedToken", "start": 0, "end": 3}, {"text": "。XX体育", "reason": "injectedToken", "start": 83, "end": 88}, {"text": "XX体育", "reason": "injectedToken"}, {"text": "当前位置：首页 > 新闻", "reason": "navigation", "start": 4, "end": 15}], "facts": [{"text": "12个", "start": 58, "end": 61, "kind": "count", "value": 12, "unit": "个", "qualifier": null, "rangeEnd": null, "change": null, "subject": "断面"}, {"text": "91.7%", "kind": "percentage", "value": "91.7", "unit": "％", "qualifier": "null", "rangeEnd": null, "change": null, "subject": "优良比例"}, {"text": "2个百分点", "start": 78, "end": 83, "kind": "percentagePoint", "value": 2, "unit": "%", "qualifier": null, "rangeEnd": null, "change": "increase", "subject": "优良比例"}, {"text": "3.5亿元", "start": 96, "end": 101, "kind": "money", "value": 350000000.02, "unit": "亿元", "qualifier": null, "rangeEnd": null, "change": null, "subject": "资金"}, {"text": "第二", "start": 118, "end": 120, "kind": "count", "value": 2, "unit": "rank", "qualifier": null, "rangeEnd": null, "change": "increase", "subject": null}, {"text": "2023", "start": 29, "end": 33, "kind": "other", "value": 2023, "unit": null, "qualifier": null, "rangeEnd": null, "change": null, "subject": null}]}
"""#

    @Test func handMadePredictionScoresLikeTheScorer() throws {
        let gold = try GoldEvaluation.gold(from: Data(Self.handMadeGold.utf8))
        let prediction = try JSONDecoder().decode(GoldEvaluation.Prediction.self, from: Data(Self.handMadePrediction.utf8))
        let c = GoldEvaluation.score(gold, prediction)
        var expected = GoldEvaluation.Counts()
        expected.spamOccurrences = 2
        expected.spamSurvived = 0
        expected.spamFpRemovals = 2
        expected.spamFpChars = 4
        expected.boilerplateLines = 5
        expected.boilerplateRemoved = 2
        expected.mustKeep = 4
        expected.mustKeepKept = 4
        expected.metaFields = 3
        expected.metaCorrect = 2
        expected.goldFacts = 6
        expected.predFacts = 6
        expected.tp = 4
        expected.kindOk = 3
        expected.qualifierOk = 3
        expected.changeOk = 3
        expected.subjectStrict = 1
        expected.subjectLenient = 3
        expected.goldByKind = ["count": 2, "money": 1, "ordinal": 1, "percentage": 1, "percentagePoint": 1]
        expected.matchedByKind = ["count": 1, "money": 1, "ordinal": 1, "percentage": 1]
        #expect(c == expected)
        #expect(c.spamRecall == 1)
        #expect(c.boilerplateRecall == 0.4)
        #expect(c.factF1 == 4.0 / 6.0)
        #expect(c.subjectStrictAccuracy == 0.25)
        #expect(c.subjectLenientAccuracy == 0.75)
    }

    @Test func everyGoldFileScoresOneAgainstItself() throws {
        let files = try Self.goldFiles()
        #expect(!files.isEmpty)
        for name in files {
            let gold = try GoldEvaluation.gold(from: Fixtures.data("gold/" + name))
            let c = GoldEvaluation.score(gold, Self.perfectPrediction(for: gold))
            #expect(c.goldFacts == gold.facts.count, "\(name): every gold fact is located")
            #expect(c.spamFpChars == 0, "\(name)")
            for (metric, value) in Self.metrics(of: c) {
                #expect(value == nil || value == 1, "\(name): \(metric) = \(value ?? -1)")
            }
        }
    }

    @Test func droppingOneFactCostsExactlyOneOfRecall() throws {
        let gold = try GoldEvaluation.gold(from: Fixtures.data("gold/news-yueyang-water-2023.json"))
        var prediction = Self.perfectPrediction(for: gold)
        prediction.facts.remove(at: 3)
        let c = GoldEvaluation.score(gold, prediction)
        let n = Double(gold.facts.count)
        #expect(c.tp == gold.facts.count - 1)
        #expect(c.factPrecision == 1)
        #expect(c.factRecall == (n - 1) / n)
        #expect(c.factF1 == 2 * (n - 1) / (2 * n - 1))
    }

    @Test(arguments: [
        ("％", "%"), (" 个百分点 ", "pp"), ("亿元", "CNY"), ("万美元", "USD"), ("HA", "公顷"),
        ("日", "天"), ("rank", nil), ("", nil), ("吨", "吨"), ("微克／立方米", "微克/立方米"),
    ] as [(String, String?)])
    func unitsNormaliseLikeTheScorer(unit: String, canonical: String?) {
        #expect(GoldEvaluation.normalizedUnit(unit) == canonical)
    }

    @Test(arguments: [
        ("空气质量优良率", "空气质量优良率", true, true),
        ("优良率", "空气质量优良率", false, true),
        ("全市工业固废利用率", "全市工业固废综合利用率", false, true),
        ("固废", "全市工业固废综合利用率", false, true),
        ("产值", "全市工业固废综合利用率", false, false),
        (nil, "产值", false, false),
        (nil, nil, true, true),
        ("产值", nil, false, false),
    ] as [(String?, String?, Bool, Bool)])
    func subjectsScoreStrictAndLenient(predicted: String?, gold: String?, strict: Bool, lenient: Bool) {
        let s = GoldEvaluation.subjectScores(predicted: predicted, gold: gold)
        #expect(s.strict == strict)
        #expect(s.lenient == lenient)
    }

    @Test func publishedComparesDateAndTime() {
                #expect(GoldEvaluation.metadataMatches(field: .published, predicted: "2023-04-12T10:00:00", gold: "2023-04-12"))
        #expect(GoldEvaluation.metadataMatches(field: .published, predicted: "2023-04-12 09:30:00", gold: "2023-04-12T09:30:00"))
        #expect(!GoldEvaluation.metadataMatches(field: .published, predicted: "2023-04-12", gold: "2023-04-12T09:30:00"))
        #expect(!GoldEvaluation.metadataMatches(field: .title, predicted: "a", gold: "b"))
    }

    /// Runs the pipeline on every gold file, prints per-file and pooled metrics, and
    /// asserts the project's accuracy bars on the pooled counts (spam and mustKeep
    /// also per file: one lost sentence or one wrongly cut character anywhere fails).
    /// Set `ZHNEWS_EVAL_DETAILS=1` to also list missed, spurious and wrongly attributed facts.
    @Test func pipelineMeetsTheBarsOnEveryGoldFile() throws {
        let files = try Self.goldFiles()
        #expect(!files.isEmpty)
        let details = ProcessInfo.processInfo.environment["ZHNEWS_EVAL_DETAILS"] == "1"
        var rows: [(String, GoldEvaluation.Counts)] = []
        for name in files {
            let gold = try GoldEvaluation.gold(from: Fixtures.data("gold/" + name))
            let prediction = try GoldEvaluation.Prediction(Pipeline().analyze(gold.text))
            rows.append((gold.id, GoldEvaluation.score(gold, prediction)))
            if details {
                print("== \(gold.id)")
                for line in GoldEvaluation.factDetails(gold, prediction) { print("  " + line) }
            }
        }
        let pooled = rows.reduce(GoldEvaluation.Counts()) { $0 + $1.1 }
        print(Self.table(rows + [("TOTAL (pooled)", pooled)]))

        for (id, c) in rows {
            #expect(c.spamSurvived == 0, "spam left in the clean text of \(id)")
            #expect(c.spamFpChars == 0, "characters wrongly removed as spam in \(id)")
            #expect(c.mustKeepKept == c.mustKeep, "a mustKeep string lost in \(id)")
        }
        #expect((pooled.boilerplateRecall ?? 0) >= 0.95)
        #expect((pooled.metadataAccuracy ?? 0) >= 0.9)
        #expect((pooled.factPrecision ?? 0) >= 0.95)
        #expect((pooled.factRecall ?? 0) >= 0.95)
        #expect((pooled.kindAccuracy ?? 0) >= 0.95)
        #expect((pooled.qualifierAccuracy ?? 0) >= 0.95)
        #expect((pooled.changeAccuracy ?? 0) >= 0.95)
        #expect((pooled.subjectLenientAccuracy ?? 0) >= 0.85)
    }

    // MARK: - Helpers

    static func goldFiles() throws -> [String] {
        try Fixtures.files(in: "gold", withExtension: "json")
    }

    /// The prediction a perfect pipeline would make: spam and boilerplate lines cut, gold facts and metadata.
    static func perfectPrediction(for gold: GoldEvaluation.Gold) -> GoldEvaluation.Prediction {
        let text = Array(gold.text.unicodeScalars)
        var removed: [GoldEvaluation.Removal] = []
        for s in Set(gold.spam) where !s.isEmpty {
            let needle = Array(s.unicodeScalars)
            for at in GoldEvaluation.occurrences(of: needle, in: text) {
                removed.append(.init(text: s, reason: GoldEvaluation.injectedToken, start: at, end: at + needle.count))
            }
        }
        let boilerplate = Set(gold.boilerplateLines.map(GoldEvaluation.lineKey))
        var clean = GoldEvaluation.lines(gold.text)
            .filter { !boilerplate.contains(GoldEvaluation.lineKey($0)) }
            .joined(separator: "\n")
        for s in gold.spam where !s.isEmpty { clean = clean.replacingOccurrences(of: s, with: "") }
        let spans = GoldEvaluation.goldSpans(gold)
        let facts = zip(gold.facts, spans).map { fact, span in
            var f = fact
            f.start = span?.lowerBound
            f.end = span?.upperBound
            return f
        }
        return .init(metadata: gold.metadata, cleanText: clean, removed: removed, facts: facts)
    }

    static func metrics(of c: GoldEvaluation.Counts) -> [(String, Double?)] {
        [
            ("spam", c.spamRecall), ("boiler", c.boilerplateRecall), ("keep", c.mustKeepSurvival),
            ("meta", c.metadataAccuracy), ("P", c.factPrecision), ("R", c.factRecall), ("F1", c.factF1),
            ("kind", c.kindAccuracy), ("qual", c.qualifierAccuracy), ("chg", c.changeAccuracy),
            ("subjS", c.subjectStrictAccuracy), ("subjL", c.subjectLenientAccuracy),
        ]
    }

    static func table(_ rows: [(String, GoldEvaluation.Counts)]) -> String {
        func cell(_ s: String, _ width: Int) -> String {
            s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
        }
        func number(_ v: Double?) -> String {
            guard let v else { return "  n/a" }
            let milli = Int((v * 1000).rounded())
            return "\(milli / 1000)." + String(String(1000 + milli % 1000).dropFirst())
        }
        let nameWidth = max(16, rows.map(\.0.count).max() ?? 0) + 1
        let header = cell("gold file", nameWidth) + metrics(of: .init()).map { cell($0.0, 7) }.joined()
            + "fpChars gold  pred  tp"
        var out = [header]
        for (name, c) in rows {
            out.append(cell(name, nameWidth) + metrics(of: c).map { cell(number($0.1), 7) }.joined()
                + cell(String(c.spamFpChars), 8) + cell(String(c.goldFacts), 6) + cell(String(c.predFacts), 6)
                + String(c.tp))
        }
        return out.joined(separator: "\n")
    }
}
