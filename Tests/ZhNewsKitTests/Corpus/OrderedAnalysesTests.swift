import Testing
import ZhNewsKit

struct OrderedAnalysesTests {
    @Test func resultsFollowInputOrder() async throws {
        let texts = (0..<12).map { "第\($0)篇:全市共有\($0 + 1)个项目。" + String(repeating: "内容。", count: ($0 * 7) % 5) }
        let stream = AsyncStream<String> { continuation in
            for text in texts { continuation.yield(text) }
            continuation.finish()
        }
        let pipeline = Pipeline()
        var cleanTexts: [String] = []
        for try await result in pipeline.analyses(of: stream, window: 3) {
            cleanTexts.append(try result.get().cleanText)
        }
        #expect(cleanTexts == (try texts.map { try pipeline.analyze($0).cleanText }))
    }

    @Test func failuresKeepTheirPlace() async throws {
        let stream = AsyncStream<String> { continuation in
            for text in ["增长5%。", "", "共18名。"] { continuation.yield(text) }
            continuation.finish()
        }
        var outcomes: [Bool] = []
        for try await result in Pipeline().analyses(of: stream) { outcomes.append((try? result.get()) != nil) }
        #expect(outcomes.count == 3)
    }
}
