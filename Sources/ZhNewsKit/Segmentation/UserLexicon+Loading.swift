public import Foundation

extension UserLexicon {
    /// What loading a lexicon file did: how many entries it took and which
    /// lines it skipped, and why.
    public struct LoadReport: Sendable, Hashable, Codable {
        /// Why a line gave no entry.
        public enum Reason: String, Sendable, Hashable, Codable {
            /// The line is empty or only whitespace.
            case blank
            /// The line starts with `#`.
            case comment
            /// The term is longer than ``UserLexicon/maximumEntryLength`` characters.
            case tooLong
            /// The term holds punctuation, symbols, control characters or U+FFFD,
            /// or is empty once normalised.
            case invalid
            /// The term (once normalised) is already in the lexicon.
            case duplicate
        }

        /// A skipped line.
        public struct Skipped: Sendable, Hashable, Codable {
            /// The 1-based line number.
            public var line: Int
            /// Why it was skipped.
            public var reason: Reason
            /// The line's term as written (empty for blank lines).
            public var text: String
        }

        /// The number of entries added.
        public var loaded: Int = 0
        /// The lines that gave no entry, in file order.
        public var skipped: [Skipped] = []

        /// Skipped lines other than blank lines and comments: the ones a user
        /// may want to fix.
        public var problems: [Skipped] { skipped.filter { $0.reason != .blank && $0.reason != .comment } }
    }

    /// Reads a lexicon from text: one term per line.
    ///
    /// The format: UTF-8, a byte-order mark is ignored; lines end in `\n`,
    /// `\r\n` or `\r`; a line whose first non-blank character is `#` is a
    /// comment; on other lines the term is the first whitespace-separated
    /// field (further fields, such as the frequency and tag columns of other
    /// segmenters' dictionaries, are ignored). Each term is normalised with
    /// `normalizer` before it is stored, so traditional-character and
    /// full-width entries match normalised text.
    ///
    /// - Parameters:
    ///   - text: The lexicon's contents.
    ///   - normalizer: The normaliser the segmenter uses (all steps by default).
    /// - Returns: The lexicon and a report of loaded entries and skipped lines.
    /// - Throws: ``ZhNewsError/icu(_:)`` if normalisation fails.
    /// - Complexity: O(n) in the length of `text`.
    public static func load(from text: String, normalizer: Normalizer = Normalizer()) throws(ZhNewsError) -> (
        lexicon: UserLexicon, report: LoadReport
    ) {
        var lexicon = UserLexicon([String]())
        var report = LoadReport()
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        var lineNumber = 0
        for rawLine in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = String(rawLine).trimmingWhitespace()
            if line.isEmpty {
                report.skipped.append(.init(line: lineNumber, reason: .blank, text: ""))
                continue
            }
            if line.hasPrefix("#") {
                report.skipped.append(.init(line: lineNumber, reason: .comment, text: line))
                continue
            }
            let term = String(line.unicodeScalars.prefix { !$0.properties.isWhitespace })
            if term.unicodeScalars.count > maximumEntryLength {
                report.skipped.append(.init(line: lineNumber, reason: .tooLong, text: term))
                continue
            }
            let normalized = try normalizer.normalize(term).text
            guard !normalized.isEmpty, normalized.unicodeScalars.allSatisfy(isTermScalar) else {
                report.skipped.append(.init(line: lineNumber, reason: .invalid, text: term))
                continue
            }
            guard !lexicon.entries.contains(normalized) else {
                report.skipped.append(.init(line: lineNumber, reason: .duplicate, text: term))
                continue
            }
            lexicon.insert(normalized)
            report.loaded += 1
        }
        // A final line break does not make an extra (blank) line.
        if let last = report.skipped.last, last.reason == .blank, last.line == lineNumber,
            body.last == "\n" || body.last == "\r" || body.last == "\r\n"
        {
            report.skipped.removeLast()
        }
        return (lexicon, report)
    }

    /// Reads a lexicon file (see ``load(from:normalizer:)`` for the format).
    ///
    /// - Parameters:
    ///   - url: A file URL.
    ///   - normalizer: The normaliser the segmenter uses.
    /// - Returns: The lexicon and a report of loaded entries and skipped lines.
    /// - Throws: ``ZhNewsError/invalidConfiguration(_:)`` when the file cannot
    ///   be read or is not UTF-8; ``ZhNewsError/icu(_:)`` if normalisation fails.
    public static func load(contentsOf url: URL, normalizer: Normalizer = Normalizer()) throws(ZhNewsError) -> (
        lexicon: UserLexicon, report: LoadReport
    ) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .invalidConfiguration("cannot read lexicon \(url.path): \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidConfiguration("lexicon \(url.path) is not UTF-8")
        }
        return try load(from: text, normalizer: normalizer)
    }

    /// Letters (any script), marks and digits; `·` and `-` inside names.
    private static func isTermScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return s == "·" || s == "-"
        }
    }
}
