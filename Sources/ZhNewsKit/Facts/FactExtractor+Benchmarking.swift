// Entry points for the benchmark, which splits the cost of `facts(in:)` into the word
// segmentation it needs and the fact logic on top of it. Not part of the public API:
// import with `@_spi(Benchmarking) import ZhNewsKit`.

extension FactExtractor {
    /// The byte spans (in `text.text`) of the sentences that `facts(in:)` segments into
    /// words: those holding at least one selected quantity.
    @_spi(Benchmarking)
    public func factSentenceSpans(in text: MappedText) throws(ZhNewsError) -> [Range<Int>] {
        let layout = ScalarLayout(text.text)
        let scanner = NumberScanner(scalars: layout.scalars)
        let selected = FactSelector(scanner: scanner).select(scanner.scan())
        guard !selected.isEmpty else { return [] }
        let spans = try SentenceSplitter.spans(of: text.text)
        return Self.groups(of: selected, bySentence: spans, layout: layout).map(\.span)
    }

    /// Segments `spans` of `text` exactly as `facts(in:)` does and returns the number of
    /// word pieces: the segmentation share of fact extraction.
    @_spi(Benchmarking)
    public func segmentFactSentences(_ spans: [Range<Int>], in text: MappedText) throws(ZhNewsError) -> Int {
        try words(ofSentences: spans, in: text.text).reduce(0) { $0 + $1.count }
    }
}
