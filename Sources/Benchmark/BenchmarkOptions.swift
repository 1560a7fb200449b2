import Foundation

/// Settings of one benchmark run, from command-line flags or environment variables.
///
/// Flags win over environment variables (`ZHNEWS_BENCH_TEXT_MB`, `ZHNEWS_BENCH_CORPUS_MB`,
/// `ZHNEWS_BENCH_REPS`, `ZHNEWS_BENCH_FIXTURES`).
struct BenchmarkOptions: Sendable {
    /// Size of the text the per-stage measurements run over, in MB.
    var textMB: Double = 5
    /// Size of the generated JSONL corpus, in MB (0 skips the corpus benchmark).
    var corpusMB: Double = 50
    /// Repetitions of each stage measurement; the fastest is reported.
    var repetitions: Int = 2
    /// Folder of `*.txt` articles the benchmark text is derived from.
    var fixtures: String = "Fixtures/articles"
    /// Largest line of the super-linearity check, in bytes.
    var scalingMaxBytes: Int = 1_000_000
    /// Only the stages whose name contains one of these (all when empty).
    var stageFilter: [String] = []
    /// Skip the super-linearity check.
    var skipScaling: Bool = false
    /// Where the generated corpus is written (reused when present with the same size and seed).
    var corpusPath: String?
    /// Internal: run only the corpus with this many workers and print one JSON result line.
    var corpusWorkerMode: Int?
    /// Internal: the corpus file a worker-mode child reads.
    var corpusInput: String?

    static let usage = """
        usage: zhnews-benchmark [--text-mb N] [--corpus-mb N] [--reps N] [--fixtures DIR]
                                [--scaling-max-bytes N] [--skip-scaling] [--corpus-path FILE] [--quick]
                                [--stages NAME,…]

          --text-mb N            size of the per-stage benchmark text (default 5)
          --corpus-mb N          size of the generated JSONL corpus; 0 skips it (default 50)
          --reps N               repetitions per stage, fastest reported (default 2)
          --fixtures DIR         articles to derive the text from (default Fixtures/articles)
          --scaling-max-bytes N  largest line of the linearity check (default 1000000)
          --skip-scaling         skip the linearity check
          --stages NAME,…        only the stages whose name contains one of these (for profiling)
          --corpus-path FILE     where to write the generated corpus (default: temporary folder)
          --quick                --text-mb 1 --corpus-mb 5 --reps 1 --scaling-max-bytes 200000

        Environment: ZHNEWS_BENCH_TEXT_MB, ZHNEWS_BENCH_CORPUS_MB, ZHNEWS_BENCH_REPS, ZHNEWS_BENCH_FIXTURES.
        """

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads the environment, then the arguments (without the program name).
    init(arguments: [String], environment: [String: String]) throws {
        if let v = environment["ZHNEWS_BENCH_TEXT_MB"].flatMap(Double.init) { textMB = v }
        if let v = environment["ZHNEWS_BENCH_CORPUS_MB"].flatMap(Double.init) { corpusMB = v }
        if let v = environment["ZHNEWS_BENCH_REPS"].flatMap(Int.init) { repetitions = v }
        if let v = environment["ZHNEWS_BENCH_FIXTURES"] { fixtures = v }
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let v = rest.popFirst() else { throw UsageError(description: "\(flag) needs a value") }
            return v
        }
        func number<T: LosslessStringConvertible>(_ flag: String) throws -> T {
            let text = try value(flag)
            guard let v = T(text) else { throw UsageError(description: "\(flag): not a number: \(text)") }
            return v
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--text-mb": textMB = try number(flag)
            case "--corpus-mb": corpusMB = try number(flag)
            case "--reps": repetitions = max(1, try number(flag))
            case "--fixtures": fixtures = try value(flag)
            case "--scaling-max-bytes": scalingMaxBytes = try number(flag)
            case "--skip-scaling": skipScaling = true
            case "--stages": stageFilter = try value(flag).split(separator: ",").map(String.init)
            case "--corpus-path": corpusPath = try value(flag)
            case "--quick":
                textMB = 1
                corpusMB = 5
                repetitions = 1
                scalingMaxBytes = 200_000
            case "--corpus-worker": corpusWorkerMode = try number(flag)
            case "--corpus-input": corpusInput = try value(flag)
            case "-h", "--help": throw UsageError(description: Self.usage)
            default: throw UsageError(description: "unknown option \(flag)\n\n\(Self.usage)")
            }
        }
    }
}
