/// Sentence boundaries of a (normalised) text: ICU's `UBRK_SENTENCE` rules
/// refined for Chinese news text.
enum SentenceSplitter {
    /// Byte ranges of the sentences of `text`, tiling it.
    ///
    /// ICU already ends sentences at `。！？!?` (with closing quotes and
    /// brackets attached) and after line breaks. It does not treat `；`/`;` or
    /// an ellipsis as an end, which Chinese news writing uses between
    /// independent clauses, so those are split here; a split never leaves a
    /// sentence made only of punctuation or whitespace.
    static func spans(of text: String) throws(ZhNewsError) -> [Range<Int>] {
        let result = Result { () throws(ICUError) -> [Range<Int>] in
            try text.withUTF8Buffer { buffer throws(ICUError) -> [Range<Int>] in
                let boundaries = try ICU.boundaries(of: .sentence, locale: "zh", utf8: buffer)
                var spans: [Range<Int>] = []
                spans.reserveCapacity(boundaries.count * 2)
                var start = 0
                for boundary in boundaries {
                    var end = boundary.end
                    if end < buffer.count {
                        // ICU counts opening brackets and quotes among the marks that close a
                        // sentence (`。（` ends after `（`): they open the next one instead.
                        end = withoutTrailingOpeners(start..<end, in: buffer)
                    }
                    splitClauses(start..<end, in: buffer, into: &spans)
                    start = end
                }
                return spans
            }
        }
        do { return try result.get() } catch { throw .icu(error) }
    }

    /// Splits one ICU sentence after `;`, `；` and `……`/`…` when more text follows.
    private static func splitClauses(_ span: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>, into spans: inout [Range<Int>]) {
        var start = span.lowerBound
        var i = span.lowerBound
        let end = span.upperBound
        while i < end {
            var cut: Int? = nil
            let b = buffer[i]
            if b == UInt8(ascii: ";") {
                cut = i + 1
            } else if b == 0xEF, i + 2 < end, buffer[i + 1] == 0xBC, buffer[i + 2] == 0x9B {  // ；
                cut = i + 3
            } else if b == 0xE2, i + 2 < end, buffer[i + 1] == 0x80, buffer[i + 2] == 0xA6 {  // …
                var j = i + 3
                while j + 2 < end, buffer[j] == 0xE2, buffer[j + 1] == 0x80, buffer[j + 2] == 0xA6 { j += 3 }
                cut = j
            }
            if let c = cut {
                // Closing quotes/brackets and spaces stay with the clause they close.
                var k = c
                while k < end, let w = closingWidth(buffer, at: k, limit: end) { k += w }
                if hasContent(buffer, k..<end) {
                    spans.append(start..<k)
                    start = k
                }
                i = k
                continue
            }
            i += 1
        }
        if start < end { spans.append(start..<end) }
    }

    /// Width in bytes of a closing quote or bracket, a space, or a further
    /// end mark (`……。`) at `i`, if any: what stays with the clause before it.
    private static func closingWidth(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> Int? {
        let b = buffer[i]
        switch b {
        case 0x20, 0x29, 0x5D, 0x7D, 0x22, 0x27, 0x21, 0x3F, 0x3B, 0x2E: return 1  // space ) ] } " ' ! ? ; .
        default: break
        }
        guard b >= 0xE2, b < 0xF0, i + 2 < limit else { return nil }
        let scalar = (UInt32(b & 0x0F) << 12) | (UInt32(buffer[i + 1] & 0x3F) << 6) | UInt32(buffer[i + 2] & 0x3F)
        switch scalar {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x300B, 0x3009, 0x3011, 0x3015, 0x3017,  // ” ’ 」 』 》 〉 】 〕 〗
            0xFF09, 0xFF3D, 0xFF5D,  // ） ］ ｝
            0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x2026, 0x3000:  // 。 ！ ？ ； … ideographic space
            return 3
        default: return nil
        }
    }

    /// The end of `span` moved back before the opening quotes and brackets
    /// it ends with, unless that would leave nothing but them.
    private static func withoutTrailingOpeners(_ span: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var end = span.upperBound
        while end > span.lowerBound {
            var start = end - 1
            while start > span.lowerBound, buffer[start] & 0xC0 == 0x80 { start -= 1 }
            guard isOpener(buffer, start..<end) else { break }
            end = start
        }
        return hasContent(buffer, span.lowerBound..<end) ? end : span.upperBound
    }

    /// Whether the scalar in `range` opens a quotation or bracket.
    private static func isOpener(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if range.count == 1 {
            let b = buffer[range.lowerBound]
            return b == 0x28 || b == 0x5B || b == 0x7B  // ( [ {
        }
        guard range.count == 3 else { return false }
        let i = range.lowerBound
        let scalar = (UInt32(buffer[i] & 0x0F) << 12) | (UInt32(buffer[i + 1] & 0x3F) << 6) | UInt32(buffer[i + 2] & 0x3F)
        switch scalar {
        case 0x201C, 0x2018, 0x300C, 0x300E, 0x300A, 0x3008, 0x3010, 0x3014, 0x3016,  // “ ‘ 「 『 《 〈 【 〔 〖
            0xFF08, 0xFF3B, 0xFF5B:  // （ ［ ｛
            return true
        default:
            return false
        }
    }

    /// Whether a byte range holds something other than whitespace.
    private static func hasContent(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range where buffer[i] != 0x20 && buffer[i] != 0x0A && buffer[i] != 0x09 && buffer[i] != 0x0D {
            return true
        }
        return false
    }
}
