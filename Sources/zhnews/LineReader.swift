import Foundation
import Synchronization

/// One physical line of a JSON Lines input.
struct RawLine: Sendable {
    /// 1-based line number in its input.
    var number: Int
    /// The line without its terminator (`\n` or `\r\n`), or `nil` when it was longer than the limit.
    var bytes: [UInt8]?
    /// The length of the line in bytes, terminator excluded.
    var length: Int
}

/// Reads a file descriptor line by line in constant memory (plus the longest accepted line).
/// Lines longer than `limit` are skipped up to their end and yielded without their bytes.
///
/// It is `Sendable` so that a background thread can read while another reports progress:
/// the read position is only touched by the reading thread, the counters by anyone.
final class LineReader: Sequence, IteratorProtocol, Sendable {
    private struct Position {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var start = 0
        var end = 0
        var eof = false
        var lineNumber = 0
    }

    let fd: Int32
    let limit: Int
    private let position = Mutex(Position())
    private let counters = Mutex((bytes: 0, error: Int32?.none))

    init(fd: Int32, limit: Int) {
        self.fd = fd
        self.limit = limit
    }

    /// Total bytes read so far.
    var bytesRead: Int { counters.withLock { $0.bytes } }
    /// The read error that ended the input early, if any.
    var readError: Int32? { counters.withLock { $0.error } }

    func next() -> RawLine? {
        position.withLock { p in
            var pending: [UInt8] = []
            var length = 0
            var tooLong = false
            while true {
                if p.start < p.end, let nl = p.buffer[p.start..<p.end].firstIndex(of: 0x0A) {
                    length += nl - p.start
                    if !tooLong, length <= limit + 1 { pending.append(contentsOf: p.buffer[p.start..<nl]) } else { tooLong = true }
                    p.start = nl + 1
                    return line(pending, length: length, tooLong: tooLong, number: &p.lineNumber)
                }
                if p.start < p.end {
                    length += p.end - p.start
                    if !tooLong, length <= limit + 1 { pending.append(contentsOf: p.buffer[p.start..<p.end]) } else {
                        tooLong = true
                        pending = []
                    }
                    p.start = p.end
                }
                if p.eof {
                    return length > 0 ? line(pending, length: length, tooLong: tooLong, number: &p.lineNumber) : nil
                }
                fill(&p)
            }
        }
    }

    private func line(_ bytes: [UInt8], length: Int, tooLong: Bool, number: inout Int) -> RawLine {
        number += 1
        var bytes = bytes
        var length = length
        if !tooLong, bytes.last == 0x0D {
            bytes.removeLast()
            length -= 1
        }
        if tooLong || length > limit { return RawLine(number: number, bytes: nil, length: length) }
        return RawLine(number: number, bytes: bytes, length: length)
    }

    private func fill(_ p: inout Position) {
        p.start = 0
        p.end = 0
        while true {
            let n = p.buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 {
                let code = errno
                counters.withLock { $0.error = code }
            }
            if n <= 0 {
                p.eof = true
            } else {
                p.end = n
                counters.withLock { $0.bytes += n }
            }
            return
        }
    }
}
