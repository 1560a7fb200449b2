import Foundation
@testable import ZhNewsKit

/// Runs ``SubjectResolver`` and ``ChangeDetector`` on gold articles and on
/// single sentences, and scores them the way the evaluation script does.
enum SubjectHarness {
    /// One annotated fact of a gold file.
    struct GoldFact: Decodable {
        var text: String
        var start: Int?
        var end: Int?
        var kind: String
        var unit: String?
        var change: String?
        var subject: String?
    }

    /// The parts of a gold file the harness needs.
    struct GoldFile: Decodable {
        var text: String
        var spam: [String]?
        var facts: [GoldFact]
    }

    /// One scored fact.
    struct Outcome: CustomStringConvertible {
        var fact: String
        var sentence: String
        var goldSubject: String?
        var subject: String?
        var goldChange: String?
        var change: String?
        var strict: Bool
        var lenient: Bool
        var changeCorrect: Bool

        var description: String {
            let mark = lenient ? (strict ? "  " : "~ ") : "✗ "
            let changeMark = changeCorrect ? "" : "  change gold \(goldChange ?? "nil") got \(change ?? "nil")"
            return "\(mark)\(fact)  gold=\(goldSubject ?? "nil")  got=\(subject ?? "nil")\(changeMark)  | \(sentence)"
        }
    }

    /// Totals over outcomes.
    struct Score {
        var outcomes: [Outcome] = []
        var count: Int { outcomes.count }
        var strict: Double { ratio(outcomes.filter(\.strict).count) }
        var lenient: Double { ratio(outcomes.filter(\.lenient).count) }
        var change: Double { ratio(outcomes.filter(\.changeCorrect).count) }
        private func ratio(_ n: Int) -> Double { count == 0 ? 1 : Double(n) / Double(count) }
        var summary: String {
            String(format: "facts %d  subject strict %.3f lenient %.3f  change %.3f", count, strict, lenient, change)
        }
    }

    // MARK: Scoring as in the evaluation script

    /// (strict, lenient) agreement of a predicted subject with the gold one.
    static func subjectScores(_ predicted: String?, _ gold: String?) -> (Bool, Bool) {
        let scores = GoldEvaluation.subjectScores(predicted: predicted, gold: gold)
        return (scores.strict, scores.lenient)
    }

    // MARK: Gold files

    /// Scores every gold fact of `file`.
    static func score(_ file: GoldFile) throws -> Score {
        let normalized = try Normalizer().normalize(file.text)
        // Remove gold spam the way the cleaner would.
        var spamRanges: [Range<Int>] = []
        let derived = normalized.text
        for spam in Set(file.spam ?? []) {
            let needle = try Normalizer().normalize(spam).text
            guard !needle.isEmpty else { continue }
            var from = derived.startIndex
            while let r = derived.range(of: needle, range: from..<derived.endIndex) {
                spamRanges.append(derived.utf8Range(of: r))
                from = r.upperBound
            }
        }
        let clean = normalized.removing(utf8Ranges: spamRanges)
        let text = clean.text
        let original = file.text
        let codePoints = CodePointIndex(original)

        // Original byte → derived byte (first derived byte at or after it).
        let derivedCount = text.utf8.count
        var originalStarts: [Int] = []
        originalStarts.reserveCapacity(derivedCount)
        for b in 0..<derivedCount { originalStarts.append(clean.originalUTF8Range(ofUTF8: b..<(b + 1)).lowerBound) }
        var originalEnds: [Int] = []
        originalEnds.reserveCapacity(derivedCount)
        for b in 0..<derivedCount { originalEnds.append(clean.originalUTF8Range(ofUTF8: b..<(b + 1)).upperBound) }
        func derivedRange(ofOriginal r: Range<Int>) -> Range<Int>? {
            guard let lower = originalStarts.firstIndex(where: { $0 >= r.lowerBound }) else { return nil }
            var upper = lower
            while upper < derivedCount, originalEnds[upper] <= r.upperBound { upper += 1 }
            return upper > lower ? lower..<upper : nil
        }
        func originalText(ofDerived r: Range<Int>) -> String {
            let o = clean.originalUTF8Range(ofUTF8: r)
            return String(original[original.indexRange(ofUTF8: o)])
        }

        // Gold spans in code points (explicit, else scanned in order).
        var spans: [Range<Int>?] = []
        var cursor = original.startIndex
        for fact in file.facts {
            if let s = fact.start, let e = fact.end {
                spans.append(s..<e)
                let bytes = codePoints.utf8Offset(ofCodePoint: e)
                cursor = original.indexRange(ofUTF8: bytes..<bytes).lowerBound
            } else if let r = original.range(of: fact.text, range: cursor..<original.endIndex) {
                spans.append(codePoints.codePointRange(of: r))
                cursor = r.upperBound
            } else {
                spans.append(nil)
            }
        }
        let factBytes: [Range<Int>?] = spans.map { span in
            guard let span else { return nil }
            let o = codePoints.utf8Offset(ofCodePoint: span.lowerBound)..<codePoints.utf8Offset(ofCodePoint: span.upperBound)
            return derivedRange(ofOriginal: o)
        }

        let sentences = try SentenceSplitter.spans(of: text)
        let words = try Segmenter().wordPieces(of: text)
        var score = Score()
        var context = SubjectContext()
        var w = 0
        for sentence in sentences {
            let indices = file.facts.indices.filter { i in
                guard let b = factBytes[i] else { return false }
                return sentence.contains(b.lowerBound)
            }
            guard !indices.isEmpty else { continue }
            while w < words.count, words[w].bytes.upperBound <= sentence.lowerBound { w += 1 }
            var k = w
            var pieces: [WordPiece] = []
            while k < words.count, words[k].bytes.lowerBound < sentence.upperBound {
                pieces.append(words[k])
                k += 1
            }
            let quantities = indices.map { i in
                SentenceQuantities.Quantity(
                    bytes: factBytes[i]!, kind: QuantityKind(rawValue: file.facts[i].kind) ?? .other,
                    unit: file.facts[i].unit)
            }
            let input = SentenceQuantities(text: text, sentence: sentence, words: pieces, quantities: quantities)
            let subjects = SubjectResolver().subjects(in: input, context: &context)
            let changes = ChangeDetector().changes(in: input)
            for (n, i) in indices.enumerated() {
                let gold = file.facts[i]
                let subject = subjects[n].map(originalText(ofDerived:))
                let (strict, lenient) = subjectScores(subject, gold.subject)
                score.outcomes.append(
                    Outcome(
                        fact: gold.text, sentence: originalText(ofDerived: sentence).trimmingCharacters(in: .whitespacesAndNewlines),
                        goldSubject: gold.subject, subject: subject, goldChange: gold.change, change: changes[n]?.rawValue,
                        strict: strict, lenient: lenient, changeCorrect: gold.change == changes[n]?.rawValue))
            }
        }
        return score
    }

    /// Scores every gold file under `Fixtures/gold`.
    static func scoreGold() throws -> [String: Score] {
        var result: [String: Score] = [:]
        for name in try Fixtures.files(in: "gold", withExtension: "json") {
            let file = try JSONDecoder().decode(GoldFile.self, from: try Fixtures.data("gold/" + name))
            result[name] = try score(file)
        }
        return result
    }

    /// Scores the gold files of an extra folder named by the environment
    /// variable `ZHNEWS_EXTRA_GOLD` (a development set kept outside the
    /// package); `ZHNEWS_EXTRA_GOLD_ONLY` may list comma-separated file-name
    /// prefixes to keep. Empty when the variable is unset.
    static func scoreExtraGold() throws -> [String: Score] {
        let environment = ProcessInfo.processInfo.environment
        guard let folder = environment["ZHNEWS_EXTRA_GOLD"], !folder.isEmpty else { return [:] }
        let only = (environment["ZHNEWS_EXTRA_GOLD_ONLY"] ?? "").split(separator: ",").map(String.init)
        var result: [String: Score] = [:]
        let url = URL(fileURLWithPath: folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".json") {
            guard only.isEmpty || only.contains(where: { name.hasPrefix($0) }) else { continue }
            let file = try JSONDecoder().decode(GoldFile.self, from: try Data(contentsOf: url.appendingPathComponent(name)))
            result[name] = try score(file)
        }
        return result
    }

    // MARK: Single sentences

    /// The result of resolving one sentence.
    struct Resolution {
        var subjects: [String?]
        var changes: [Change?]
    }

    /// Resolves `sentence` (normalised first), whose quantities are the given
    /// surfaces in text order.
    ///
    /// - Parameter antecedent: A phrase of an imagined previous sentence.
    static func resolve(_ sentence: String, quantities surfaces: [String], antecedent: String? = nil) throws -> Resolution {
        let prefix = antecedent.map { $0 + "。" } ?? ""
        let text = try Normalizer().normalize(prefix + sentence).text
        let start = try Normalizer().normalize(prefix).text.utf8.count
        let quantities = try locate(surfaces, in: text, from: start, sentence: sentence)
        let input = SentenceQuantities(
            text: text, sentence: start..<text.utf8.count,
            words: try Segmenter().wordPieces(of: text).filter { $0.bytes.upperBound > start },
            quantities: quantities)
        let antecedentRange = antecedent.map { _ in 0..<(start - "。".utf8.count) }
        let subjects = SubjectResolver().subjects(in: input, antecedent: antecedentRange).map { r in
            r.map { String(text[text.indexRange(ofUTF8: $0)]) }
        }
        return Resolution(subjects: subjects, changes: ChangeDetector().changes(in: input))
    }

    /// The quantities named by `surfaces`, found in order in `text` from byte `start`.
    static func locate(
        _ surfaces: [String], in text: String, from start: Int, sentence: String
    ) throws -> [SentenceQuantities.Quantity] {
        var quantities: [SentenceQuantities.Quantity] = []
        var from = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        for surface in surfaces {
            let needle = try Normalizer().normalize(surface).text
            guard let r = text.range(of: needle, range: from..<text.endIndex) else {
                throw Missing(surface: surface, sentence: sentence)
            }
            quantities.append(
                SentenceQuantities.Quantity(bytes: text.utf8Range(of: r), kind: kind(of: needle), unit: unit(of: needle)))
            from = r.upperBound
        }
        return quantities
    }

    /// Resolves consecutive sentences of one article with a shared
    /// ``SubjectContext``; returns the subjects per sentence.
    static func resolveArticle(_ sentences: [(String, [String])]) throws -> [[String?]] {
        let text = try Normalizer().normalize(sentences.map(\.0).joined()).text
        let words = try Segmenter().wordPieces(of: text)
        var context = SubjectContext()
        var result: [[String?]] = []
        var start = 0
        for (sentence, surfaces) in sentences {
            let length = try Normalizer().normalize(sentence).text.utf8.count
            let range = start..<(start + length)
            let quantities = try locate(surfaces, in: text, from: start, sentence: sentence)
            let input = SentenceQuantities(
                text: text, sentence: range, words: words.filter { $0.bytes.overlaps(range) }, quantities: quantities)
            let subjects = SubjectResolver().subjects(in: input, context: &context)
            result.append(subjects.map { r in r.map { String(text[text.indexRange(ofUTF8: $0)]) } })
            start += length
        }
        return result
    }

    struct Missing: Error, CustomStringConvertible {
        var surface: String
        var sentence: String
        var description: String { "quantity \(surface) not in \(sentence)" }
    }

    /// A rough kind for a test quantity surface.
    static func kind(of surface: String) -> QuantityKind {
        if surface.hasPrefix("第") { return .ordinal }
        if surface.contains("百分点") { return .percentagePoint }
        if surface.contains("%") { return .percentage }
        if surface.contains("元") { return .money }
        if let u = unit(of: surface), ["公顷", "吨", "年", "天", "亩", "米", "公里", "公斤", "千瓦", "千瓦时", "微克/立方米"].contains(where: { u.hasSuffix($0) }) {
            return .measure
        }
        return .count
    }

    /// A rough unit for a test quantity surface: what follows the digits.
    static func unit(of surface: String) -> String? {
        if surface.hasPrefix("第") { return nil }
        let trimmed = surface.drop { !$0.isNumber && !"一二两三四五六七八九十百千万亿".contains($0) }
        let unit = trimmed.drop { $0.isNumber || $0 == "." || "一二两三四五六七八九十百千万亿余多".contains($0) }
        let cleaned = unit.replacingOccurrences(of: "以上", with: "").replacingOccurrences(of: "左右", with: "")
        return cleaned.isEmpty ? nil : cleaned
    }
}
