import CICUShim
import Foundation
@_spi(Benchmarking) import ZhNewsKit

/// One measured stage: its name, time over the benchmark text and result count.
struct StageTiming: Sendable {
    var name: String
    /// Fastest wall-clock time of the repetitions.
    var seconds: Double
    /// Least thread CPU time of the repetitions.
    var cpuSeconds: Double
    var bytes: Int
    var items: Int

    /// Throughput per wall-clock second.
    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    /// Throughput per CPU second of the measuring thread.
    var megabytesPerCPUSecond: Double { Double(bytes) / 1_000_000 / cpuSeconds }
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

        // Each repetition runs every stage once (round robin), so a burst of
        // load from other processes hits one repetition of each stage rather
        // than every repetition of one stage; the least time of each is kept.
        var stages: [(name: String, body: (String, Int) throws -> Int)] = []
        func measure(_ name: String, _ body: @escaping (String, Int) throws -> Int) {
            let essential = name == Stage.icuWords || name == Stage.words
            guard essential || filter.isEmpty || filter.contains(where: { name.contains($0) }) else { return }
            stages.append((name, body))
        }
        measure(Stage.icuWords) { text, _ in rawICU(text, CICU_BREAK_WORD) }
        measure(Stage.icuSentences) { text, _ in rawICU(text, CICU_BREAK_SENTENCE) }
        measure(Stage.normalize) { text, _ in try normalizer.normalize(text).text.utf8.count > 0 ? 1 : 0 }
        measure(Stage.wordsNormalized) { _, i in try segmenter.words(in: normalized[i]).count }
        measure(Stage.words) { text, _ in try segmenter.words(in: text).count }
        var plainOptions = Segmenter.Options()
        plainOptions.lexicon = UserLexicon([String]())
        let plain = Segmenter(options: plainOptions)
        measure(Stage.wordsWithoutLexicon) { text, _ in try plain.words(in: text).count }
        measure(Stage.sentences) { text, _ in try segmenter.sentences(in: text).count }
        measure(Stage.clean) { text, _ in try pipeline.clean(text).removals.count }
        measure(Stage.facts) { _, i in try pipeline.extractor.facts(in: cleaned[i]).count }
        let factSpans = try cleaned.map { try pipeline.extractor.factSentenceSpans(in: $0) }
        measure(Stage.factSegmentation) { _, i in try pipeline.extractor.segmentFactSentences(factSpans[i], in: cleaned[i]) }
        measure(Stage.analyze) { text, _ in try pipeline.analyze(text).facts.count }

        var timings = stages.map { StageTiming(name: $0.name, seconds: .infinity, cpuSeconds: .infinity, bytes: bytes, items: 0) }
        for _ in 0..<max(1, repetitions) {
            for (s, stage) in stages.enumerated() {
                let cpuBefore = Stopwatch.threadCPUSeconds()
                let (seconds, items) = try Stopwatch.time {
                    var items = 0
                    for (i, article) in articles.enumerated() { items += try stage.body(article, i) }
                    return items
                }
                let cpu = Stopwatch.threadCPUSeconds() - cpuBefore
                timings[s].seconds = min(timings[s].seconds, seconds)
                timings[s].cpuSeconds = min(timings[s].cpuSeconds, cpu)
                timings[s].items = items
            }
        }
        for t in timings {
            log("  " + t.name.padded(to: 44)
                + String(format: " %7.3f s wall %7.3f s CPU  %7.2f MB/CPU-s  (%d items)", t.seconds, t.cpuSeconds, t.megabytesPerCPUSecond, t.items))
        }
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
        static let factSegmentation = "  of which: word segmentation of the fact sentences"
        static let analyze = "Pipeline().analyze (full)"
    }
}
