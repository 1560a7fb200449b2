import Foundation
import Testing

/// Bad inputs: every error names the input and what is wrong, exits non-zero, never crashes.
struct InputRunnerTests {
    @Test func missingFile() throws {
        let run = try CLI.run(["extract", "--format", "json", "/nonexistent/article.txt"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/article.txt: no such file"))
        #expect(run.stdout.isEmpty)
    }

    @Test func directory() throws {
        let dir = FileManager.default.temporaryDirectory.path
        let run = try CLI.run(["extract", dir])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(dir): is a directory"))
    }

    @Test func invalidUTF8NamesTheByteOffsetAndHints() throws {
        let path = try CLI.temporaryFile(Array("新华网".utf8) + [0xC3, 0x28])
        let run = try CLI.run(["extract", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path): invalid UTF-8 at byte offset 9"))
        #expect(run.stderr.contains("--lossy"))
        #expect(run.stderr.contains("--encoding"))
    }

    @Test func lossyAcceptsInvalidUTF8() throws {
        let run = try CLI.run(["segment", "--lossy", "--format", "json"], stdin: Array("新华网".utf8) + [0xFF] + Array("报道".utf8))
        #expect(run.status == 0)
        let tokens = try #require(try run.json() as? [[String: Any]])
        #expect(tokens.contains { ($0["text"] as? String)?.contains("\u{FFFD}") == true })
    }

    @Test func autoEncodingReadsGBK() throws {
        // 中文报道 in GBK.
        let run = try CLI.run(["segment", "--encoding", "auto", "--format", "json"], stdin: [0xD6, 0xD0, 0xCE, 0xC4, 0xB1, 0xA8, 0xB5, 0xC0])
        #expect(run.status == 0, "\(run.stderr)")
        let tokens = try #require(try run.json() as? [[String: Any]])
        #expect(tokens.compactMap { $0["text"] as? String }.joined() == "中文报道")
    }

    @Test func byteOrderMarkIsNotPartOfTheText() throws {
        let run = try CLI.run(["segment", "--format", "json"], stdin: [0xEF, 0xBB, 0xBF] + Array("中文".utf8))
        let tokens = try #require(try run.json() as? [[String: Any]])
        #expect(tokens.first?["start"] as? Int == 0)
        #expect(tokens.first?["text"] as? String == "中文")
    }

    @Test(arguments: [[] as [UInt8], Array("  \n\u{3000}\n".utf8)])
    func emptyInput(bytes: [UInt8]) throws {
        let run = try CLI.run(["extract"], stdin: bytes)
        #expect(run.status == 1)
        #expect(run.stderr.contains("<stdin>: empty input"))
    }

    @Test func binaryInput() throws {
        let run = try CLI.run(["extract"], stdin: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00])
        #expect(run.status == 1)
        #expect(run.stderr.contains("<stdin>: binary data"))
    }

    @Test func tooLarge() throws {
        let run = try CLI.run(["extract", "--max-bytes", "10"], stdin: Array("这篇文章超过了十个字节".utf8))
        #expect(run.status == 1)
        #expect(run.stderr.contains("<stdin>: input exceeds the limit of 10 bytes"))
    }

    @Test func goodFilesAreStillProcessedAndTheExitIsNonZero() throws {
        let good = try CLI.fixture("articles/nanchang-blue-2021.txt")
        let run = try CLI.run(["extract", "--format", "json", "/nonexistent/a.txt", good])
        #expect(run.status == 1)
        let array = try #require(try run.json() as? [[String: Any]])
        #expect(array.count == 1)
        #expect(array.first?["input"] as? String == good)
    }

    @Test(arguments: [
        ["extract", "--format", "yaml"],
        ["extract", "--no-such-option"],
        ["segment", "--level", "paragraph"],
        ["extract", "--input-format", "jsonl", "--format", "table"],
        ["extract", "--jobs", "0"],
    ])
    func usageErrorsExitWith2(arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }

    @Test func helpDocumentsExitStatusAndExitsZero() throws {
        let run = try CLI.run(["extract", "--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("Exit status"))
    }
}
