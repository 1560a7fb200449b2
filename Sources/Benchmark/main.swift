// zhnews-benchmark: measures ZhNewsKit's stages against raw ICU, checks that
// nothing is super-linear, and runs a generated corpus on 1 and 2 workers.
// Build and run in release mode: `swift run -c release zhnews-benchmark`.
import CICUShim
import Foundation
import ZhNewsKit

func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

let options: BenchmarkOptions
do {
    options = try BenchmarkOptions(
        arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
} catch {
    log("\(error)")
    exit(2)
}

// Child mode: one corpus run, one JSON line on standard output.
if let workers = options.corpusWorkerMode, let input = options.corpusInput {
    let result = try CorpusBenchmark.run(path: input, workers: workers)
    let encoder = JSONEncoder()
    print(String(decoding: try encoder.encode(result), as: UTF8.self))
    exit(0)
}

func mb(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1_000_000) }
func f(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
func verdict(_ ok: Bool) -> String { ok ? "met" : "NOT met" }

var summary: [String] = []
let loadBefore = Stopwatch.loadAverage()
var checks: [(String, String, Bool)] = []

var corpusSummary: [String] = []
var corpusChecks: [(String, String, Bool)] = []

// 1. Corpus, first, while this process is small: a spawned worker starts with
// the spawner's ru_maxrss on Linux.
if options.corpusMB > 0 {
    let fingerprint = try ArticleGenerator.fingerprint(of: options.fixtures)
    let path = options.corpusPath
        ?? (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "zhnews-bench-corpus-\(Int(options.corpusMB))mb-\(fingerprint).jsonl")
    log("Generating \(f(options.corpusMB, 0)) MB corpus at \(path)…")
    try CorpusBenchmark.generate(at: path, megabytes: options.corpusMB, fixtures: options.fixtures)
    // Raw ICU over the same texts (JSON decoding outside the timing).
    var icuSeconds = 0.0
    var icuCPU = 0.0
    var icuBytes = 0
    let decoder = JSONDecoder()
    try await CorpusBenchmark.forEachLine(in: path) { line in
        let record = try decoder.decode(CorpusRecord.self, from: line)
        let cpuBefore = Stopwatch.threadCPUSeconds()
        icuSeconds += Stopwatch.time { StageBenchmark.rawICU(record.text, CICU_BREAK_WORD) }.seconds
        icuCPU += Stopwatch.threadCPUSeconds() - cpuBefore
        icuBytes += record.text.utf8.count
    }
    let icuRate = Double(icuBytes) / 1_000_000 / icuSeconds
    let icuCPURate = Double(icuBytes) / 1_000_000 / icuCPU
    log("  raw ICU word break over the corpus texts: \(f(icuRate)) MB/s wall, \(f(icuCPURate)) MB/CPU-s")
    var results: [CorpusResult] = []
    for workers in [1, 2] {
        let r = try CorpusBenchmark.runChild(path: path, workers: workers)
        log("  \(workers) worker(s): \(r.articles) articles in \(f(r.seconds)) s, \(f(Double(r.articles) / r.seconds, 1)) articles/s, \(f(Double(r.fileBytes) / 1_000_000 / r.seconds)) MB/s, CPU \(f(r.cpuSeconds)) s, peak RSS \(f(r.peakRSSMB, 1)) MB (ru_maxrss), \(r.highWaterMarkMB.map { f($0, 1) } ?? "?") MB (VmHWM), errors \(r.errors)")
        results.append(r)
    }
    corpusSummary.append("### Corpus (\(results[0].articles) articles, \(mb(results[0].fileBytes)) JSONL, \(mb(results[0].textBytes)) of article text)")
    corpusSummary.append("")
    corpusSummary.append("End to end per article: JSON decode → `Pipeline().analyze` → the result line written with `JSONWriter` (as `zhnews` does), streaming the file with a bounded window of articles in flight. Raw ICU word break over the same texts: \(f(icuRate)) MB/s wall, \(f(icuCPURate)) MB per CPU-second. *Per core* is article text per CPU-second of the worker process, compared with raw ICU per CPU-second.")
    corpusSummary.append("")
    corpusSummary.append("| workers | seconds | articles/s | MB/s (file) | MB/s (text) | text MB per CPU-s | per core × raw ICU | CPU s | peak RSS MB (ru_maxrss) | VmHWM MB | errors |")
    corpusSummary.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results {
        let textRate = Double(r.textBytes) / 1_000_000 / r.seconds
        let perCPU = Double(r.textBytes) / 1_000_000 / r.cpuSeconds
        corpusSummary.append(
            "| \(r.workers) | \(f(r.seconds)) | \(f(Double(r.articles) / r.seconds, 1)) | \(f(Double(r.fileBytes) / 1_000_000 / r.seconds)) | \(f(textRate)) | \(f(perCPU)) | \(f(perCPU / icuCPURate)) | \(f(r.cpuSeconds)) | \(f(r.peakRSSMB, 1)) | \(r.highWaterMarkMB.map { f($0, 1) } ?? "—") | \(r.errors) |"
        )
    }
    corpusSummary.append("")
    let speedup = results[0].seconds / results[1].seconds
    corpusChecks.append(("≥ 1.8× speed-up on 2 workers (wall clock)", "\(f(speedup))×", speedup >= 1.8))
    // Load-independent bound: the calling thread's work is serial, the rest splits over the workers.
    let one = results[0]
    let serial = one.callingThreadCPUSeconds
    let bound = one.cpuSeconds / (serial + (one.cpuSeconds - serial) / 2)
    let overhead = results[1].cpuSeconds / one.cpuSeconds
    corpusSummary.append(
        "Serial part (calling thread: reading lines, collecting results): \(f(serial)) of \(f(one.cpuSeconds)) CPU-s, so Amdahl's law bounds the 2-core speed-up at \(f(bound))×; two workers used \(f(overhead))× the CPU time of one. CPU use: \(f(one.cpuSeconds / one.seconds)) cores with 1 worker, \(f(results[1].cpuSeconds / results[1].seconds)) with 2 (the rest of the machine's load decides how close to 2 it gets).")
    corpusSummary.append("")
    corpusChecks.append(("2-core speed-up bound from CPU time (Amdahl)", "\(f(bound))×, CPU \(f(overhead))× of 1 worker", bound >= 1.8 && overhead <= 1.1))
    let rss = results.map { max($0.peakRSSMB, $0.highWaterMarkMB ?? 0) }.max()!
    corpusChecks.append(("peak RSS < 200 MB", "\(f(rss, 1)) MB", rss < 200))
    let perCore = results.map { Double($0.textBytes) / 1_000_000 / $0.cpuSeconds / icuCPURate }.min()!
    corpusChecks.append(("end to end ≥ 0.3× raw ICU per core", "\(f(perCore))×", perCore >= 0.3))
    if let executable = CLIBenchmark.executable {
        // The same corpus through the command-line tool (its own JSON reading and writing).
        var runs: [CLIBenchmark.Run] = []
        for jobs in [1, 2] {
            let r = try CLIBenchmark.run(executable: executable, path: path, jobs: jobs)
            log("  zhnews --jobs \(jobs): \(f(r.seconds)) s, CPU \(f(r.cpuSeconds)) s, peak RSS \(f(r.peakRSSMB, 1)) MB, exit \(r.status)")
            runs.append(r)
        }
        let text = Double(results[0].textBytes) / 1_000_000
        corpusSummary.append("The same file through the command-line tool, `zhnews extract --input-format jsonl --jobs N --quiet` (output to `/dev/null`); CPU time and peak RSS are `wait4`'s figures for that process:")
        corpusSummary.append("")
        corpusSummary.append("| `--jobs` | seconds | articles/s | MB/s (text) | text MB per CPU-s | per core × raw ICU | CPU s | peak RSS MB | exit status |")
        corpusSummary.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in runs {
            corpusSummary.append(
                "| \(r.jobs) | \(f(r.seconds)) | \(f(Double(results[0].articles) / r.seconds, 1)) | \(f(text / r.seconds)) | \(f(text / r.cpuSeconds)) | \(f(text / r.cpuSeconds / icuCPURate)) | \(f(r.cpuSeconds)) | \(f(r.peakRSSMB, 1)) | \(r.status) |")
        }
        corpusSummary.append("")
        let cliSpeedup = runs[0].seconds / runs[1].seconds
        let cliPerCore = runs.map { text / $0.cpuSeconds / icuCPURate }.min()!
        let cliRSS = runs.map(\.peakRSSMB).max()!
        corpusChecks.append(("`zhnews` CLI: exit status 0, speed-up on 2 jobs, peak RSS, per core", "status \(runs.map(\.status).max()!), \(f(cliSpeedup))×, \(f(cliRSS, 1)) MB, \(f(cliPerCore))× raw ICU", runs.allSatisfy { $0.status == 0 } && cliSpeedup >= 1.8 && cliRSS < 200 && cliPerCore >= 0.3))
    } else {
        log("  zhnews executable not found beside the benchmark (build it with `swift build -c release`); CLI rows skipped")
        corpusSummary.append("(`zhnews` was not built beside the benchmark, so the command-line rows were skipped: build with `swift build -c release`.)")
        corpusSummary.append("")
    }
}

// 2. Stages over one varied text.
var generator = try ArticleGenerator(folder: options.fixtures, seed: 0xA871_C1E5)
let articles = generator.articles(totalBytes: Int(options.textMB * 1_000_000))
let textBytes = articles.reduce(0) { $0 + $1.utf8.count }
log("Stages over \(articles.count) varied articles, \(mb(textBytes)), best of \(options.repetitions):")
let timings = try StageBenchmark.run(articles: articles, repetitions: options.repetitions, only: options.stageFilter, log: log)
let byName = Dictionary(uniqueKeysWithValues: timings.map { ($0.name, $0) })
typealias S = StageBenchmark.Stage
let icu = byName[S.icuWords]!
let words = byName[S.words]!
summary.append("### Stages (\(articles.count) articles, \(mb(textBytes)), best of \(options.repetitions))")
summary.append("")
summary.append("Ratios use the measuring thread's CPU time, which a busy machine disturbs far less than wall-clock time.")
summary.append("")
summary.append("| stage | wall s | CPU s | MB per CPU-s | × raw ICU words (speed) | × words (cost) |")
summary.append("| --- | ---: | ---: | ---: | ---: | ---: |")
for t in timings {
    summary.append(
        "| \(t.name) | \(f(t.seconds, 3)) | \(f(t.cpuSeconds, 3)) | \(f(t.megabytesPerCPUSecond)) | \(f(t.megabytesPerCPUSecond / icu.megabytesPerCPUSecond)) | \(f(t.cpuSeconds / words.cpuSeconds)) |"
    )
}
summary.append("")
let wordRatio = words.megabytesPerCPUSecond / icu.megabytesPerCPUSecond
checks.append(("library word segmentation ≥ 0.7× raw ICU", "\(f(wordRatio))×", wordRatio >= 0.7))
if let clean = byName[S.clean] {
    let cost = clean.cpuSeconds / words.cpuSeconds
    checks.append(("cleaning costs ≤ word segmentation", "\(f(cost))× words", cost <= 1.0))
}
if let facts = byName[S.facts], let segmentation = byName[S.factSegmentation] {
    // Fact extraction segments the sentences that hold facts; what it adds to
    // segmentation is the rest of its cost.
    let added = (facts.cpuSeconds - segmentation.cpuSeconds) / words.cpuSeconds
    checks.append(("fact extraction adds ≤ 0.5× word segmentation (facts minus their own segmentation)", "\(f(added))× words", added <= 0.5))
    let total = facts.cpuSeconds / words.cpuSeconds
    checks.append(("fact extraction including its segmentation ≤ 1.5× word segmentation", "\(f(total))× words", total <= 1.5))
}

// 3. Linearity.
if !options.skipScaling {
    log("Linearity (one line, \(options.scalingMaxBytes / 10) vs \(options.scalingMaxBytes) bytes; linear ≈ 10×):")
    let rows = try ScalingBenchmark.run(maxBytes: options.scalingMaxBytes, log: log)
    summary.append("### Linearity (one line without breaks; thread CPU seconds; linear ≈ 10×)")
    summary.append("")
    summary.append("| input | stage | small | small CPU s | large | large CPU s | ratio |")
    summary.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    var worst = 0.0
    var skipped = false
    for r in rows {
        let large = r.largeSeconds.map { f($0, 3) } ?? "skipped (predicted \(f(r.predictedSeconds, 0)) s)"
        let ratio = r.ratio.map { "\(f($0, 1))×" } ?? "—"
        summary.append("| \(r.input) | \(r.stage) | \(mb(r.smallBytes)) | \(f(r.smallSeconds, 3)) | \(mb(r.largeBytes)) | \(large) | \(ratio) |")
        guard !r.stage.hasPrefix("raw ICU") else { continue }  // the reference, not a target
        if let ratio = r.ratio { worst = max(worst, ratio) } else { skipped = true }
    }
    summary.append("")
    // Quadratic work would show 100×, n log n about 12×; memory effects and a busy machine add a few ×.
    checks.append(("nothing super-linear (10× input ≤ 20× time; quadratic would be 100×)", skipped ? "runs skipped" : "worst \(f(worst, 1))×", !skipped && worst <= 20))
}

summary += corpusSummary
checks += corpusChecks

summary.append("Load average (1, 5, 15 min) before the run: \(loadBefore); after: \(Stopwatch.loadAverage()).")
summary.append("")
summary.append("### Targets")
summary.append("")
summary.append("| target | measured | |")
summary.append("| --- | ---: | --- |")
for (name, value, ok) in checks { summary.append("| \(name) | \(value) | \(verdict(ok)) |") }
print(summary.joined(separator: "\n"))
