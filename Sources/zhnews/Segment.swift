import ArgumentParser
import Foundation
import ZhNewsKit

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Split text into words or sentences.")

    enum Level: String, ExpressibleByArgument { case word, sentence }

    @Option(help: "word or sentence") var level: Level = .word
    @Option(help: "json or table") var format: String = "json"
    @Argument(help: "Input files; standard input when none or '-'.") var files: [String] = []

    func run() throws {
        let path = files.first ?? "-"
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        let segmenter = Segmenter()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let out: Data
        switch level {
        case .word: out = try encoder.encode(try segmenter.words(in: text).filter { $0.kind != .whitespace })
        case .sentence: out = try encoder.encode(try segmenter.sentences(in: text))
        }
        FileHandle.standardOutput.write(out)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
