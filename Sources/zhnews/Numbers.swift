import ArgumentParser
import ZhNewsKit

struct Numbers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every numeric expression with its value and unit.",
        discussion: """
            Runs the number parser over the normalised text (no cleaning). json prints an array of \
            {"text", "start", "end", "kind", "value", "unit", "qualifier", "rangeEnd"} per input (an array \
            of {"input", "expressions"} objects for several files); jsonl one expression a line with \
            "input"; csv one row per expression.

            \(ExitStatus.helpText)
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: json, jsonl, csv or table (default: table on a terminal, else json).")
    var format: OutputFormat?

    func validate() throws {
        if format == .text { throw ValidationError("numbers writes json, jsonl, csv or table.") }
    }

    struct FileOutput: Encodable {
        var input: String
        var expressions: [NumericExpression]
    }

    func run() throws {
        let format = OutputFormat.resolved(format)
        let segmenter = Segmenter()
        let parser = NumberParser()
        var runner = InputRunner(options: input)
        let multiple = input.sources.count > 1
        var json = JSONCollector(format: format, multiple: multiple)
        if format == .csv {
            StandardStreams.out(CSVWriter.row(["input", "text", "start", "end", "kind", "value", "unit", "qualifier", "rangeEnd"]))
        }
        runner.forEachInput { source, text throws(InputFailure) in
            let mapped = try InputFailure.attempt { () throws(ZhNewsError) in try segmenter.normalize(text) }
            let expressions = parser.expressions(in: mapped)
            switch format {
            case .json:
                if multiple { try json.add(FileOutput(input: source.name, expressions: expressions)) } else { try json.add(expressions) }
            case .jsonl:
                for e in expressions { try json.add(WithExtraKeys(value: e, extra: [("input", .string(source.name))])) }
            case .csv:
                for e in expressions {
                    StandardStreams.out(CSVWriter.row([
                        source.name, e.text, "\(e.codePoints.lowerBound)", "\(e.codePoints.upperBound)", e.kind.rawValue,
                        "\(e.value)", e.unit ?? "", e.qualifier?.rawValue ?? "", e.rangeEnd.map { "\($0)" } ?? "",
                    ]))
                }
            case .table, .text:
                var table = TextTable(headers: ["text", "value", "unit", "kind", "qualifier", "start", "end"])
                for e in expressions {
                    table.append([e.text, "\(e.value)", e.unit ?? "", e.kind.rawValue, FactRows.qualifierText(e),
                                  "\(e.codePoints.lowerBound)", "\(e.codePoints.upperBound)"])
                }
                StandardStreams.out("== \(source.name): \(expressions.count) expression(s)\n" + (expressions.isEmpty ? "" : table.render()))
            }
        }
        json.finish()
        try runner.finish()
    }
}
