import Foundation
import ZhNewsKit

/// A file or standard input, as named on the command line.
struct InputSource: Hashable {
    /// The path, or `nil` for standard input.
    var path: String?

    init(argument: String) { path = argument == "-" ? nil : argument }

    /// How diagnostics and output name it: the path, or `<stdin>`.
    var name: String { path ?? "<stdin>" }

    /// The size in bytes when it is a regular file.
    var regularFileSize: Int? {
        var info = stat()
        let status = path.map { stat($0, &info) } ?? fstat(STDIN_FILENO, &info)
        guard status == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Opens it for reading.
    /// - Throws: ``InputFailure`` naming what is wrong (missing, a directory, not permitted).
    func open() throws(InputFailure) -> Int32 {
        guard let path else { return STDIN_FILENO }
        let fd = Foundation.open(path, O_RDONLY)
        guard fd >= 0 else { throw InputFailure(errno: errno) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw InputFailure(message: "is a directory, not a file")
        }
        return fd
    }

    /// Reads everything, refusing more than `limit` bytes.
    func readBytes(limit: Int) throws(InputFailure) -> [UInt8] {
        if let size = regularFileSize, size > limit {
            throw InputFailure(message: ZhNewsError.inputTooLarge(bytes: size, limit: limit).description + " (see --max-bytes)")
        }
        let fd = try open()
        defer { if path != nil { close(fd) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputFailure(errno: errno, reading: true)
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit {
                throw InputFailure(message: "input exceeds the limit of \(limit) bytes (see --max-bytes)")
            }
        }
        return bytes
    }
}

/// Why an input could not be used, in words for a diagnostic.
struct InputFailure: Error, CustomStringConvertible {
    var message: String
    /// An internal (ICU) failure rather than a problem with the input.
    var isInternal = false

    init(message: String, isInternal: Bool = false) {
        self.message = message
        self.isInternal = isInternal
    }

    init(errno code: Int32, reading: Bool = false) {
        switch code {
        case ENOENT: message = "no such file"
        case EACCES, EPERM: message = "permission denied"
        case EISDIR: message = "is a directory, not a file"
        default:
            let reason = String(cString: strerror(code))
            message = reading ? "read error: \(reason)" : reason
        }
    }

    /// A decoding or analysis error, explained with a hint where one helps.
    init(_ error: ZhNewsError) {
        switch error {
        case .undecodableInput(let encoding, _):
            let hint = encoding == "UTF-8"
                ? "hint: legacy Chinese pages need --encoding gb18030, big5 or auto; --lossy replaces bad bytes with U+FFFD"
                : "hint: try another --encoding, or --lossy to replace bad bytes with U+FFFD"
            message = "\(error.description) (\(hint))"
        case .binaryInput:
            message = error.description
        case .emptyInput, .inputTooLarge, .invalidConfiguration:
            message = error.description
        case .icu:
            message = "internal error: \(error.description)"
            isInternal = true
        }
    }

    var description: String { message }
}
