import ArgumentParser
import ZhNewsKit

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print articles with navigation, spam and other boilerplate removed.",
        discussion: """
            --format text (the default) prints the clean text only; json/jsonl print \
            {"input", "cleanText", "removed", "metadata", …} per input (an array for several files with json).

            \(ExitStatus.helpText)
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "Output format: text (default), json or jsonl.")
    var format: OutputFormat = .text

    func validate() throws {
        if format == .csv { throw ValidationError("clean writes text, json or jsonl.") }
    }

    /// The JSON shape of `clean`.
    struct Output: Encodable {
        var input: String
        var result: CleaningResult

        enum CodingKeys: String, CodingKey { case input, cleanText, removed, metadata, relatedHeadlines, warnings }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(input, forKey: .input)
            try c.encode(result.cleanText, forKey: .cleanText)
            try c.encode(result.removals, forKey: .removed)
            try c.encode(result.metadata, forKey: .metadata)
            try c.encode(result.relatedHeadlines, forKey: .relatedHeadlines)
            try c.encode(result.warnings, forKey: .warnings)
        }
    }

    func run() throws {
        let pipeline = Pipeline(segmenter: Segmenter(options: try lexicon.segmenterOptions()))
        var runner = InputRunner(options: input)
        var json = JSONCollector(format: format, multiple: input.sources.count > 1)
        runner.forEachInput { source, text throws(InputFailure) in
            let result = try InputFailure.attempt { () throws(ZhNewsError) in try pipeline.clean(text) }
            switch format {
            case .json, .jsonl:
                try json.add(Output(input: source.name, result: result))
            case .text, .table, .csv:
                let clean = result.cleanText
                StandardStreams.out(clean.hasSuffix("\n") || clean.isEmpty ? clean : clean + "\n")
            }
        }
        json.finish()
        try runner.finish()
    }
}
