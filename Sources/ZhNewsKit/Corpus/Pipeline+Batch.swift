extension Pipeline {
    /// Analyses many articles on several threads and returns the results in input order.
    ///
    /// ```swift
    /// let results = Pipeline().analyze(articles, jobs: 4)
    /// for (article, result) in zip(articles, results) {
    ///     switch result {
    ///     case .success(let analysis): print(analysis.facts.count)
    ///     case .failure(let error): print("skipped:", error)
    ///     }
    /// }
    /// ```
    ///
    /// One failing article does not stop the batch: its slot holds the error.
    ///
    /// - Parameters:
    ///   - articles: The article texts.
    ///   - jobs: Worker threads; `nil` uses every active processor.
    /// - Returns: One result per article, in the order of `articles`.
    /// - Complexity: Holds every result; use ``analyze(_:options:forEach:)`` to stream a corpus in constant memory.
    public func analyze(
        _ articles: some Sequence<String>, jobs: Int? = nil
    ) -> [Result<ArticleAnalysis, ZhNewsError>] {
        var results: [Result<ArticleAnalysis, ZhNewsError>] = []
        results.reserveCapacity(articles.underestimatedCount)
        analyze(articles, options: BatchOptions(jobs: jobs)) { _, result in results.append(result) }
        return results
    }

    /// Streams many articles through the pipeline on several threads, handing each result
    /// to `body` in input order, with a bounded number of articles in memory.
    ///
    /// ```swift
    /// let pipeline = Pipeline()
    /// try pipeline.analyze(lines.lazy.map(articleText), options: BatchOptions(jobs: 8)) { index, result in
    ///     let analysis = try result.get()
    ///     try output.write(encode(analysis))
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - articles: The article texts; iterated lazily on the calling thread.
    ///   - options: Worker count and read-ahead window.
    ///   - body: Called on the calling thread for each article, in order, with its index and result.
    /// - Throws: Whatever `body` throws; the batch stops reading and rethrows.
    /// - Complexity: At most `options.window` articles and results are held at once.
    public func analyze<Failure: Error>(
        _ articles: some Sequence<String>,
        options: BatchOptions = BatchOptions(),
        forEach body: (Int, Result<ArticleAnalysis, ZhNewsError>) throws(Failure) -> Void
    ) throws(Failure) {
        let pipeline = self
        try OrderedBatch.map(
            articles, options: options,
            transform: { text in Result { () throws(ZhNewsError) in try pipeline.analyze(text) } },
            consume: body)
    }
}
