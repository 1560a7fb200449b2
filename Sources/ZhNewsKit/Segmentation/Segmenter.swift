/// Splits Chinese text into paragraphs, sentences and words with ICU break
/// iterators, on normalised text, reporting every piece in the original input.
///
/// ```swift
/// let segmenter = Segmenter()
/// for token in try segmenter.words(in: "空气质量优良率为84.4%。") {
///     print(token.text, token.kind, token.codePoints)
/// }
/// ```
///
/// A segmenter is a value: it is `Sendable`, holds no ICU state between calls
/// and can be used from many tasks at once.
public struct Segmenter: Sendable {
    /// How the segmenter works.
    public struct Options: Sendable {
        /// Normalisation applied before segmenting (all steps on by default).
        public var normalization: Normalizer.Options = Normalizer.Options()
        /// Merge numbers with their multipliers and units, dates and codes into
        /// single tokens (`2.53亿元`, `2019年5月6日`, `PM2.5`).
        public var mergeQuantities: Bool = true
        /// Terms whose ICU pieces are merged into one ``TokenKind/lexicon`` token.
        public var lexicon: UserLexicon = UserLexicon.builtIn
        /// The ICU locale for word breaking.
        public var locale: String = "zh"

        /// The default options.
        public init() {}
    }

    /// The options this segmenter uses.
    public var options: Options

    /// Creates a segmenter.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Normalises `text` with this segmenter's normalisation options.
    public func normalize(_ text: String) throws(ZhNewsError) -> MappedText {
        try Normalizer(options: options.normalization).normalize(text)
    }

    /// The word tokens of `text`, tiling it: every character of the input
    /// belongs to exactly one token.
    ///
    /// - Parameter text: The original input.
    /// - Returns: Tokens in text order; their ranges are in `text`.
    /// - Throws: ``ZhNewsError/icu(_:)`` if ICU fails.
    /// - Complexity: O(n).
    public func words(in text: String) throws(ZhNewsError) -> [Token] {
        try words(in: normalize(text))
    }

    /// The word tokens of an already normalised (or cleaned) text, reported
    /// in its original.
    public func words(in mapped: MappedText) throws(ZhNewsError) -> [Token] {
        let pieces = try wordPieces(of: mapped.text)
        return Self.tokens(from: pieces, in: mapped)
    }

    /// Word pieces of a text as UTF-8 byte ranges of that text, after the post-pass.
    func wordPieces(of text: String) throws(ZhNewsError) -> [WordPiece] {
        let raw = try Self.icuWords(of: text, locale: options.locale)
        var pieces = raw
        if options.mergeQuantities {
            pieces = QuantityMerger.merge(pieces, in: text)
        }
        if !options.lexicon.isEmpty {
            pieces = options.lexicon.merge(pieces, in: text)
        }
        return pieces
    }

    /// ICU's word segmentation of `text` as byte ranges with kinds.
    static func icuWords(of text: String, locale: String) throws(ZhNewsError) -> [WordPiece] {
        let result = Result { () throws(ICUError) -> [WordPiece] in
            try text.withUTF8Buffer { buffer throws(ICUError) -> [WordPiece] in
                let boundaries = try ICU.boundaries(of: .word, locale: locale, utf8: buffer)
                var pieces: [WordPiece] = []
                pieces.reserveCapacity(boundaries.count)
                var start = 0
                for boundary in boundaries {
                    let kind = TokenKind(ruleStatus: boundary.status, firstByteAt: start, in: buffer)
                    pieces.append(WordPiece(bytes: start..<boundary.end, kind: kind))
                    start = boundary.end
                }
                return pieces
            }
        }
        do { return try result.get() } catch { throw .icu(error) }
    }

    /// Maps byte-range pieces of `mapped.text` to tokens of the original,
    /// filling gaps left by dropped characters so the tokens tile the input.
    static func tokens(from pieces: [WordPiece], in mapped: MappedText) -> [Token] {
        let original = mapped.original
        return original.withUTF8Buffer { bytes in
            var tokens: [Token] = []
            tokens.reserveCapacity(pieces.count + 4)
            var cursor = 0  // original UTF-8 offset covered so far
            // Tokens are emitted contiguously from the start, so each one's code
            // point offset is the running count of scalar lead bytes: O(n) in total.
            var codePoint = 0
            let originalCount = bytes.count
            func emit(_ range: Range<Int>, _ kind: TokenKind) {
                let indices = original.indexRange(ofUTF8: range)
                var scalars = 0
                for i in range where bytes[i] & 0xC0 != 0x80 { scalars &+= 1 }
                tokens.append(
                    Token(
                        text: String(original[indices]), kind: kind, range: indices,
                        codePoints: codePoint..<(codePoint + scalars)))
                codePoint += scalars
            }
            for piece in pieces {
                var source = mapped.originalUTF8Range(ofUTF8: piece.bytes)
                if source.lowerBound < cursor {
                    // Several derived pieces from one original character: the first one takes it.
                    source = cursor..<max(cursor, source.upperBound)
                    if source.isEmpty { continue }
                }
                if source.lowerBound > cursor {
                    // Original characters that normalisation dropped (zero-width, controls).
                    emit(cursor..<source.lowerBound, .whitespace)
                }
                emit(source, piece.kind)
                cursor = source.upperBound
            }
            if cursor < originalCount {
                emit(cursor..<originalCount, .whitespace)
            }
            return tokens
        }
    }

    /// The sentences of `text`, tiling it.
    ///
    /// Uses ICU's sentence rules (`。！？` and closing quotes or brackets after
    /// them), and also ends a sentence after `；`/`;` and after an ellipsis
    /// `……` followed by more text, and at every line break.
    /// - Complexity: O(n).
    public func sentences(in text: String) throws(ZhNewsError) -> [Sentence] {
        try sentences(in: normalize(text))
    }

    /// The sentences of a normalised (or cleaned) text, reported in its original.
    public func sentences(in mapped: MappedText) throws(ZhNewsError) -> [Sentence] {
        var spans = try SentenceSplitter.spans(of: mapped.text)
        let original = mapped.original
        if spans.isEmpty, !original.isEmpty {
            // Nothing survived normalisation (only invisible characters): one sentence still tiles the input.
            spans = [0..<0]
        }
        return original.withUTF8Buffer { bytes in
            var sentences: [Sentence] = []
            sentences.reserveCapacity(spans.count)
            var cursor = 0
            var codePoints = CodePointCursor(original)
            let originalCount = bytes.count
            for (i, span) in spans.enumerated() {
                let source = mapped.originalUTF8Range(ofUTF8: span)
                // Tile: the first sentence starts at 0, the last one ends at the end.
                let start = cursor
                let end = i == spans.count - 1 ? originalCount : max(cursor, source.upperBound)
                if end <= start { continue }
                let range = original.indexRange(ofUTF8: start..<end)
                sentences.append(
                    Sentence(text: String(original[range]), range: range, codePoints: codePoints.codePointRange(ofUTF8: start..<end)))
                cursor = end
            }
            return sentences
        }
    }

    /// The lines of `text` (paragraphs of a scraped page), without their line breaks.
    ///
    /// Lines end at `\n`, `\r\n` or `\r`; the break itself belongs to no
    /// paragraph. Empty lines give empty paragraphs, so line numbers are kept.
    /// - Complexity: O(n).
    public func paragraphs(in text: String) -> [Sentence] {
        text.withUTF8Buffer { bytes in
            var result: [Sentence] = []
            var codePoints = CodePointCursor(text)
            func emit(_ range: Range<Int>) {
                let indices = text.indexRange(ofUTF8: range)
                result.append(
                    Sentence(text: String(text[indices]), range: indices, codePoints: codePoints.codePointRange(ofUTF8: range)))
            }
            var start = 0
            var offset = 0
            let count = bytes.count
            while offset < count {
                let byte = bytes[offset]
                if byte == 0x0A || byte == 0x0D {
                    emit(start..<offset)
                    if byte == 0x0D, offset + 1 < count, bytes[offset + 1] == 0x0A { offset += 1 }
                    start = offset + 1
                }
                offset += 1
            }
            if start < count { emit(start..<count) }
            return result
        }
    }
}

/// A word-level piece of a (normalised) text: a UTF-8 byte range and its kind.
struct WordPiece: Sendable, Hashable {
    var bytes: Range<Int>
    var kind: TokenKind
}

extension TokenKind {
    /// Maps ICU's word-break rule status to a kind; status 0 (“none”) is
    /// refined by looking at the piece's first scalar.
    init(ruleStatus status: Int32, firstByteAt offset: Int, in buffer: UnsafeBufferPointer<UInt8>) {
        switch status {
        case 100..<200: self = .number
        case 200..<300: self = .letter
        case 300..<400: self = .kana
        case 400..<500: self = .ideographic
        default:
            // Fast paths for what status 0 usually is: ASCII and CJK punctuation.
            let first = buffer[offset]
            if first < 0x80 {
                switch first {
                case 0x00...0x20, 0x7F:
                    self = .whitespace
                case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D:
                    self = .punctuation  // ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }
                default:
                    self = .symbol  // $ + < = > ^ ` | ~
                }
                return
            }
            if first & 0xF0 == 0xE0, offset + 2 < buffer.count {
                let v = (UInt32(first & 0x0F) << 12) | (UInt32(buffer[offset + 1] & 0x3F) << 6) | UInt32(buffer[offset + 2] & 0x3F)
                switch v {
                case 0x2010...0x2027, 0x3001, 0x3002, 0x3008...0x3011, 0x3014...0x301B:
                    self = .punctuation  // dashes, quotes, …, 、。《》「」【】〔〕
                    return
                default:
                    break
                }
            }
            var iterator = buffer[offset...].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
                self = .symbol
                return
            }
            if scalar.properties.isWhitespace {
                self = .whitespace
            } else {
                switch scalar.properties.generalCategory {
                case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                    .initialPunctuation, .finalPunctuation, .otherPunctuation:
                    self = .punctuation
                case .format, .control:
                    self = .whitespace
                default:
                    self = .symbol
                }
            }
        }
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, copying only when the
    /// string has no contiguous UTF-8 storage.
    func withUTF8Buffer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E>? = utf8.withContiguousStorageIfAvailable { buffer in
            Result { () throws(E) -> R in try body(buffer) }
        }
        if let result { return try result.get() }
        let copy = Array(utf8)
        let fallback: Result<R, E> = copy.withUnsafeBufferPointer { buffer in
            Result { () throws(E) -> R in try body(buffer) }
        }
        return try fallback.get()
    }
}
