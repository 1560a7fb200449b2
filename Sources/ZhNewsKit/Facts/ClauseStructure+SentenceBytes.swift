extension ClauseStructure {
    /// The bytes of one sentence of the analysed text, for classifying its
    /// tokens without building strings: lexicon keys, marks and digits are
    /// read from the bytes, and characters are only formed where a scalar
    /// might not stand alone.
    struct SentenceBytes {
        /// The whole analysed text.
        let text: String
        /// The sentence's first byte in ``text``.
        let base: Int
        /// The sentence's bytes.
        let bytes: [UInt8]

        init(_ sentence: SentenceQuantities) {
            text = sentence.text
            base = sentence.sentence.lowerBound
            let utf8 = sentence.text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: sentence.sentence.lowerBound)
            let upper = utf8.index(lower, offsetBy: sentence.sentence.count)
            bytes = Array(utf8[lower..<upper])
        }

        /// The text of the bytes `r` of ``text``.
        func substring(_ r: Range<Int>) -> Substring {
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
            let upper = utf8.index(lower, offsetBy: r.count)
            return text[lower..<upper]
        }

        /// Whether the bytes `r` of ``text`` lie inside the sentence.
        func contains(_ r: Range<Int>) -> Bool {
            r.lowerBound >= base && r.upperBound <= base + bytes.count
        }

        /// The bytes `r` of ``text`` (inside the sentence).
        func slice(_ r: Range<Int>) -> ArraySlice<UInt8> {
            bytes[(r.lowerBound - base)..<(r.upperBound - base)]
        }

        /// The lexicon class of the word made of the bytes `r`.
        func wordClass(_ r: Range<Int>) -> WordClass? {
            SubjectLexicon.wordClass(ofUTF8: slice(r))
        }

        /// ``wordClass(_:)`` for bytes known to be plain (see ``LexiconKey/isPlain(_:)``).
        func plainWordClass(_ r: Range<Int>) -> WordClass? {
            SubjectLexicon.wordClass(plainUTF8: slice(r))
        }

        /// The scalar starting at byte `i` of ``text`` and its width in bytes.
        func scalar(at i: Int) -> (Unicode.Scalar, Int) {
            let k = i - base
            let b0 = UInt32(bytes[k])
            if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
            var value: UInt32
            var width: Int
            if b0 < 0xE0 {
                value = b0 & 0x1F
                width = 2
            } else if b0 < 0xF0 {
                value = b0 & 0x0F
                width = 3
            } else {
                value = b0 & 0x07
                width = 4
            }
            for j in 1..<width { value = value << 6 | UInt32(bytes[k + j] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
        }

        /// Whether a scalar is a character of its own next to any other such
        /// scalar and equals no other character: ASCII but CR, general
        /// punctuation, CJK punctuation and ideographs, full-width forms. None
        /// of them extends, prepends or joins, and none has a canonical
        /// decomposition.
        static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x00...0x0C, 0x0E...0x7F: return true
            case 0x2010...0x2027, 0x2030...0x205E: return true
            case 0x3001...0x3029, 0x3030...0x303F: return true
            case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
            case 0xFF01...0xFF9D: return true
            default: return false
            }
        }

        /// Whether every scalar of the bytes `r` stands alone, so that each
        /// is one character.
        func isOneScalarPerCharacter(_ r: Range<Int>) -> Bool {
            var i = r.lowerBound
            while i < r.upperBound {
                let (scalar, width) = scalar(at: i)
                guard Self.standsAlone(scalar) else { return false }
                i += width
            }
            return true
        }

        /// Whether the bytes `r` are ASCII digits only (and not empty).
        func isAllDigits(_ r: Range<Int>) -> Bool {
            !r.isEmpty && slice(r).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }

        /// Whether the bytes `r` hold a line break as a character of its own
        /// (a `\n` that is not part of `\r\n`).
        func hasLineBreak(_ r: Range<Int>) -> Bool {
            let s = slice(r)
            if !s.contains(0x0D) { return s.contains(0x0A) }
            return substring(r).contains("\n")
        }

        /// The width of the first character of the bytes `r` when it is a
        /// calendar unit (`年`, `月`, `日`, `时`), `nil` otherwise.
        func calendarUnitWidth(at r: Range<Int>) -> Int? {
            guard !r.isEmpty else { return nil }
            let (first, width) = scalar(at: r.lowerBound)
            let next = r.lowerBound + width
            if Self.standsAlone(first), next >= r.upperBound || Self.standsAlone(scalar(at: next).0) {
                switch first {
                case "年", "月", "日", "时": return width
                default: return nil
                }
            }
            guard let unit = substring(r).first, "年月日时".contains(unit) else { return nil }
            return unit.utf8.count
        }

        /// Whether the merged number made of the bytes `r` is a calendar time
        /// (``ClauseStructure/isCalendarTime(_:)``).
        func isCalendarTime(_ r: Range<Int>) -> Bool {
            let s = slice(r)
            var digits = s.startIndex
            while digits < s.endIndex, s[digits] >= 0x30, s[digits] <= 0x39 { digits += 1 }
            if LexiconKey.isPlain(s), !s.contains(0x0D) {
                // Plain scalars stand alone: the digit prefix and the rest are exact.
                guard digits > s.startIndex else { return false }
                return SubjectLexicon.isCalendarUnit(plainUTF8: s[digits...])
            }
            return ClauseStructure.isCalendarTime(substring(r))
        }

        /// Replaces `offsets` with the byte offset of each character of `r`,
        /// then its end, and tells whether `r` is plain (see ``LexiconKey/isPlain(_:)``).
        func characterOffsets(_ r: Range<Int>, into offsets: inout [Int]) -> Bool {
            offsets.removeAll(keepingCapacity: true)
            let s = slice(r)
            let plain = LexiconKey.isPlain(s)
            if plain, !s.contains(0x0D) {
                // Plain characters are one scalar each (only CR LF would join).
                offsets.reserveCapacity(s.count + 1)
                for i in s.indices where s[i] & 0xC0 != 0x80 { offsets.append(i + base) }
            } else {
                var o = r.lowerBound
                for c in substring(r) {
                    offsets.append(o)
                    o += c.utf8.count
                }
            }
            offsets.append(r.upperBound)
            return plain
        }
    }
}
