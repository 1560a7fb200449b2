import CICUShim
import Foundation
import ZhNewsKit

/// One measured stage: its name, time over the benchmark text and result count.
struct StageTiming: Sendable {
    var name: String
    var seconds: Double
    var bytes: Int
    var items: Int

    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
}

/// The per-stage measurements over one varied text.
enum StageBenchmark {
    /// Boundaries of `type` in `text` counted by a plain C loop over `ubrk_next`.
    static func rawICU(_ text: String, _ type: cicu_break_type) -> Int {
        var text = text
        return text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                var status: Int32 = 0
                return Int(cicu_count_boundaries(type, "zh", chars.baseAddress, Int64(chars.count), &status))
            }
        }
    }

    /// Measures every stage over `articles`; each stage sees the same articles.
    static func run(
        articles: [String], repetitions: Int, only filter: [String] = [], log: (String) -> Void
    ) throws -> [StageTiming] {
        let bytes = articles.reduce(0) { $0 + $1.utf8.count }
        let segmenter = Segmenter()
        let pipeline = Pipeline()
        let normalizer = Normalizer()
        // Inputs of the later stages, prepared outside the timings.
        let normalized = try articles.map { try normalizer.normalize($0) }
        let cleaned = try articles.map { try pipeline.clean($0).clean }

        var timings: [StageTiming] = []
        func measure(_ name: String, _ body: (String, Int) throws -> Int) rethrows {
            let essential = name == Stage.icuWords || name == Stage.words
            guard essential || filter.isEmpty || filter.contains(where: { name.contains($0) }) else { return }
            let (seconds, items) = try Stopwatch.best(of: repetitions) {
                var items = 0
                for (i, article) in articles.enumerated() { items += try body(article, i) }
                return items
            }
            let timing = StageTiming(name: name, seconds: seconds, bytes: bytes, items: items)
            log("  " + name.padded(to: 44) + String(format: " %8.3f s  %8.2f MB/s  (%d items)", seconds, timing.megabytesPerSecond, items))
            timings.append(timing)
        }
        measure(Stage.icuWords) { text, _ in rawICU(text, CICU_BREAK_WORD) }
        measure(Stage.icuSentences) { text, _ in rawICU(text, CICU_BREAK_SENTENCE) }
        try measure(Stage.normalize) { text, _ in try normalizer.normalize(text).text.utf8.count > 0 ? 1 : 0 }
        try measure(Stage.wordsNormalized) { _, i in try segmenter.words(in: normalized[i]).count }
        try measure(Stage.words) { text, _ in try segmenter.words(in: text).count }
        var plainOptions = Segmenter.Options()
        plainOptions.lexicon = UserLexicon([String]())
        let plain = Segmenter(options: plainOptions)
        try measure(Stage.wordsWithoutLexicon) { text, _ in try plain.words(in: text).count }
        try measure(Stage.sentences) { text, _ in try segmenter.sentences(in: text).count }
        try measure(Stage.clean) { text, _ in try pipeline.clean(text).removals.count }
        try measure(Stage.facts) { _, i in try pipeline.extractor.facts(in: cleaned[i]).count }
        try measure(Stage.analyze) { text, _ in try pipeline.analyze(text).facts.count }
        return timings
    }

    /// Stage names, as printed.
    enum Stage {
        static let icuWords = "raw ICU word break (C loop)"
        static let icuSentences = "raw ICU sentence break (C loop)"
        static let normalize = "Normalizer().normalize"
        static let wordsNormalized = "Segmenter().words(in: normalised)"
        static let words = "Segmenter().words(in:)"
        static let wordsWithoutLexicon = "words(in:), empty user lexicon"
        static let sentences = "Segmenter().sentences(in:)"
        static let clean = "Pipeline().clean"
        static let facts = "FactExtractor.facts(in: cleaned)"
        static let analyze = "Pipeline().analyze (full)"
    }
}
