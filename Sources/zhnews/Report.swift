import ArgumentParser
import Foundation
import ZhNewsKit

/// `zhnews report FILE -o article.html`: an annotated HTML page of one article.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an annotated HTML page of one article: removals struck through, facts highlighted.",
        discussion: """
            The page is self-contained (inline style, no scripts, no external assets): the article \
            as given, each removal struck through and labelled with its reason, each fact \
            highlighted with its value, unit and subject on hover, the metadata as a header and a \
            table of facts.

            \(ExitStatus.helpText)
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(name: [.short, .customLong("output")], help: "Where to write the HTML page; standard output when omitted.")
    var output: String?

    func validate() throws {
        if input.files.count > 1 { throw ValidationError("report takes one article; run it once per file.") }
    }

    func run() throws {
        let pipeline = Pipeline(segmenter: Segmenter(options: try lexicon.segmenterOptions()))
        var runner = InputRunner(options: input)
        runner.forEachInput { source, text throws(InputFailure) in
            let analysis = try InputFailure.attempt { () throws(ZhNewsError) in try pipeline.analyze(text) }
            let name = source.path.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "standard input"
            let html = HTMLReport(original: text, analysis: analysis, sourceName: name).render()
            guard let output else {
                StandardStreams.out(html)
                return
            }
            do {
                try Data(html.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw InputFailure(message: "cannot write \(output): \(error.localizedDescription)")
            }
        }
        try runner.finish()
    }
}
