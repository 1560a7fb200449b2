import Testing
import ZhNewsKit

struct PipelineBatchTests {
    @Test func batchMatchesOneByOneAnalysisInOrder() throws {
        let articles = try ["articles/chenzhou-green-2024.txt", "articles/nanchang-blue-2021.txt"].map(Fixtures.text)
        let corpus = (0..<6).map { articles[$0 % 2] + String(repeating: "\n第\($0)段。", count: $0) }
        let pipeline = Pipeline()
        let batch = pipeline.analyze(corpus, jobs: 3)
        #expect(batch.count == corpus.count)
        for (text, result) in zip(corpus, batch) {
            let single = try pipeline.analyze(text)
            #expect(try result.get().cleanText == single.cleanText)
            #expect(try result.get().facts == single.facts)
        }
    }

    @Test func aFailingArticleKeepsItsSlot() throws {
        var results: [(Int, Bool)] = []
        Pipeline().analyze(["空气质量优良率为84.4%。", "", "第二篇。"], options: BatchOptions(jobs: 2)) { index, result in
            results.append((index, (try? result.get()) != nil))
        }
        #expect(results.map(\.0) == [0, 1, 2])
    }
}
