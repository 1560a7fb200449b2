/// Normalises text for matching while remembering where every character came from.
///
/// Analysis runs on the normalised text; everything reported maps back to the
/// original through ``MappedText``. Each step can be switched off.
///
/// ```swift
/// let mapped = try Normalizer().normalize("空氣質量優良率為８４．４％")
/// mapped.text   // "空气质量优良率为84.4%"
/// ```
public struct Normalizer: Sendable, Hashable {
    /// Which normalisation steps run.
    public struct Options: Sendable, Hashable {
        /// Full-width ASCII forms to ASCII (`８４．４％` → `84.4%`, `，` → `,`).
        public var halfWidth: Bool = true
        /// NFKC compatibility mapping of single characters where it is safe
        /// (`①` → `1`, `㎡` → `m2`); CJK punctuation such as `…`, `—`, `。` is left alone.
        public var compatibility: Bool = true
        /// Drop zero-width characters, soft hyphens, BOMs and control characters
        /// (a zero-width joiner inside an emoji sequence is kept).
        public var dropInvisible: Bool = true
        /// Fold runs of spaces, tabs, NBSP and ideographic spaces to one space;
        /// `\r\n` and `\r` become `\n`.
        public var foldWhitespace: Bool = true
        /// Traditional to simplified characters (ICU `Hant-Hans`, per character;
        /// characters that are also standard simplified ones, such as `著` and
        /// `乾`, only in texts that are mostly traditional),
        /// and the corner-bracket quotes of traditional texts to curly quotes
        /// (`「」『』` → `“”‘’`).
        public var simplified: Bool = true

        /// All steps on.
        public init() {}

        /// No step: the normalised text is the input.
        public static let none: Options = {
            var o = Options()
            o.halfWidth = false
            o.compatibility = false
            o.dropInvisible = false
            o.foldWhitespace = false
            o.simplified = false
            return o
        }()
    }

    /// The steps this normaliser runs.
    public var options: Options

    /// Creates a normaliser with the given steps (all on by default).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Normalises `text`.
    ///
    /// - Parameter text: The original input.
    /// - Returns: The normalised text with a map back to `text`.
    /// - Throws: ``ZhNewsError/icu(_:)`` when ICU's transforms cannot be loaded.
    /// - Complexity: O(n).
    public func normalize(_ text: String) throws(ZhNewsError) -> MappedText {
        let o = options
        if o == Options.none { return MappedText(identity: text) }
        let simplifiedTable: [UInt32]
        if o.simplified {
            switch HanConversion.tables {
            case .success(let tables): simplifiedTable = HanConversion.table(for: text, in: tables)
            case .failure(let error): throw .icu(error)
            }
        } else {
            simplifiedTable = []
        }
        var builder = MappedText.Builder(original: text, capacity: text.utf8.count)
        var failure: ICUError? = nil
        text.withUTF8Bytes { bytes in
            failure = Self.normalize(bytes, options: o, simplifiedTable: simplifiedTable, into: &builder)
        }
        if let failure { throw .icu(failure) }
        return builder.build()
    }

    /// The normalisation loop over the input's UTF-8 bytes. Runs of scalars
    /// that no step changes (most of a Chinese text) are copied as they are.
    /// Returns the ICU error that stopped it, if any.
    private static func normalize(
        _ bytes: UnsafeBufferPointer<UInt8>, options o: Options, simplifiedTable: [UInt32], into builder: inout MappedText.Builder
    ) -> ICUError? {
        var compatibilityCache: [UInt32: [Unicode.Scalar]] = [:]
        let n = bytes.count
        var offset = 0
        var pendingSpace: Range<Int>? = nil
        var previous: UInt32? = nil
        /// Start of the run of unchanged scalars not yet appended.
        var verbatimStart: Int? = nil

        func flushSpace() {
            if let span = pendingSpace {
                builder.append(" " as Unicode.Scalar, from: span)
                pendingSpace = nil
            }
        }
        func flushVerbatim() {
            if let start = verbatimStart {
                builder.appendVerbatim(bytes[start..<offset])
                verbatimStart = nil
            }
        }
        /// The scalar value and UTF-8 width at byte `i` (the input is valid UTF-8).
        func decode(_ i: Int) -> (UInt32, Int) {
            let lead = UInt32(bytes[i])
            if lead < 0x80 { return (lead, 1) }
            if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
            if lead < 0xF0 {
                return ((lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
            }
            return (
                (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4
            )
        }
        func simplified(_ v: UInt32) -> UInt32? {
            guard v >= 0x3000, v < simplifiedTable.count else { return nil }
            let s = simplifiedTable[Int(v)]
            return s != 0 ? s : nil
        }

        while offset < n {
            let (v, width) = decode(offset)
            let source = offset..<(offset + width)
            let isLineBreak = v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85
            let changed =
                isLineBreak || isHorizontalSpace(v) || (o.dropInvisible && isInvisible(v))
                || (o.halfWidth && v >= 0xFF01 && v <= 0xFF5E) || simplified(v) != nil
                || (o.compatibility && mayNeedCompatibilityMapping(v))
            if !changed {
                // Kept as written.
                if verbatimStart == nil {
                    flushSpace()
                    verbatimStart = offset
                }
                previous = v
                offset += width
                continue
            }
            flushVerbatim()
            defer {
                previous = v
                offset += width
            }
            let scalar = Unicode.Scalar(v)!
            // Line breaks.
            if isLineBreak {
                if o.foldWhitespace {
                    pendingSpace = nil
                    if v == 0x0D, offset + 1 < n, bytes[offset + 1] == 0x0A {
                        // "\r\n": the "\n" that follows carries the break.
                        continue
                    }
                    builder.append("\n" as Unicode.Scalar, from: source)
                } else {
                    builder.append(scalar, from: source)
                }
                continue
            }
            // Horizontal whitespace.
            if isHorizontalSpace(v) {
                if o.foldWhitespace {
                    if let span = pendingSpace {
                        pendingSpace = span.lowerBound..<source.upperBound
                    } else {
                        pendingSpace = source
                    }
                } else {
                    builder.append(scalar, from: source)
                }
                continue
            }
            // Invisible characters.
            if o.dropInvisible, isInvisible(v) {
                if v == 0x200D, let previous, isEmoji(Unicode.Scalar(previous)!), offset + width < n,
                    isEmoji(Unicode.Scalar(decode(offset + width).0)!)
                {
                    flushSpace()
                    builder.append(scalar, from: source)
                }
                continue
            }
            flushSpace()

            var mapped = scalar
            if o.halfWidth, v >= 0xFF01, v <= 0xFF5E {
                mapped = Unicode.Scalar(v - 0xFEE0)!
            }
            let mv = mapped.value
            if let s = simplified(mv) {
                builder.append(Unicode.Scalar(s)!, from: source)
                continue
            }
            if o.compatibility, mayNeedCompatibilityMapping(mv) {
                let expansion: [Unicode.Scalar]
                if let cached = compatibilityCache[mv] {
                    expansion = cached
                } else {
                    do {
                        expansion = try ICU.nfkc(mapped)
                    } catch {
                        return error
                    }
                    compatibilityCache[mv] = expansion
                }
                for s in expansion {
                    // A compatibility ideograph may decompose to a traditional character (欄 → 栏).
                    builder.append(simplified(s.value).flatMap(Unicode.Scalar.init) ?? s, from: source)
                }
                continue
            }
            builder.append(mapped, from: source)
        }
        flushVerbatim()
        flushSpace()
        return nil
    }

    static func isHorizontalSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Emoji and the modifiers that join into emoji sequences.
    static func isEmoji(_ s: Unicode.Scalar) -> Bool {
        s.properties.isEmoji && s.value > 0xFF || s.properties.isEmojiModifier || s.value == 0xFE0F
    }

    static func isInvisible(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F: true
        case 0xAD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
    }

    /// Scalars for which NFKC is consulted: everything outside ASCII, Han,
    /// Hangul syllables, CJK punctuation and the general-punctuation block
    /// (whose NFKC forms, such as `…` → `...`, would change sentence breaking).
    static func mayNeedCompatibilityMapping(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x9F: false
        case 0x2010...0x205E: false
        case 0x3001...0x303F: false
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x20000...0x3FFFF: false
        case 0x1F000...0x1FFFF: false
        default: true
        }
    }
}

/// Lookup tables derived once from ICU transforms.
enum HanConversion {
    /// Conversion tables, indexed by BMP code point (every converted character
    /// is in the BMP); 0 means "unchanged".
    struct Tables: Sendable {
        /// Traditional → simplified for every Han character that ICU's
        /// `Hant-Hans` changes to a single character (plus corner-bracket quotes).
        var all: [UInt32]
        /// `all` without the ambiguous characters: what a mostly simplified
        /// text gets, so that its `显著`, `著作`, `乾坤` stay as written.
        var unambiguous: [UInt32]
        /// Per character: 1 when only traditional texts use it, 2 when only
        /// simplified texts do. Used to decide which kind a text is.
        var script: [UInt8]
    }

    /// The tables, built on first use.
    ///
    /// A character is *ambiguous* when ICU's `Hant-Hans` changes it but it is
    /// also a character of the simplified standard (GB 2312, as ICU's converter
    /// decodes it): `著` (着 or 著), `乾` (干 or 乾), `藉`, `於`. ICU resolves
    /// some of these from context in whole strings; a per-character table
    /// cannot, so they are converted only in texts that are mostly traditional.
    static let tables: Result<Tables, ICUError> = Result { () throws(ICUError) -> Tables in
        let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
        var table = [UInt32](repeating: 0, count: 0x10000)
        for range in ranges {
            let units = range.map { UInt16($0) }
            let converted = try ICU.transliterate(units, transform: "Hant-Hans")
            if converted.count == units.count {
                for (i, unit) in converted.enumerated() where unit != units[i] {
                    if !UTF16.isLeadSurrogate(unit), !UTF16.isTrailSurrogate(unit) {
                        table[Int(units[i])] = UInt32(unit)
                    }
                }
            } else {
                // Lengths differ: fall back to one character at a time for this block.
                for unit in units {
                    let one = try ICU.transliterate([unit], transform: "Hant-Hans")
                    if one.count == 1, one[0] != unit, Unicode.Scalar(one[0]) != nil {
                        table[Int(unit)] = UInt32(one[0])
                    }
                }
            }
        }
        let simplifiedStandard = try gb2312Characters()
        var unambiguous = table
        var script = [UInt8](repeating: 0, count: 0x10000)
        for traditional in table.indices where table[traditional] != 0 {
            if simplifiedStandard.contains(UInt32(traditional)) {
                unambiguous[traditional] = 0
            } else {
                script[traditional] = 1
            }
        }
        for traditional in table.indices where table[traditional] != 0 {
            let simplified = Int(table[traditional])
            if table[simplified] == 0, script[simplified] == 0 { script[simplified] = 2 }
        }
        // Traditional-script texts quote with corner brackets where simplified ones use
        // curly quotes (ICU's Hans-Hant makes “” into 「」, Hant-Hans leaves them).
        for (from, to): (Int, UInt32) in [
            (0x300C, 0x201C),  // 「 → “
            (0x300D, 0x201D),  // 」 → ”
            (0x300E, 0x2018),  // 『 → ‘
            (0x300F, 0x2019),  // 』 → ’
        ] {
            table[from] = to
            unambiguous[from] = to
        }
        return Tables(all: table, unambiguous: unambiguous, script: script)
    }

    /// The Han characters of GB 2312 (rows 16–87), decoded by ICU.
    private static func gb2312Characters() throws(ICUError) -> Set<UInt32> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(72 * 94 * 2)
        for high in UInt8(0xB0)...0xF7 {
            for low in UInt8(0xA1)...0xFE { bytes += [high, low] }
        }
        let decoded = try bytes.withUnsafeBufferPointer { buffer throws(ICUError) in
            try ICU.decode(buffer, charset: "GB2312", lossy: true)
        }
        var set = Set<UInt32>()
        for scalar in String(decoding: decoded.utf16, as: UTF16.self).unicodeScalars where scalar.value >= 0x3400 {
            set.insert(scalar.value)
        }
        return set
    }

    /// The table for `text`: all conversions when the text has more
    /// traditional-only than simplified-only characters, else the unambiguous ones.
    /// - Complexity: O(n).
    static func table(for text: String, in tables: Tables) -> [UInt32] {
        var traditional = 0
        var simplified = 0
        text.withUTF8Buffer { bytes in
            tables.script.withUnsafeBufferPointer { script in
                // Every character the tables know is a three-byte UTF-8 sequence (U+3400–U+FFFF).
                var i = 0
                let n = bytes.count
                while i < n {
                    let lead = bytes[i]
                    if lead < 0xE3 || lead >= 0xF0 || i + 2 >= n {
                        i += 1
                        continue
                    }
                    let v = (Int(lead & 0x0F) << 12) | (Int(bytes[i + 1] & 0x3F) << 6) | Int(bytes[i + 2] & 0x3F)
                    switch script[v] {
                    case 1: traditional += 1
                    case 2: simplified += 1
                    default: break
                    }
                    i += 3
                }
            }
        }
        return traditional > simplified ? tables.all : tables.unambiguous
    }
}
