import Foundation

/// Unbuffered writes to the standard streams with POSIX `write`, retrying short writes.
///
/// Foundation's `FileHandle.write` traps on I/O errors; these functions report them instead.
enum StandardStreams {
    /// Writes all of `bytes` to a file descriptor.
    /// - Returns: `false` if the descriptor refused the data (e.g. a closed pipe).
    @discardableResult
    static func write(_ bytes: some Collection<UInt8>, to fd: Int32) -> Bool {
        let array = Array(bytes)
        return array.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    /// Writes a string to standard output.
    @discardableResult
    static func out(_ text: String) -> Bool { write(Array(text.utf8), to: STDOUT_FILENO) }

    /// Prints one diagnostic line, prefixed with `zhnews: `, to standard error.
    static func error(_ message: String) {
        write(Array("zhnews: \(message)\n".utf8), to: STDERR_FILENO)
    }

    /// Whether a descriptor is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
}
