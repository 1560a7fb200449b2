import Foundation
import Synchronization
import Testing

/// Runs the built `zhnews` binary.
enum CLI {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }

        /// Standard output parsed as JSON.
        func json() throws -> Any { try JSONSerialization.jsonObject(with: stdout, options: [.fragmentsAllowed]) }

        /// Standard output as JSON Lines.
        func jsonLines() throws -> [[String: Any]] {
            try output.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
        }
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The `zhnews` executable next to the test bundle (e.g. `.build/debug/zhnews`).
    static var executable: URL {
        get throws {
            var candidates = [Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("zhnews")]
            candidates.append(Bundle.main.bundleURL.appendingPathComponent("zhnews"))
            let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(packageRoot.appendingPathComponent(".build/debug/zhnews"))
            for url in candidates where FileManager.default.isExecutableFile(atPath: url.path) { return url }
            throw Missing(description: "zhnews binary not found; looked at \(candidates.map(\.path))")
        }
    }

    /// The path of `Fixtures/<path>` in the test bundle.
    static func fixture(_ path: String) throws -> String {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw Missing(description: "Fixtures folder missing from the test bundle")
        }
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(description: "fixture not found: \(path)") }
        return url.path
    }

    /// A temporary file holding `bytes`.
    static func temporaryFile(_ bytes: [UInt8], suffix: String = ".txt") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhnews-test-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Runs `zhnews arguments…` with `stdin` and waits for it.
    static func run(_ arguments: [String], stdin: [UInt8] = []) throws -> Run {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Feed stdin and drain both outputs concurrently so no pipe fills up.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(stdin))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errData = ErrorCollector(error.fileHandleForReading)
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: outData, stderr: errData.wait())
    }

    /// Reads a pipe to its end on a background thread.
    final class ErrorCollector: Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let data = Mutex(Data())

        init(_ handle: FileHandle) {
            Thread { [self] in
                let read = handle.readDataToEndOfFile()
                data.withLock { $0 = read }
                done.signal()
            }.start()
        }

        func wait() -> String {
            done.wait()
            return data.withLock { String(decoding: $0, as: UTF8.self) }
        }
    }
}
