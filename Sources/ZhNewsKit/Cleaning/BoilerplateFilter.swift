/// Removes injected spam and page furniture from a scraped article, extracting
/// its metadata and recording every removal.
public struct BoilerplateFilter: Sendable {
    /// Creates a filter.
    public init() {}

    /// Cleans a normalised article.
    ///
    /// - Parameter text: The article, normalised, mapped to the original input.
    /// - Returns: The clean text, metadata, related headlines and removals.
    public func clean(_ text: MappedText) -> CleaningResult {
        // Placeholder until the cleaner lands: keeps everything.
        CleaningResult(
            metadata: ArticleMetadata(), removals: [], relatedHeadlines: [], warnings: [],
            cleanText: text.original, clean: text)
    }
}
