import ArgumentParser
import ZhNewsKit

/// What `--format` accepts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, csv, table, text

    /// The format when `--format` is not given: a table on a terminal, JSON otherwise.
    static func resolved(_ format: OutputFormat?, terminalDefault: OutputFormat = .table, pipeDefault: OutputFormat = .json)
        -> OutputFormat
    {
        format ?? (StandardStreams.isTerminal(1) ? terminalDefault : pipeDefault)
    }
}

/// What `--input-format` accepts.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    /// One article per file.
    case text
    /// One JSON object per line, `{"id": …, "text": …}`.
    case jsonl
}

/// What `--on-error` accepts in corpus mode.
enum RecordErrorPolicy: String, ExpressibleByArgument, CaseIterable {
    /// Write `{"id", "error": {"line", "message"}}` in the record's place.
    case record
    /// Leave the record out of the output.
    case skip
    /// Stop at the record with exit status 1.
    case fail
}

/// What `--encoding` accepts.
enum EncodingChoice: String, ExpressibleByArgument, CaseIterable {
    case utf8 = "utf-8", gb18030, gbk, big5, utf16le = "utf-16le", utf16be = "utf-16be", auto

    init?(argument: String) {
        switch argument.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le": self = .utf16le
        case "utf-16be", "utf16be": self = .utf16be
        case "gb18030", "gb-18030": self = .gb18030
        case "gbk", "cp936", "gb2312": self = .gbk
        case "big5", "big-5", "cp950": self = .big5
        case "auto": self = .auto
        default: return nil
        }
    }

    var textEncoding: TextEncoding {
        switch self {
        case .utf8: .utf8
        case .gb18030: .gb18030
        case .gbk: .gbk
        case .big5: .big5
        case .utf16le: .utf16LE
        case .utf16be: .utf16BE
        case .auto: .auto
        }
    }
}
