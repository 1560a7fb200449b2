import Foundation

/// Finds every numeric expression in a text: Arabic and Chinese numerals,
/// multipliers, units, qualifiers, ranges, fractions, ordinals and dates.
///
/// ```swift
/// let mapped = try Segmenter().normalize("总计２.５３亿元，同比增长5.95%")
/// for e in NumberParser().expressions(in: mapped) {
///     print(e.text, e.kind, e.value, e.unit ?? "")   // ２.５３亿元 money 253000000 CNY …
/// }
/// ```
///
/// The grammar is a hand-written left-to-right scanner (no regular
/// expressions, no backtracking); see `Docs/Numbers.md` for what it accepts.
public struct NumberParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Every numeric expression of a normalised text, reported in its original.
    ///
    /// Dates, years and clock times come back with kind ``QuantityKind/date``,
    /// numbers without a unit with ``QuantityKind/number``; numbers that are
    /// part of a code (`PM2.5`, `G20`) are not reported.
    ///
    /// - Parameter text: A normalised (and possibly cleaned) text.
    /// - Returns: Expressions in text order, not overlapping.
    /// - Complexity: O(n) in the length of the text.
    public func expressions(in text: MappedText) -> [NumericExpression] {
        let layout = ScalarLayout(text.text)
        let scanner = NumberScanner(scalars: layout.scalars)
        let parsed = scanner.scan().filter { !Self.isWordPart($0, in: scanner) }
        var mapper = ExpressionMapper(text: text)
        return parsed.map { mapper.expression($0, layout: layout) }
    }

    /// Whether a bare one-character Chinese numeral is part of a word rather
    /// than a number: 一些 (some), 统一 (unify), 万一 (in case), 三农, 两会.
    static func isWordPart(_ q: ParsedQuantity, in scanner: NumberScanner) -> Bool {
        guard q.kind == .number, q.isChinese, q.numeral.count == 1, q.start == q.numeral.lowerBound,
            q.end == q.numeral.upperBound
        else { return false }
        return NumberLexicon.isHan(scanner.at(q.end))
            || (NumberLexicon.isHan(scanner.at(q.start - 1)) && scanner.at(q.start - 1) != "第")
    }

    /// Every numeric expression of a plain string (normalised first with the
    /// default ``Normalizer``).
    /// - Throws: ``ZhNewsError`` when normalisation fails.
    public func expressions(in text: String) throws(ZhNewsError) -> [NumericExpression] {
        expressions(in: try Normalizer().normalize(text))
    }
}

/// The scalars of a text with the UTF-8 offset at which each one starts.
struct ScalarLayout: Sendable {
    /// The scalars.
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, plus the text's length.
    let offsets: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count / 2)
        offsets.reserveCapacity(text.utf8.count / 2 + 1)
        var offset = 0
        for c in text.unicodeScalars {
            scalars.append(c)
            offsets.append(offset)
            offset += UTF8.width(c)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// The UTF-8 range of a range of scalars.
    func bytes(_ r: Range<Int>) -> Range<Int> { offsets[r.lowerBound]..<offsets[r.upperBound] }

    /// The index of the scalar starting at (or containing) a UTF-8 offset.
    func scalarIndex(ofUTF8 offset: Int) -> Int {
        var lo = 0, hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if offsets[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

/// Turns scanner results into public expressions that point into the original input.
///
/// Code point offsets are counted from the last position asked about, in
/// either direction: expressions, sentences and subjects come in text order
/// or close to it, so the whole original is walked about once and no index
/// of it is built.
struct ExpressionMapper {
    let text: MappedText
    /// The original's UTF-8 bytes.
    private let bytes: [UInt8]
    /// A UTF-8 offset of the original and the number of scalars that start before it.
    private var position = (byte: 0, scalars: 0)

    init(text: MappedText) {
        self.text = text
        self.bytes = Array(text.original.utf8)
    }

    /// The code point offset of a UTF-8 offset of the original (rounded down
    /// to a scalar start, clamped to the end), as ``CodePointIndex`` gives it.
    ///
    /// - Complexity: O(k), k the bytes between the previous offset asked about and this one.
    mutating func codePointOffset(ofUTF8 offset: Int) -> Int {
        let target = min(max(0, offset), bytes.count)
        var (byte, scalars) = position
        while byte < target {
            if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
            byte += 1
        }
        while byte > target {
            byte -= 1
            if bytes[byte] & 0xC0 != 0x80 { scalars -= 1 }
        }
        position = (byte, scalars)
        // Inside a scalar: its lead byte was counted; round down to its start.
        return target < bytes.count && bytes[target] & 0xC0 == 0x80 ? scalars - 1 : scalars
    }

    /// The code point offsets of a UTF-8 byte range of the original.
    mutating func codePointRange(ofUTF8 range: Range<Int>) -> Range<Int> {
        let start = codePointOffset(ofUTF8: range.lowerBound)
        let end = range.isEmpty ? start : codePointOffset(ofUTF8: range.upperBound)
        return start..<end
    }

    /// The original UTF-8 range, string range and code points of an analysed byte range.
    mutating func original(ofAnalysed bytes: Range<Int>) -> (range: Range<String.Index>, codePoints: Range<Int>, text: String) {
        let source = text.originalUTF8Range(ofUTF8: bytes)
        let range = text.original.indexRange(ofUTF8: source)
        return (range, codePointRange(ofUTF8: source), String(text.original[range]))
    }

    mutating func expression(_ q: ParsedQuantity, layout: ScalarLayout) -> NumericExpression {
        let bytes = layout.bytes(q.start..<q.end)
        let o = original(ofAnalysed: bytes)
        return NumericExpression(
            text: o.text, kind: q.kind, value: q.value, unit: q.unit, qualifier: q.qualifier, rangeEnd: q.rangeEnd,
            range: o.range, codePoints: o.codePoints, analysedRange: bytes)
    }
}
