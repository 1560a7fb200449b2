import Foundation

/// Turns the numeric expressions of a clean article into facts with subjects and change.
///
/// ```swift
/// let mapped = try Segmenter().normalize("全市工业固废综合利用率达80%以上。")
/// for fact in try FactExtractor().facts(in: mapped) {
///     print(fact.text, fact.kind, fact.value, fact.qualifier as Any)   // 80%以上 percentage 80 atLeast
/// }
/// ```
///
/// Steps: ``NumberParser``'s scanner finds every expression; dates, bare
/// numbers, codes, idioms, indefinite articles, grades and edition numbers are
/// dropped by context rules (see `Docs/Numbers.md`); the remaining quantities
/// are grouped by sentence and handed to subject and change resolution.
public struct FactExtractor: Sendable {
    /// The segmenter used for sentences and words.
    public var segmenter: Segmenter

    /// Creates an extractor.
    public init(segmenter: Segmenter = Segmenter()) {
        self.segmenter = segmenter
    }

    /// The facts of a clean, normalised article, reported in its original.
    ///
    /// - Parameter text: The normalised (and cleaned) article.
    /// - Returns: Facts in text order, one per occurrence.
    /// - Throws: ``ZhNewsError/icu(_:)`` when sentence or word segmentation fails.
    /// - Complexity: O(n) for the number scan, plus word segmentation of the
    ///   sentences that hold facts.
    public func facts(in text: MappedText) throws(ZhNewsError) -> [NumericFact] {
        let analysed = text.text
        let layout = ScalarLayout(analysed)
        let scanner = NumberScanner(scalars: layout.scalars)
        let selected = FactSelector(scanner: scanner).select(scanner.scan())
        guard !selected.isEmpty else { return [] }
        let spans = try SentenceSplitter.spans(of: analysed)
        var mapper = ExpressionMapper(text: text)
        var facts: [NumericFact] = []
        facts.reserveCapacity(selected.count)
        let groups = Self.groups(of: selected, bySentence: spans, layout: layout)
        let words = try words(ofSentences: groups.map(\.span), in: analysed)
        var context = SubjectContext()
        for (index, (span, group)) in groups.enumerated() {
            let sentence = SentenceQuantities(
                text: analysed, sentence: span, words: words[index],
                quantities: group.map {
                    SentenceQuantities.Quantity(bytes: layout.bytes($0.start..<$0.end), kind: $0.kind, unit: $0.unit)
                })
            let structure = ClauseStructure(sentence)
            let subjects = SubjectResolver().subjects(in: sentence, structure: structure, context: &context)
            let changes = ChangeDetector().changes(in: sentence, structure: structure)
            let sentenceText = Self.trimmed(mapper.original(ofAnalysed: span).text)
            for (k, q) in zip(0..., group) {
                var subject: Subject? = nil
                if k < subjects.count, let r = subjects[k], !r.isEmpty {
                    let o = mapper.original(ofAnalysed: r)
                    subject = Subject(text: o.text, range: o.range, codePoints: o.codePoints)
                }
                facts.append(
                    NumericFact(
                        quantity: mapper.expression(q, layout: layout), change: k < changes.count ? changes[k] : nil,
                        subject: subject, sentence: sentenceText))
            }
        }
        return facts
    }

    /// The selected quantities of each sentence that holds any, with the sentence's byte span.
    static func groups(
        of selected: [ParsedQuantity], bySentence spans: [Range<Int>], layout: ScalarLayout
    ) -> [(span: Range<Int>, quantities: ArraySlice<ParsedQuantity>)] {
        var groups: [(span: Range<Int>, quantities: ArraySlice<ParsedQuantity>)] = []
        var next = 0
        for span in spans {
            let first = next
            while next < selected.count, layout.offsets[selected[next].start] < span.upperBound { next += 1 }
            if next > first { groups.append((span, selected[first..<next])) }
        }
        return groups
    }

    /// `text` without leading and trailing white space (no Foundation bridging).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Neighbouring sentences separated by at most this many bytes are segmented together.
    private static let joinGap = 16

    /// The word pieces of each sentence (byte ranges of the whole text).
    ///
    /// Neighbouring sentences are segmented in one ICU pass, and the pieces are
    /// sliced back per sentence (a piece never reaches past its sentence), so a
    /// paragraph full of facts costs one segmentation instead of one per sentence.
    func words(ofSentences spans: [Range<Int>], in text: String) throws(ZhNewsError) -> [[WordPiece]] {
        var result: [[WordPiece]] = []
        result.reserveCapacity(spans.count)
        var i = 0
        while i < spans.count {
            var j = i + 1
            while j < spans.count, spans[j].lowerBound - spans[j - 1].upperBound <= Self.joinGap { j += 1 }
            let run = spans[i].lowerBound..<spans[j - 1].upperBound
            let pieces = try segmenter.wordPieces(of: String(text[text.indexRange(ofUTF8: run)]))
            let offset = run.lowerBound
            var p = 0
            for span in spans[i..<j] {
                while p < pieces.count, pieces[p].bytes.upperBound + offset <= span.lowerBound { p += 1 }
                var sentence: [WordPiece] = []
                while p < pieces.count, pieces[p].bytes.lowerBound + offset < span.upperBound {
                    let lower = max(pieces[p].bytes.lowerBound + offset, span.lowerBound)
                    let upper = min(pieces[p].bytes.upperBound + offset, span.upperBound)
                    sentence.append(WordPiece(bytes: lower..<upper, kind: pieces[p].kind))
                    if pieces[p].bytes.upperBound + offset > span.upperBound { break }
                    p += 1
                }
                result.append(sentence)
            }
            i = j
        }
        return result
    }
}
