import Foundation
import Testing

struct CorpusRunnerTests {
    static func record(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// A corpus with good records, a malformed line, an empty line and a record without text.
    static func corpus() throws -> (String, Int) {
        let article = try String(contentsOfFile: CLI.fixture("articles/nanchang-blue-2021.txt"), encoding: .utf8)
        var lines: [String] = []
        for i in 0..<24 {
            switch i {
            case 5: lines.append("{\"id\": 5, \"text\": ")
            case 9: lines.append("")
            case 13: lines.append(try record(["id": "r13", "source": "feed"]))
            default:
                lines.append(try record(["id": "r\(i)", "text": String(article.prefix(200 + 37 * i)), "source": "feed", "n": i]))
            }
        }
        return (lines.joined(separator: "\n") + "\n", lines.count)
    }

    @Test(arguments: [1, 3])
    func oneLinePerInputLineInOrderWithCarriedKeys(jobs: Int) throws {
        let (corpus, count) = try Self.corpus()
        let run = try CLI.run(["extract", "--input-format", "jsonl", "--jobs", "\(jobs)", "--quiet"], stdin: Array(corpus.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try run.jsonLines()
        #expect(lines.count == count)
        for (i, line) in lines.enumerated() {
            switch i {
            case 5, 9:
                let error = try #require(line["error"] as? [String: Any])
                #expect(error["line"] as? Int == i + 1)
                #expect(error["message"] is String)
            case 13:
                #expect(line["id"] as? String == "r13")
                #expect((line["error"] as? [String: Any])?["message"] as? String == "missing \"text\"")
            default:
                #expect(line["id"] as? String == "r\(i)")
                #expect(line["n"] as? Int == i)
                #expect(line["source"] as? String == "feed")
                #expect(line["facts"] is [Any])
                #expect(line["text"] == nil)
                #expect(line["error"] == nil)
            }
        }
        #expect(run.stderr.contains("<stdin>:6: invalid JSON"))
        #expect(run.stderr.contains("<stdin>:14: id r13: missing \"text\""))
    }

    @Test func skipLeavesFailedRecordsOut() throws {
        let (corpus, count) = try Self.corpus()
        let run = try CLI.run(["extract", "--input-format", "jsonl", "--on-error", "skip", "--quiet"], stdin: Array(corpus.utf8))
        #expect(run.status == 0)
        #expect(try run.jsonLines().count == count - 3)
    }

    @Test func failStopsWithStatus1AfterTheEarlierRecords() throws {
        let (corpus, _) = try Self.corpus()
        let run = try CLI.run(["extract", "--input-format", "jsonl", "--on-error", "fail", "--quiet"], stdin: Array(corpus.utf8))
        #expect(run.status == 1)
        let lines = try run.jsonLines()
        #expect(lines.map { $0["id"] as? String } == ["r0", "r1", "r2", "r3", "r4"])
    }

    @Test func csvGivesFactRowsWithTheRecordId() throws {
        let (corpus, _) = try Self.corpus()
        let run = try CLI.run(["extract", "--input-format", "jsonl", "--format", "csv", "--quiet"], stdin: Array(corpus.utf8))
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("id,subject,value,unit,kind,"))
    }

    @Test func summaryOnStandardErrorUnlessQuiet() throws {
        let run = try CLI.run(["extract", "--input-format", "jsonl"], stdin: Array(try Self.record(["id": 1, "text": "增长了5%。"]).utf8))
        #expect(run.status == 0)
        #expect(run.stderr.contains("1 records (1 analysed, 0 failed)"))
        #expect(try run.jsonLines().first?["id"] as? Int == 1)
    }

    @Test func crlfLineEndsAndAMissingFinalNewline() throws {
        let corpus = try Self.record(["id": "a", "text": "增长5%。"]) + "\r\n" + Self.record(["id": "b", "text": "共18名。"])
        let run = try CLI.run(["extract", "--input-format", "jsonl", "--quiet"], stdin: Array(corpus.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try run.jsonLines().map { $0["id"] as? String } == ["a", "b"])
        #expect(run.output.hasSuffix("\n"))
    }

    @Test func oversizedRecordBecomesAnErrorLine() throws {
        let corpus = try Self.record(["id": "big", "text": String(repeating: "很长的文章。", count: 100)]) + "\n"
            + Self.record(["id": "ok", "text": "增长5%。"]) + "\n"
        let run = try CLI.run(["extract", "--input-format", "jsonl", "--quiet", "--max-bytes", "500"], stdin: Array(corpus.utf8))
        #expect(run.status == 0)
        let lines = try run.jsonLines()
        #expect(lines.count == 2)
        #expect((lines.first?["error"] as? [String: Any])?["line"] as? Int == 1)
        #expect(lines.last?["id"] as? String == "ok")
        #expect(run.stderr.contains("exceeds the limit of 500 bytes"))
    }

    @Test func missingCorpusFileIsAnIOError() throws {
        let run = try CLI.run(["extract", "--input-format", "jsonl", "--quiet", "/nonexistent/corpus.jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/corpus.jsonl: no such file"))
    }

    @Test func sigintLeavesOnlyCompleteLines() throws {
        let process = Process()
        process.executableURL = try CLI.executable
        process.arguments = ["extract", "--input-format", "jsonl", "--jobs", "2"]
        let input = Pipe(), output = Pipe(), error = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, error)
        try process.run()
        let line = try Self.record(["id": "x", "text": "空气质量优良率为84.4%,同比提升2个百分点。"]) + "\n"
        for _ in 0..<50 { input.fileHandleForWriting.write(Data(line.utf8)) }
        // Results must arrive while standard input is still open (a co-process waits for them).
        var data = Data()
        // A watchdog so that a regression fails the test instead of hanging it.
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { if process.isRunning { process.terminate() } }
        while data.filter({ $0 == 0x0A }).count < 50 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
        }
        // Interrupt while the tool waits for more input: it must flush whole lines and exit 130.
        process.interrupt()
        let collector = CLI.ErrorCollector(error.fileHandleForReading)
        data.append(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationStatus == 130)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        for row in text.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(row.utf8))) != nil)
        }
        #expect(text.split(separator: "\n").count == 50)
        #expect(collector.wait().contains("interrupted after 50 records"))
    }
}
