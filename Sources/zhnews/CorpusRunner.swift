import Dispatch
import Foundation
import Synchronization
import ZhNewsKit

/// `extract --input-format jsonl`: streams a corpus of `{"id", "text", …}` lines through the
/// library's ordered batch API and writes exactly one line per input line, in input order.
struct CorpusRunner {
    var pipeline: Pipeline
    var input: InputOptions
    var format: OutputFormat
    var policy: RecordErrorPolicy
    var options: BatchOptions
    var quiet: Bool

    /// What one record gives: the bytes to write and, for a failed record, the message.
    enum Outcome: Sendable {
        case analysed(output: [UInt8], facts: Int)
        case failed(output: [UInt8], id: String, message: String)
    }

    /// Thrown from the consumer to stop the batch.
    struct Stop: Error { var status: ExitStatus }

    func run() throws {
        let sink = OutputSink()
        let stats = CorpusStats()
        let interrupt = installInterruptHandler(sink: sink, stats: stats)
        defer { interrupt.cancel() }
        let progress = Progress(enabled: !quiet && StandardStreams.isTerminal(STDERR_FILENO), stats: stats,
                                totalBytes: totalBytes())
        if format == .csv { sink.append(lines: Array(FactRows.csvHeader.utf8)) }
        var status = ExitStatus.success
        let (pipeline, format, lossy, limit) = (self.pipeline, self.format, input.lossy, input.maxBytes)

        inputs: for source in input.sources {
            let fd: Int32
            do { fd = try source.open() } catch {
                StandardStreams.error("\(source.name): \(error.message)")
                status = .inputFailure
                continue
            }
            defer { if source.path != nil { close(fd) } }
            let reader = LineReader(fd: fd, limit: input.maxBytes)
            let name = source.name
            let baseBytes = stats.bytes
            do throws(Stop) {
                try OrderedBatch.stream(reader, options: options) { line in
                    Self.process(line, pipeline: pipeline, format: format, lossy: lossy, limit: limit)
                } consume: { _, outcome throws(Stop) in
                    stats.update { $0.bytes = baseBytes + reader.bytesRead }
                    switch outcome {
                    case .analysed(let output, let facts):
                        stats.update { $0.analysed += 1; $0.facts += facts }
                        guard sink.append(lines: output) else { throw Stop(status: .inputFailure) }
                    case .failed(let output, let id, let message):
                        stats.update { $0.failed += 1 }
                        progress.clear()
                        StandardStreams.error("\(name):\(id): \(message)")
                        switch policy {
                        case .record: guard sink.append(lines: output) else { throw Stop(status: .inputFailure) }
                        case .skip: break
                        case .fail: throw Stop(status: .inputFailure)
                        }
                    }
                    progress.tick()
                }
            } catch {
                status = error.status
                break inputs
            }
            if let code = reader.readError {
                progress.clear()
                StandardStreams.error("\(name): read error after \(reader.bytesRead) bytes: \(String(cString: strerror(code)))")
                status = .inputFailure
            }
        }
        if !sink.flush() {
            StandardStreams.error("<stdout>: write error")
            status = .inputFailure
        }
        progress.clear()
        if !quiet { StandardStreams.error(stats.summary(interrupted: false)) }
        if status != .success { throw CommandFailure(status: status) }
    }

    /// The total input size when every input is a regular file (for the ETA).
    private func totalBytes() -> Int? {
        var total = 0
        for source in input.sources {
            guard let size = source.regularFileSize else { return nil }
            total += size
        }
        return total
    }

    /// On SIGINT: flush the complete lines written so far, print the summary, exit 130.
    private func installInterruptHandler(sink: OutputSink, stats: CorpusStats) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue.global())
        let quiet = self.quiet
        source.setEventHandler {
            sink.flushAndExit(status: ExitStatus.interrupted.rawValue) {
                if StandardStreams.isTerminal(STDERR_FILENO) { StandardStreams.write(Array("\r\u{1B}[K".utf8), to: STDERR_FILENO) }
                if !quiet { StandardStreams.error(stats.summary(interrupted: true)) }
            }
        }
        source.resume()
        return source
    }
}

extension CorpusRunner {
    /// Keys of the output that a record's own keys never overwrite.
    static let reservedKeys: Set<String> = [
        "id", "text", "error", "metadata", "cleanText", "removed", "relatedHeadlines", "warnings", "facts",
    ]

    /// The error member of a failed record's line.
    struct RecordError: Encodable {
        struct Body: Encodable {
            var line: Int
            var message: String
        }
        var error: Body
    }

    /// Parses, analyses and renders one line (runs on a worker thread).
    static func process(_ raw: RawLine, pipeline: Pipeline, format: OutputFormat, lossy: Bool, limit: Int) -> Outcome {
        var id = JSONValue.null
        var carried: [(String, JSONValue)] = []

        func failure(_ message: String) -> Outcome {
            let value = WithExtraKeys(value: RecordError(error: .init(line: raw.number, message: message)),
                                      extra: [("id", id)] + carried)
            let output = format == .csv ? [] : ((try? JSONOutput.line(value)) ?? [])
            let label = id == .null ? "\(raw.number)" : "\(raw.number): id \(id.cellText)"
            return .failed(output: output, id: label, message: message)
        }

        guard var bytes = raw.bytes else {
            return failure("record of \(raw.length) bytes exceeds the limit of \(limit) bytes (see --max-bytes)")
        }
        if lossy, String(validating: bytes, as: UTF8.self) == nil {
            bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return failure("empty line (expected a JSON object)") }
        let object: [String: JSONValue]
        do {
            object = try JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
        } catch {
            return failure(describe(error))
        }
        id = object["id"] ?? .null
        carried = object.filter { !reservedKeys.contains($0.key) }.sorted { $0.key < $1.key }
        guard let textValue = object["text"] else { return failure("missing \"text\"") }
        guard case .string(let text) = textValue else { return failure("\"text\" is not a string") }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            return failure(ZhNewsError.emptyInput.description)
        }
        let analysis: ArticleAnalysis
        do { analysis = try pipeline.analyze(text) } catch { return failure(InputFailure(error).message) }
        if format == .csv {
            return .analysed(output: Array(FactRows.csv(analysis, id: id.cellText).utf8), facts: analysis.facts.count)
        }
        return .analysed(output: JSONOutput.line(analysis, extra: [("id", id)] + carried), facts: analysis.facts.count)
    }

    /// A short description of a JSON decoding error.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch:
            return "not a JSON object"
        case DecodingError.dataCorrupted(let context):
            var message = "invalid JSON"
            if let underlying = context.underlyingError {
                message += ": \(underlying.localizedDescription)"
            } else if !context.debugDescription.isEmpty {
                message += ": \(context.debugDescription)"
            }
            return message
        default:
            return "invalid JSON: \(error.localizedDescription)"
        }
    }
}

/// Counters of a corpus run, shared with the interrupt handler.
final class CorpusStats: Sendable {
    struct Value {
        var analysed = 0
        var failed = 0
        var facts = 0
        var bytes = 0
        let started = Date()
    }

    private let state = Mutex(Value())

    var value: Value { state.withLock { $0 } }
    var bytes: Int { state.withLock { $0.bytes } }

    func update(_ body: (inout Value) -> Void) { state.withLock { body(&$0) } }

    func summary(interrupted: Bool) -> String {
        let v = value
        let seconds = max(Date().timeIntervalSince(v.started), 0.001)
        let mb = Double(v.bytes) / 1_000_000
        let head = interrupted ? "interrupted after" : "done:"
        return "\(head) \(v.analysed + v.failed) records (\(v.analysed) analysed, \(v.failed) failed), \(v.facts) facts, "
            + String(format: "%.1f MB in %.1f s (%.2f MB/s)", mb, seconds, mb / seconds)
    }
}

/// A progress line on standard error, redrawn at most twice a second (only on a terminal).
final class Progress {
    let enabled: Bool
    let stats: CorpusStats
    let totalBytes: Int?
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool, stats: CorpusStats, totalBytes: Int?) {
        self.enabled = enabled
        self.stats = stats
        self.totalBytes = totalBytes
    }

    func tick() {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.5 else { return }
        lastDraw = now
        let v = stats.value
        let seconds = max(now.timeIntervalSince(v.started), 0.001)
        let rate = Double(v.bytes) / seconds
        var line = String(format: "%d articles  %.1f MB  %.2f MB/s", v.analysed + v.failed, Double(v.bytes) / 1_000_000, rate / 1_000_000)
        if let totalBytes, rate > 0, totalBytes >= v.bytes {
            let eta = Int(Double(totalBytes - v.bytes) / rate)
            line += String(format: "  ETA %d:%02d", eta / 60, eta % 60)
        }
        StandardStreams.write(Array("\r\u{1B}[K\(line)".utf8), to: STDERR_FILENO)
        drawn = true
    }

    func clear() {
        guard enabled, drawn else { return }
        StandardStreams.write(Array("\r\u{1B}[K".utf8), to: STDERR_FILENO)
        drawn = false
    }
}
