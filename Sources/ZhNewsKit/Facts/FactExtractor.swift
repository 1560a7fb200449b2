/// Turns the numeric expressions of a clean article into facts with subjects and change.
public struct FactExtractor: Sendable {
    /// The segmenter used for sentences and words.
    public var segmenter: Segmenter

    /// Creates an extractor.
    public init(segmenter: Segmenter = Segmenter()) {
        self.segmenter = segmenter
    }

    /// The facts of a clean, normalised article, reported in its original.
    public func facts(in text: MappedText) throws(ZhNewsError) -> [NumericFact] {
        []  // Placeholder until fact extraction lands.
    }
}
