import Foundation

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
final class LineReader: Sequence, IteratorProtocol {
    let fd: Int32
    let limit: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0
    private var end = 0
    private var eof = false
    private var lineNumber = 0
    /// Total bytes read so far.
    private(set) var bytesRead = 0
    /// The read error that ended the input early, if any.
    private(set) var readError: Int32?

    init(fd: Int32, limit: Int) {
        self.fd = fd
        self.limit = limit
    }

    func next() -> RawLine? {
        var pending: [UInt8] = []
        var length = 0
        var tooLong = false
        while true {
            if start < end, let nl = buffer[start..<end].firstIndex(of: 0x0A) {
                let chunk = nl - start
                length += chunk
                if !tooLong, length <= limit { pending.append(contentsOf: buffer[start..<nl]) } else { tooLong = true }
                start = nl + 1
                return line(pending, length: length, tooLong: tooLong)
            }
            if start < end {
                length += end - start
                if !tooLong, length <= limit + 1 { pending.append(contentsOf: buffer[start..<end]) } else {
                    tooLong = true
                    pending = []
                }
                start = end
            }
            if eof { return length > 0 ? line(pending, length: length, tooLong: tooLong) : nil }
            fill()
        }
    }

    private func line(_ bytes: [UInt8], length: Int, tooLong: Bool) -> RawLine {
        lineNumber += 1
        var bytes = bytes
        var length = length
        if !tooLong, bytes.last == 0x0D {
            bytes.removeLast()
            length -= 1
        }
        if tooLong || length > limit { return RawLine(number: lineNumber, bytes: nil, length: length) }
        return RawLine(number: lineNumber, bytes: bytes, length: length)
    }

    private func fill() {
        start = 0
        end = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { readError = errno }
            if n <= 0 { eof = true } else {
                end = n
                bytesRead += n
            }
            return
        }
    }
}
