import ArgumentParser
import Foundation
import ZhNewsKit

/// `zhnews report FILE -o article.html`: an annotated HTML page of one article.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an annotated HTML page of one article: removals struck through, facts highlighted.",
        discussion: """
            The page is self-contained (inline style, no external assets). Removed text is struck \
            through and labelled with its reason; each fact is highlighted, with its value, unit and \
            subject shown on hover and listed in a table.
            """
    )

    @Argument(help: "The article (UTF-8 text); standard input when '-' or omitted.") var file: String = "-"
    @Option(name: [.short, .customLong("output")], help: "Where to write the HTML page; standard output when omitted.")
    var output: String?

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw ValidationError("cannot read \(file): \(error.localizedDescription)")
            }
        }
        let text = String(decoding: data, as: UTF8.self)
        let analysis = try Pipeline().analyze(text)
        let name = file == "-" ? "standard input" : URL(fileURLWithPath: file).lastPathComponent
        let html = HTMLReport(original: text, analysis: analysis, sourceName: name).render()
        if let output {
            do {
                try Data(html.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw ValidationError("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(html.utf8))
        }
    }
}
