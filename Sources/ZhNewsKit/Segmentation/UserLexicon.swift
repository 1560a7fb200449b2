/// Terms that word segmentation keeps whole even where ICU's dictionary splits
/// them (`碳达峰` → `碳/达峰`), merged into ``TokenKind/lexicon`` tokens.
///
/// A lexicon belongs to one ``Segmenter`` (there is no global lexicon).
public struct UserLexicon: Sendable, Hashable {
    /// The entries, in their normalised form.
    public private(set) var entries: Set<String>
    /// The longest entry, in scalars.
    private var longest: Int

    /// Creates a lexicon from its entries (blank entries are ignored).
    public init(_ entries: some Sequence<String>) {
        self.entries = []
        self.longest = 0
        for entry in entries { insert(entry) }
    }

    /// Adds an entry.
    public mutating func insert(_ entry: String) {
        let trimmed = entry.trimmingWhitespace()
        guard !trimmed.isEmpty else { return }
        entries.insert(trimmed)
        longest = max(longest, trimmed.unicodeScalars.count)
    }

    /// Whether the lexicon has no entry.
    public var isEmpty: Bool { entries.isEmpty }

    /// Merges runs of adjacent pieces whose text together is an entry, longest match first.
    func merge(_ pieces: [WordPiece], in text: String) -> [WordPiece] {
        guard !entries.isEmpty, pieces.count > 1 else { return pieces }
        let bytes = Array(text.utf8)
        var result: [WordPiece] = []
        result.reserveCapacity(pieces.count)
        var i = 0
        let maxBytes = longest * 4
        while i < pieces.count {
            var matched = -1
            // Only runs of at least two pieces that start and end on piece boundaries.
            var j = i + 1
            while j < pieces.count, pieces[j].bytes.upperBound - pieces[i].bytes.lowerBound <= maxBytes,
                pieces[j].kind != .whitespace, pieces[j].kind != .punctuation
            {
                let span = pieces[i].bytes.lowerBound..<pieces[j].bytes.upperBound
                if entries.contains(String(decoding: bytes[span], as: UTF8.self)) { matched = j }
                j += 1
            }
            if matched > i {
                result.append(WordPiece(bytes: pieces[i].bytes.lowerBound..<pieces[matched].bytes.upperBound, kind: .lexicon))
                i = matched + 1
            } else {
                result.append(pieces[i])
                i += 1
            }
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing whitespace (any Unicode whitespace).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
