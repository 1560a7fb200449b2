/// The analyses of an asynchronous sequence of articles, in input order, computed concurrently
/// a bounded window ahead of the consumer (see ``Pipeline/analyses(of:window:)``).
public struct OrderedAnalyses<Base: AsyncSequence>: AsyncSequence where Base.Element == String {
    /// One article's analysis, or why it failed.
    public typealias Element = Result<ArticleAnalysis, ZhNewsError>

    let base: Base
    let pipeline: Pipeline
    let window: Int

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), pipeline: pipeline, window: window)
    }

    /// Keeps up to `window` articles in analysis and hands their results out in order.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let pipeline: Pipeline
        let window: Int
        var inFlight: [Task<Element, Never>] = []
        var exhausted = false

        /// The next result in input order.
        /// - Throws: Whatever the base sequence throws.
        public mutating func next() async throws -> Element? {
            while !exhausted, inFlight.count < window {
                guard let text = try await base.next() else {
                    exhausted = true
                    break
                }
                let pipeline = pipeline
                inFlight.append(
                    Task.detached { Result { () throws(ZhNewsError) in try pipeline.analyze(text) } })
            }
            guard !inFlight.isEmpty else { return nil }
            return await inFlight.removeFirst().value
        }
    }
}

extension Pipeline {
    /// Analyses an asynchronous stream of articles concurrently, yielding the results in input order.
    ///
    /// ```swift
    /// let articles: AsyncStream<String> = …                 // any AsyncSequence of String
    /// for try await result in Pipeline().analyses(of: articles) {
    ///     if case .success(let analysis) = result { print(analysis.facts.count) }
    /// }
    /// ```
    ///
    /// Articles are analysed in child tasks on the cooperative thread pool, at most `window`
    /// ahead of the consumer, so a slow consumer holds back reading (back pressure) and memory
    /// stays bounded. Results a consumer abandons by leaving the loop are still computed.
    ///
    /// - Parameters:
    ///   - articles: The article texts.
    ///   - window: How many articles may be in analysis or waiting at once (at least 1);
    ///     `nil` uses four per active processor.
    /// - Returns: An asynchronous sequence of one result per article.
    /// - Complexity: At most `window` articles and results are held at a time.
    public func analyses<Articles: AsyncSequence>(
        of articles: Articles, window: Int? = nil
    ) -> OrderedAnalyses<Articles> where Articles.Element == String {
        OrderedAnalyses(base: articles, pipeline: self, window: max(1, window ?? BatchOptions().window))
    }
}
