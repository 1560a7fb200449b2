/// The full analysis of one article.
public struct ArticleAnalysis: Sendable {
    /// Metadata found on the page.
    public var metadata: ArticleMetadata
    /// The clean article as written (the input with every removal cut out).
    public var cleanText: String
    /// Every removal, in text order.
    public var removals: [Removal]
    /// Related headlines listed on the page.
    public var relatedHeadlines: [RelatedHeadline]
    /// Page-level warnings.
    public var warnings: [PageWarning]
    /// Numeric facts, in text order.
    public var facts: [NumericFact]

    /// Creates an analysis.
    public init(
        metadata: ArticleMetadata, cleanText: String, removals: [Removal], relatedHeadlines: [RelatedHeadline],
        warnings: [PageWarning], facts: [NumericFact]
    ) {
        self.metadata = metadata
        self.cleanText = cleanText
        self.removals = removals
        self.relatedHeadlines = relatedHeadlines
        self.warnings = warnings
        self.facts = facts
    }
}

extension ArticleAnalysis: Codable {
    private enum CodingKeys: String, CodingKey { case metadata, cleanText, removed, relatedHeadlines, warnings, facts }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        metadata = try c.decode(ArticleMetadata.self, forKey: .metadata)
        cleanText = try c.decode(String.self, forKey: .cleanText)
        removals = try c.decode([Removal].self, forKey: .removed)
        relatedHeadlines = try c.decodeIfPresent([RelatedHeadline].self, forKey: .relatedHeadlines) ?? []
        warnings = try c.decodeIfPresent([PageWarning].self, forKey: .warnings) ?? []
        facts = try c.decode([NumericFact].self, forKey: .facts)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(cleanText, forKey: .cleanText)
        try c.encode(removals, forKey: .removed)
        try c.encode(relatedHeadlines, forKey: .relatedHeadlines)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(facts, forKey: .facts)
    }
}

/// Chains the stages: normalise → clean → extract facts.
///
/// ```swift
/// let analysis = try Pipeline().analyze(articleText)
/// print(analysis.metadata.title ?? "untitled")
/// for fact in analysis.facts {
///     print(fact.subject?.text ?? "?", fact.value, fact.unit ?? "")
/// }
/// ```
///
/// A pipeline is a `Sendable` value; analyse articles from as many tasks as you like.
public struct Pipeline: Sendable {
    /// Normalisation and segmentation settings shared by every stage.
    public var segmenter: Segmenter
    /// The cleaning stage.
    public var filter: BoilerplateFilter
    /// The fact stage.
    public var extractor: FactExtractor

    /// Creates a pipeline.
    public init(segmenter: Segmenter = Segmenter(), filter: BoilerplateFilter = BoilerplateFilter()) {
        self.segmenter = segmenter
        self.filter = filter
        self.extractor = FactExtractor(segmenter: segmenter)
    }

    /// Cleans an article without extracting facts.
    /// - Throws: ``ZhNewsError`` when normalisation fails.
    public func clean(_ text: String) throws(ZhNewsError) -> CleaningResult {
        filter.clean(try segmenter.normalize(text))
    }

    /// Analyses one article.
    ///
    /// - Parameter text: The article as scraped (already decoded).
    /// - Returns: Metadata, clean text, removals and facts, all pointing into `text`.
    /// - Throws: ``ZhNewsError`` when ICU fails.
    public func analyze(_ text: String) throws(ZhNewsError) -> ArticleAnalysis {
        let cleaned = try clean(text)
        let facts = try extractor.facts(in: cleaned.clean)
        return ArticleAnalysis(
            metadata: cleaned.metadata, cleanText: cleaned.cleanText, removals: cleaned.removals,
            relatedHeadlines: cleaned.relatedHeadlines, warnings: cleaned.warnings, facts: facts)
    }
}
