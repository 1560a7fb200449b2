import Foundation
import Synchronization

/// Standard output for corpus mode: buffers whole lines and writes them with POSIX `write`
/// under a lock, so that an interrupt handler can flush and exit without ever leaving a
/// partial line.
final class OutputSink: Sendable {
    private struct State {
        var buffer: [UInt8] = []
        var failed = false
    }

    private let state = Mutex(State())
    // Each record is written at once: a co-process waiting for its answer must get it, and one
    // write per article costs nothing next to analysing it.
    private let flushThreshold = 1

    /// Appends complete lines (each ending in `\n`).
    /// - Returns: `false` once standard output refused data.
    @discardableResult
    func append(lines: [UInt8]) -> Bool {
        state.withLock { s in
            s.buffer += lines
            if s.buffer.count >= flushThreshold { Self.flush(&s) }
            return !s.failed
        }
    }

    /// Writes out what is buffered.
    @discardableResult
    func flush() -> Bool {
        state.withLock { s in
            Self.flush(&s)
            return !s.failed
        }
    }

    /// Flushes whole lines, runs `last` (e.g. a summary on standard error) and ends the
    /// process with `status` while holding the lock, so no other line can start.
    func flushAndExit(status: Int32, last: () -> Void) -> Never {
        state.withLock { s in
            Self.flush(&s)
            last()
            _exit(status)
        }
    }

    private static func flush(_ s: inout State) {
        guard !s.buffer.isEmpty else { return }
        if !s.failed, !StandardStreams.write(s.buffer, to: STDOUT_FILENO) { s.failed = true }
        s.buffer.removeAll(keepingCapacity: true)
    }
}
