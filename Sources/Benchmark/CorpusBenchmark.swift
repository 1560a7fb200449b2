import Foundation
import ZhNewsKit

/// One line of the generated corpus.
struct CorpusRecord: Codable, Sendable {
    var id: String
    var source: String
    var text: String
}

/// What one corpus run measured (printed by a worker child as one JSON line).
struct CorpusResult: Codable, Sendable {
    var workers: Int
    var articles: Int
    var errors: Int
    /// UTF-8 bytes of article text analysed.
    var textBytes: Int
    /// Bytes of the JSONL file read.
    var fileBytes: Int
    /// Bytes of JSON written (to nowhere).
    var outputBytes: Int
    var seconds: Double
    var cpuSeconds: Double
    /// CPU time of the calling thread (reading lines, collecting results): the serial part.
    var callingThreadCPUSeconds: Double = 0
    /// Peak RSS from getrusage `ru_maxrss`.
    var peakRSSMB: Double
    /// Peak RSS of the worker's own address space (`VmHWM`), when known.
    var highWaterMarkMB: Double?
}

/// The lines of a file, read 1 MB at a time (without their line breaks; empty lines skipped).
/// This runs on the batch's calling thread, the serial part of a corpus run, so it
/// scans a byte array with `memchr` rather than slicing `Data`.
struct LineSequence: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    mutating func next() -> Data? {
        while true {
            let from = start
            let newline: Int? = buffer.withUnsafeBufferPointer { bytes in
                guard from < bytes.count, let base = bytes.baseAddress,
                    let hit = memchr(base + from, 0x0A, bytes.count - from)
                else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            if let newline {
                start = newline + 1
                if newline == from { continue }
                return Data(buffer[from..<newline])
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Data(buffer[start...])
                start = buffer.count
                return line
            }
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
            buffer.removeFirst(start)
            start = 0
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }
}

/// Generates, reads and analyses a news-like JSONL corpus.
enum CorpusBenchmark {
    /// Writes a corpus of at least `megabytes` MB to `path`, unless a file of
    /// that size is already there.
    static func generate(at path: String, megabytes: Double, fixtures: String) throws {
        let target = Int(megabytes * 1_000_000)
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int, size >= target, size < target + 200_000
        {
            return
        }
        var generator = try ArticleGenerator(folder: fixtures, seed: 0x5EED_C0FF)
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw BenchmarkOptions.UsageError(description: "cannot write \(path)")
        }
        defer { try? handle.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var written = 0
        var n = 0
        var chunk = Data()
        while written < target {
            n += 1
            let record = CorpusRecord(id: String(format: "a%07d", n), source: "generated", text: generator.next())
            var line = try encoder.encode(record)
            line.append(0x0A)
            written += line.count
            chunk.append(line)
            if chunk.count > 1 << 20 {
                try handle.write(contentsOf: chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: chunk)
    }

    /// Calls `body` with every line of the file at `path`, reading 1 MB at a time.
    static func forEachLine(in path: String, _ body: (Data) async throws -> Void) async throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BenchmarkOptions.UsageError(description: "cannot read \(path)")
        }
        defer { try? handle.close() }
        var buffer = Data()
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            buffer.append(chunk)
            var start = buffer.startIndex
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                if newline > start { try await body(Data(buffer[start..<newline])) }
                start = newline + 1
            }
            buffer = Data(buffer[start...])
        }
        if !buffer.isEmpty { try await body(buffer) }
    }

    /// Analyses one JSONL line end to end: decode, analyse, write the result line.
    /// Returns (text bytes, output bytes), or nil when the line failed.
    static func process(_ line: Data, pipeline: Pipeline) -> (text: Int, output: Int)? {
        do {
            let record = try JSONDecoder().decode(CorpusRecord.self, from: line)
            let analysis = try pipeline.analyze(record.text)
            // The line `zhnews extract --input-format jsonl` writes: the analysis with
            // the record's other keys carried beside it.
            var json = JSONWriter(capacity: 4 * record.text.utf8.count + 1024)
            var id = JSONWriter(), source = JSONWriter()
            id.write(record.id)
            source.write(record.source)
            analysis.write(to: &json, merging: [("id", id.bytes), ("source", source.bytes)])
            json.bytes.append(0x0A)
            return (record.text.utf8.count, json.bytes.count)
        } catch {
            return nil
        }
    }

    /// Runs the whole corpus through the library's batch engine
    /// (``OrderedBatch/map(_:options:transform:consume:)``, which also drives
    /// `Pipeline.analyze(_:options:forEach:)` and `zhnews extract --input-format jsonl`):
    /// lines are read on the calling thread, decoded, analysed and encoded on
    /// `workers` threads, and delivered in order with a bounded window.
    static func run(path: String, workers: Int) throws -> CorpusResult {
        let pipeline = Pipeline()
        let cpuBefore = Stopwatch.cpuSeconds()
        let threadBefore = Stopwatch.threadCPUSeconds()
        var result = CorpusResult(
            workers: workers, articles: 0, errors: 0, textBytes: 0, fileBytes: 0, outputBytes: 0, seconds: 0,
            cpuSeconds: 0, peakRSSMB: 0, highWaterMarkMB: nil)
        guard let lines = LineSequence(path: path) else {
            throw BenchmarkOptions.UsageError(description: "cannot read \(path)")
        }
        let (seconds, _) = Stopwatch.time { () -> Int in
            OrderedBatch.map(lines, options: BatchOptions(jobs: workers)) { line in
                (line.count + 1, process(line, pipeline: pipeline))
            } consume: { _, done in
                result.articles += 1
                result.fileBytes += done.0
                if let counts = done.1 {
                    result.textBytes += counts.text
                    result.outputBytes += counts.output
                } else {
                    result.errors += 1
                }
            }
            return 0
        }
        result.seconds = seconds
        result.cpuSeconds = Stopwatch.cpuSeconds() - cpuBefore
        result.callingThreadCPUSeconds = Stopwatch.threadCPUSeconds() - threadBefore
        result.peakRSSMB = Stopwatch.peakRSSMB()
        result.highWaterMarkMB = Stopwatch.highWaterMarkMB()
        return result
    }

    /// Runs a worker child (this executable with `--corpus-worker N`) and reads its result line.
    static func runChild(path: String, workers: Int) throws -> CorpusResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--corpus-worker", String(workers), "--corpus-input", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let line = output.split(separator: 0x0A).last(where: { $0.first == UInt8(ascii: "{") })
        else {
            throw BenchmarkOptions.UsageError(description: "corpus worker failed (status \(process.terminationStatus))")
        }
        return try JSONDecoder().decode(CorpusResult.self, from: Data(line))
    }
}
