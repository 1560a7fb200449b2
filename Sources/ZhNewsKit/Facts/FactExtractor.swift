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
        let mapper = ExpressionMapper(text: text)
        var facts: [NumericFact] = []
        facts.reserveCapacity(selected.count)
        var next = 0
        var antecedent: Range<Int>? = nil
        for span in spans {
            var group: [ParsedQuantity] = []
            while next < selected.count, layout.offsets[selected[next].start] < span.upperBound {
                group.append(selected[next])
                next += 1
            }
            guard !group.isEmpty else { continue }
            let sentence = SentenceQuantities(
                text: analysed, sentence: span, words: try words(of: span, in: analysed),
                quantities: group.map {
                    SentenceQuantities.Quantity(bytes: layout.bytes($0.start..<$0.end), kind: $0.kind, unit: $0.unit)
                })
            let structure = ClauseStructure(sentence)
            let subjects = SubjectResolver().subjects(in: sentence, structure: structure, antecedent: antecedent)
            let changes = ChangeDetector().changes(in: sentence, structure: structure)
            let sentenceText = mapper.original(ofAnalysed: span).text.trimmingCharacters(in: .whitespacesAndNewlines)
            for (k, q) in group.enumerated() {
                var subject: Subject? = nil
                if k < subjects.count, let r = subjects[k], !r.isEmpty {
                    let o = mapper.original(ofAnalysed: r)
                    subject = Subject(text: o.text, range: o.range, codePoints: o.codePoints)
                    antecedent = r
                }
                facts.append(
                    NumericFact(
                        quantity: mapper.expression(q, layout: layout), change: k < changes.count ? changes[k] : nil,
                        subject: subject, sentence: sentenceText))
            }
        }
        return facts
    }

    /// The word pieces of one sentence, as byte ranges of the whole text.
    private func words(of span: Range<Int>, in text: String) throws(ZhNewsError) -> [WordPiece] {
        let range = text.indexRange(ofUTF8: span)
        let pieces = try segmenter.wordPieces(of: String(text[range]))
        return pieces.map {
            WordPiece(bytes: ($0.bytes.lowerBound + span.lowerBound)..<($0.bytes.upperBound + span.lowerBound), kind: $0.kind)
        }
    }
}
