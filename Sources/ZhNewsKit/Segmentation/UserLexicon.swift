/// Terms that word segmentation keeps whole even where ICU's dictionary splits
/// them (`碳达峰` → `碳/达峰`, `东江湖` → `东/江湖`), merged into
/// ``TokenKind/lexicon`` tokens.
///
/// ```swift
/// let (lexicon, report) = try UserLexicon.load(from: "碳达峰\n東江湖\n# 注释\n")
/// report.loaded             // 2
/// var options = Segmenter.Options()
/// options.lexicon = lexicon
/// let segmenter = Segmenter(options: options)
/// ```
///
/// A lexicon is a value that belongs to one ``Segmenter`` (there is no global
/// lexicon). A match starts where an ICU word starts, takes the longest entry,
/// and ends where an ICU word ends or inside a Han word (which is then cut).
public struct UserLexicon: Sendable, Hashable {
    /// The entries, in their normalised form.
    public private(set) var entries: Set<String>
    /// The entries as a byte trie.
    private var trie = ByteTrie()
    /// First scalar of every entry, as a bit set over the BMP (and a set
    /// beyond it): a cheap filter before walking the trie.
    private var firstInBMP = [UInt64](repeating: 0, count: 1024)
    private var firstBeyondBMP: Set<UInt32> = []

    /// The longest entry accepted, in characters.
    public static let maximumEntryLength = 32

    /// Creates a lexicon from entries taken as written (leading and trailing
    /// whitespace trimmed, blank entries ignored).
    ///
    /// Entries are matched against *normalised* text, so they should be in
    /// simplified characters and half-width ASCII; use
    /// ``init(normalizing:with:)`` for entries that may not be.
    public init(_ entries: some Sequence<String>) {
        self.entries = []
        for entry in entries { insert(entry) }
    }

    /// Creates a lexicon whose entries are first normalised like the text
    /// they will be matched against (so `東江湖` matches `东江湖`).
    ///
    /// - Parameters:
    ///   - entries: The terms.
    ///   - normalizer: The normaliser the segmenter uses (all steps by default).
    /// - Throws: ``ZhNewsError/icu(_:)`` if normalisation fails.
    public init(normalizing entries: some Sequence<String>, with normalizer: Normalizer = Normalizer()) throws(ZhNewsError) {
        self.entries = []
        for entry in entries { insert(try normalizer.normalize(entry).text) }
    }

    /// Adds an entry as written (trimmed).
    public mutating func insert(_ entry: String) {
        let trimmed = entry.trimmingWhitespace()
        guard !trimmed.isEmpty, entries.insert(trimmed).inserted else { return }
        trie.insert(Array(trimmed.utf8))
        let first = trimmed.unicodeScalars.first!.value
        if first < 0x10000 {
            firstInBMP[Int(first >> 6)] |= 1 << UInt64(first & 63)
        } else {
            firstBeyondBMP.insert(first)
        }
    }

    /// Whether the lexicon has no entry.
    public var isEmpty: Bool { entries.isEmpty }

    /// The number of entries.
    public var count: Int { entries.count }

    public static func == (lhs: UserLexicon, rhs: UserLexicon) -> Bool { lhs.entries == rhs.entries }

    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// Merges pieces into entries, longest match first.
    ///
    /// - Complexity: O(n · L) in the number of bytes, L the longest entry in bytes.
    func merge(_ pieces: [WordPiece], in text: String) -> [WordPiece] {
        guard !entries.isEmpty, !pieces.isEmpty else { return pieces }
        return text.withUTF8Buffer { b in merge(pieces, bytes: b) }
    }

    private func merge(_ input: [WordPiece], bytes b: UnsafeBufferPointer<UInt8>) -> [WordPiece] {
        var pieces = input
        var result: [WordPiece] = []
        result.reserveCapacity(pieces.count)
        let n = b.count
        var i = 0
        while i < pieces.count {
            let piece = pieces[i]
            let start = piece.bytes.lowerBound
            guard piece.kind == .ideographic || piece.kind == .letter || piece.kind == .lexicon || piece.kind == .kana,
                mayStartEntry(Self.scalar(b, at: start))
            else {
                result.append(piece)
                i += 1
                continue
            }
            var node = ByteTrie.root
            var j = i
            var best: (end: Int, piece: Int)? = nil
            var pos = start
            while pos < n, let next = trie.child(of: node, byte: b[pos]) {
                node = next
                pos += 1
                while pieces[j].bytes.upperBound < pos { j += 1 }
                guard trie.isTerminal(node) else { continue }
                if pieces[j].bytes.upperBound == pos || pieces[j].kind == .ideographic {
                    best = (pos, j)
                }
            }
            guard let best else {
                result.append(piece)
                i += 1
                continue
            }
            result.append(WordPiece(bytes: start..<best.end, kind: .lexicon))
            if pieces[best.piece].bytes.upperBound == best.end {
                i = best.piece + 1
            } else {
                pieces[best.piece].bytes = best.end..<pieces[best.piece].bytes.upperBound
                i = best.piece
            }
        }
        return result
    }

    @inline(__always) private func mayStartEntry(_ scalar: UInt32) -> Bool {
        if scalar < 0x10000 { return firstInBMP[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0 }
        return firstBeyondBMP.contains(scalar)
    }

    /// The scalar starting at byte `i` of valid UTF-8.
    @inline(__always) private static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        let c = b[i]
        if c < 0x80 { return UInt32(c) }
        if c < 0xE0, i + 1 < b.count { return (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F) }
        if c < 0xF0, i + 2 < b.count {
            return (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        }
        if i + 3 < b.count {
            return (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                | UInt32(b[i + 3] & 0x3F)
        }
        return 0xFFFD
    }
}

/// A trie over UTF-8 bytes, stored as one dictionary of edges.
struct ByteTrie: Sendable, Hashable {
    static let root: Int32 = 0
    /// Edges keyed by `node << 8 | byte` in an open-addressing table with a
    /// multiplicative hash: one probe per byte on the hot path, where a
    /// `Dictionary` would run the seeded SipHash for every byte of the text.
    private var keys = [Int64](repeating: -1, count: 64)
    private var children = [Int32](repeating: 0, count: 64)
    private var edgeCount = 0
    /// Per node: whether a lexicon entry ends there.
    private var terminals: [Bool] = [false]
    private var nodeCount: Int32 = 1

    mutating func insert(_ bytes: [UInt8]) {
        var node = Self.root
        for byte in bytes {
            let key = Int64(node) << 8 | Int64(byte)
            if let next = lookup(key) {
                node = next
            } else {
                store(key, nodeCount)
                node = nodeCount
                nodeCount += 1
                terminals.append(false)
            }
        }
        terminals[Int(node)] = true
    }

    @inline(__always) func child(of node: Int32, byte: UInt8) -> Int32? {
        lookup(Int64(node) << 8 | Int64(byte))
    }

    @inline(__always) func isTerminal(_ node: Int32) -> Bool { terminals[Int(node)] }

    @inline(__always) private static func slot(_ key: Int64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always) private func lookup(_ key: Int64) -> Int32? {
        let mask = keys.count - 1
        var i = Self.slot(key, mask: mask)
        while true {
            let k = keys[i]
            if k == key { return children[i] }
            if k == -1 { return nil }
            i = (i + 1) & mask
        }
    }

    private mutating func store(_ key: Int64, _ child: Int32) {
        if (edgeCount + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Self.slot(key, mask: mask)
        while keys[i] != -1 { i = (i + 1) & mask }
        keys[i] = key
        children[i] = child
        edgeCount += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldChildren = children
        keys = [Int64](repeating: -1, count: oldKeys.count * 2)
        children = [Int32](repeating: 0, count: oldKeys.count * 2)
        edgeCount = 0
        for (k, c) in zip(oldKeys, oldChildren) where k != -1 { store(k, c) }
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
