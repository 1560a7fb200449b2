import ArgumentParser
import Foundation
import ZhNewsKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Analyse articles: metadata, clean text, removals and facts.")

    @Option(help: "json") var format: String = "json"
    @Argument(help: "Input files; standard input when none or '-'.") var files: [String] = []

    func run() throws {
        let path = files.first ?? "-"
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        let analysis = try Pipeline().analyze(text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(analysis))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
