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
        /// Traditional to simplified characters (ICU `Hant-Hans`, per character).
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
        let simplifiedTable: [UInt32: Unicode.Scalar]
        if o.simplified {
            switch HanConversion.traditionalToSimplified {
            case .success(let table): simplifiedTable = table
            case .failure(let error): throw .icu(error)
            }
        } else {
            simplifiedTable = [:]
        }
        var builder = MappedText.Builder(original: text, capacity: text.utf8.count)
        var compatibilityCache: [UInt32: [Unicode.Scalar]] = [:]
        let scalars = text.unicodeScalars
        var offset = 0
        var pendingSpace: Range<Int>? = nil
        var previous: Unicode.Scalar? = nil
        var index = scalars.startIndex

        func flushSpace() {
            if let span = pendingSpace {
                builder.append(" " as Unicode.Scalar, from: span)
                pendingSpace = nil
            }
        }

        while index != scalars.endIndex {
            let scalar = scalars[index]
            let width = UTF8.width(scalar)
            let source = offset..<(offset + width)
            let nextIndex = scalars.index(after: index)
            defer {
                offset += width
                index = nextIndex
                previous = scalar
            }
            let v = scalar.value

            // Line breaks.
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85 {
                if o.foldWhitespace {
                    pendingSpace = nil
                    if v == 0x0D, nextIndex != scalars.endIndex, scalars[nextIndex] == "\n" {
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
            if Self.isHorizontalSpace(v) {
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
            if o.dropInvisible, Self.isInvisible(v) {
                if v == 0x200D, let previous, Self.isEmoji(previous),
                    nextIndex != scalars.endIndex, Self.isEmoji(scalars[nextIndex])
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
            if o.simplified, mv >= 0x3400, let simple = simplifiedTable[mv] {
                builder.append(simple, from: source)
                continue
            }
            if o.compatibility, Self.mayNeedCompatibilityMapping(mv) {
                let expansion: [Unicode.Scalar]
                if let cached = compatibilityCache[mv] {
                    expansion = cached
                } else {
                    do {
                        expansion = try ICU.nfkc(mapped)
                    } catch {
                        throw .icu(error)
                    }
                    compatibilityCache[mv] = expansion
                }
                for s in expansion {
                    // A compatibility ideograph may decompose to a traditional character (欄 → 栏).
                    if o.simplified, s.value >= 0x3400, let simple = simplifiedTable[s.value] {
                        builder.append(simple, from: source)
                    } else {
                        builder.append(s, from: source)
                    }
                }
                continue
            }
            builder.append(mapped, from: source)
        }
        flushSpace()
        return builder.build()
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
    /// Traditional → simplified for every Han character that ICU's `Hant-Hans`
    /// changes to a single character, built on first use.
    static let traditionalToSimplified: Result<[UInt32: Unicode.Scalar], ICUError> = Result {
        () throws(ICUError) -> [UInt32: Unicode.Scalar] in
        let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
        var table: [UInt32: Unicode.Scalar] = [:]
        for range in ranges {
            let units = range.map { UInt16($0) }
            let converted = try ICU.transliterate(units, transform: "Hant-Hans")
            if converted.count == units.count {
                for (i, unit) in converted.enumerated() where unit != units[i] {
                    if let s = Unicode.Scalar(unit), !UTF16.isLeadSurrogate(unit), !UTF16.isTrailSurrogate(unit) {
                        table[UInt32(units[i])] = s
                    }
                }
            } else {
                // Lengths differ: fall back to one character at a time for this block.
                for unit in units {
                    let one = try ICU.transliterate([unit], transform: "Hant-Hans")
                    if one.count == 1, one[0] != unit, let s = Unicode.Scalar(one[0]) {
                        table[UInt32(unit)] = s
                    }
                }
            }
        }
        return table
    }
}
