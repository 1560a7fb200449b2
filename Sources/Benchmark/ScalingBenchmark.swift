import CICUShim
import Foundation
import ZhNewsKit

/// Checks that nothing is super-linear: one long line of a repeated pattern at
/// a size and at a tenth of it should take about 10× as long.
enum ScalingBenchmark {
    struct Row: Sendable {
        var input: String
        var stage: String
        var smallBytes: Int
        var smallSeconds: Double
        var largeBytes: Int
        /// `nil` when the large run was skipped because it was predicted to take too long.
        var largeSeconds: Double?
        var predictedSeconds: Double

        var ratio: Double? { largeSeconds.map { $0 / smallSeconds } }
    }

    /// The repeated patterns: ASCII digits, Chinese numerals, quantities with units.
    static let patterns: [(name: String, unit: String)] = [
        ("digits", "1234567890"),
        ("Chinese numerals", "一二三四五六七八九十百千万亿零两"),  // one … ten, hundred, thousand, 10^4, 10^8, zero, two
        ("quantities", "12.5万吨、"),  // 125 thousand tonnes, (list comma)
    ]

    /// Least thread CPU time of some runs of `body`, in seconds.
    static func cpuTime(repetitions: Int, _ body: () throws -> Int) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<repetitions {
            let before = Stopwatch.threadCPUSeconds()
            _ = try body()
            best = min(best, Stopwatch.threadCPUSeconds() - before)
        }
        return best
    }

    static func line(_ unit: String, bytes: Int) -> String {
        let count = max(1, bytes / unit.utf8.count)
        return String(repeating: unit, count: count)
    }

    /// Runs every pattern through word segmentation and the full pipeline at
    /// `maxBytes / 100`, `maxBytes / 10` and `maxBytes`; a large run predicted
    /// (from the growth between the two smaller sizes) to exceed `budget`
    /// seconds is skipped and reported as such.
    static func run(maxBytes: Int, budget: Double = 90, log: (String) -> Void) throws -> [Row] {
        let segmenter = Segmenter()
        let pipeline = Pipeline()
        let stages: [(String, (String) throws -> Int)] = [
            ("raw ICU word break", { StageBenchmark.rawICU($0, CICU_BREAK_WORD) }),
            ("Segmenter().words(in:)", { try segmenter.words(in: $0).count }),
            ("Pipeline().analyze", { try pipeline.analyze($0).facts.count }),
        ]
        var rows: [Row] = []
        for (name, unit) in patterns {
            for (stage, body) in stages {
                let tiny = line(unit, bytes: maxBytes / 100)
                let small = line(unit, bytes: maxBytes / 10)
                let large = line(unit, bytes: maxBytes)
                let tTiny = try cpuTime(repetitions: 3) { try body(tiny) }
                let tSmall = try cpuTime(repetitions: 2) { try body(small) }
                let growth = max(10, tSmall / max(tTiny, 1e-6))  // predicts the large run's time
                let predicted = tSmall * growth
                var row = Row(
                    input: name, stage: stage, smallBytes: small.utf8.count, smallSeconds: tSmall,
                    largeBytes: large.utf8.count, largeSeconds: nil, predictedSeconds: predicted)
                if predicted <= budget {
                    row.largeSeconds = try cpuTime(repetitions: 2) { try body(large) }
                }
                let shown = row.ratio.map { String(format: "%.1f×", $0) } ?? String(format: "skipped (predicted %.0f s)", predicted)
                let largeText = row.largeSeconds.map { String(format: "%.3f s → ", $0) + shown } ?? shown
                log("  " + name.padded(to: 18) + stage.padded(to: 24)
                    + String(format: "%8d B: %.3f s  %8d B: ", row.smallBytes, tSmall, row.largeBytes) + largeText)
                rows.append(row)
            }
        }
        return rows
    }
}
