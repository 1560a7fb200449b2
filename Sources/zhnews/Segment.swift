import ArgumentParser
import ZhNewsKit

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split text into words or sentences.",
        discussion: """
            json prints an array of {"text", "start", "end", "kind"} per input (an array of {"input", \
            "tokens"} objects for several files); jsonl one token a line with "input"; csv one row per \
            token. Whitespace tokens are left out. Offsets are code points into the decoded input.

            \(ExitStatus.helpText)
            """)

    enum Level: String, ExpressibleByArgument, CaseIterable { case word, sentence }

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "word or sentence.")
    var level: Level = .word

    @Option(help: "Output format: json, jsonl, csv or table (default: table on a terminal, else json).")
    var format: OutputFormat?

    @Flag(name: .customLong("no-normalize"), help: "Segment the text as given: no full-width folding, NFKC or traditional-to-simplified mapping.")
    var noNormalize = false

    func validate() throws {
        if format == .text { throw ValidationError("segment writes json, jsonl, csv or table.") }
    }

    /// A word or sentence in output form.
    struct Piece: Encodable {
        var text: String
        var kind: String
        var start: Int
        var end: Int
    }

    struct FileOutput: Encodable {
        var input: String
        var tokens: EncodableList
    }

    /// A list of tokens or sentences, encoded with their own `Codable` conformance.
    struct EncodableList: Encodable {
        var items: [any Encodable & Sendable]
        func encode(to encoder: any Encoder) throws {
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(EncodableItem(item: item)) }
        }
    }

    struct EncodableItem: Encodable {
        var item: any Encodable & Sendable
        func encode(to encoder: any Encoder) throws { try item.encode(to: encoder) }
    }

    func run() throws {
        let format = OutputFormat.resolved(format)
        var options = try lexicon.segmenterOptions()
        if noNormalize { options.normalization = .none }
        let segmenter = Segmenter(options: options)
        var runner = InputRunner(options: input)
        let multiple = input.sources.count > 1
        var json = JSONCollector(format: format, multiple: multiple)
        if format == .csv { StandardStreams.out(CSVWriter.row(["input", "text", "start", "end", "kind"])) }
        runner.forEachInput { source, text throws(InputFailure) in
            // JSON goes through the library's own Codable types; tables and CSV use `Piece`.
            let items: [any Encodable & Sendable]
            let pieces: [Piece]
            switch level {
            case .word:
                let tokens = try InputFailure.attempt { () throws(ZhNewsError) in
                    try segmenter.words(in: text).filter { $0.kind != .whitespace }
                }
                items = tokens
                pieces = tokens.map {
                    Piece(text: $0.text, kind: $0.kind.rawValue, start: $0.codePoints.lowerBound, end: $0.codePoints.upperBound)
                }
            case .sentence:
                let sentences = try InputFailure.attempt { () throws(ZhNewsError) in try segmenter.sentences(in: text) }
                items = sentences
                pieces = sentences.map {
                    Piece(text: $0.text, kind: "sentence", start: $0.codePoints.lowerBound, end: $0.codePoints.upperBound)
                }
            }
            switch format {
            case .json:
                let list = EncodableList(items: items)
                if multiple { try json.add(FileOutput(input: source.name, tokens: list)) } else { try json.add(list) }
            case .jsonl:
                for item in items { try json.add(WithExtraKeys(value: EncodableItem(item: item), extra: [("input", .string(source.name))])) }
            case .csv:
                for p in pieces { StandardStreams.out(CSVWriter.row([source.name, p.text, "\(p.start)", "\(p.end)", p.kind])) }
            case .table, .text:
                var table = TextTable(headers: [level == .word ? "token" : "sentence", "kind", "start", "end"])
                table.maxCellWidth = level == .word ? 40 : 60
                for p in pieces { table.append([p.text, p.kind, "\(p.start)", "\(p.end)"]) }
                StandardStreams.out("== \(source.name)\n" + table.render())
            }
        }
        json.finish()
        try runner.finish()
    }
}
