import ArgumentParser
import Foundation
import ZhNewsKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse articles: metadata, clean text, removals and numeric facts.",
        discussion: """
            Reads each FILE (or standard input) as one article. --format json prints one object per \
            article (an array for several files), jsonl one object a line, csv one row per fact, table \
            a summary (the default on a terminal; json otherwise). Offsets are Unicode code point \
            offsets into the decoded input, end exclusive.

            Corpus mode (--input-format jsonl) reads one {"id": …, "text": …} object a line and writes \
            exactly one line per input line in the same order, on all cores with bounded memory. Other \
            keys of a record are carried into its output line (except "text" and the keys of the \
            analysis). A record that cannot be analysed gives {"id": …, "error": {"line": N, "message": …}} \
            in its place (see --on-error); record errors do not change the exit status unless \
            --on-error fail.

            \(ExitStatus.helpText)
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "Output format: json, jsonl, csv or table (default: table on a terminal, else json; jsonl in corpus mode).")
    var format: OutputFormat?

    @Option(name: .customLong("input-format"), help: "text (one article per file) or jsonl (a corpus: one {\"id\", \"text\"} object a line).")
    var inputFormat: InputFormat = .text

    @Option(help: "Worker threads for several files or a corpus (default: all cores).")
    var jobs: Int?

    @Option(name: .customLong("on-error"), help: "Corpus mode: what a failing record gives: record (an error line in its place), skip, or fail (stop, exit 1).")
    var onError: RecordErrorPolicy = .record

    @Flag(help: "Corpus mode: no progress and no summary on standard error (record errors are still reported).")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if inputFormat == .jsonl {
            if let format, format != .jsonl, format != .csv {
                throw ValidationError("--input-format jsonl writes --format jsonl or csv.")
            }
            if input.encoding != .utf8 { throw ValidationError("--input-format jsonl reads UTF-8 JSON; --encoding must be utf-8.") }
        } else if format == .text {
            throw ValidationError("extract writes json, jsonl, csv or table.")
        }
    }

    func run() throws {
        let pipeline = Pipeline(segmenter: Segmenter(options: try lexicon.segmenterOptions()))
        if inputFormat == .jsonl {
            let corpus = CorpusRunner(
                pipeline: pipeline, input: input, format: format ?? .jsonl, policy: onError,
                options: BatchOptions(jobs: jobs), quiet: quiet)
            try corpus.run()
            return
        }
        let format = OutputFormat.resolved(format)
        var runner = InputRunner(options: input)
        var json = JSONCollector(format: format, multiple: input.sources.count > 1)
        if format == .csv { StandardStreams.out(FactRows.csvHeader) }
        let sources = input.sources
        if sources.contains(where: { $0.path == nil }), StandardStreams.isTerminal(STDIN_FILENO) {
            StandardStreams.error("reading the article from the terminal; end it with Ctrl-D")
        }
        let (maxBytes, decoder) = (input.maxBytes, input.decoder)
        var first = true
        // Files are read, analysed and rendered on worker threads; output keeps argument order.
        OrderedBatch.map(sources, options: BatchOptions(jobs: jobs)) { source in
            Result { () throws(InputFailure) in
                let text = try InputRunner.text(of: source, maxBytes: maxBytes, decoder: decoder)
                let analysis = try InputFailure.attempt { () throws(ZhNewsError) in try pipeline.analyze(text) }
                return try Self.render(analysis, source: source, format: format)
            }
        } consume: { index, result in
            switch result {
            case .success(let rendered):
                switch format {
                case .json, .jsonl: json.add(encoded: rendered)
                case .table, .text: StandardStreams.write((first ? [] : [0x0A]) + rendered, to: STDOUT_FILENO)
                case .csv: StandardStreams.write(rendered, to: STDOUT_FILENO)
                }
                first = false
            case .failure(let failure):
                runner.fail(sources[index], failure)
            }
        }
        json.finish()
        try runner.finish()
    }

    /// One article's output in `format` (JSON without its trailing newline).
    static func render(_ analysis: ArticleAnalysis, source: InputSource, format: OutputFormat) throws(InputFailure) -> [UInt8] {
        switch format {
        case .jsonl:
            return Array(JSONOutput.line(analysis, extra: [("input", .string(source.name))]).dropLast())
        case .json:
            do {
                let value = WithExtraKeys(value: analysis, extra: [("input", .string(source.name))])
                return Array(try JSONOutput.encoder(pretty: true).encode(value))
            } catch {
                throw InputFailure(message: "internal error: cannot encode JSON: \(error)", isInternal: true)
            }
        case .csv:
            return Array(FactRows.csv(analysis, id: source.name).utf8)
        case .table, .text:
            return Array(FactRows.table(analysis, name: source.name).utf8)
        }
    }
}
