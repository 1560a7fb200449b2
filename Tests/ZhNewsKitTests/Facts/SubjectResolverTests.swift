import Foundation
import Testing
@testable import ZhNewsKit

struct SubjectResolverTests {
    @Test func goldArticlesMeetTheBar() throws {
        let scores = try SubjectHarness.scoreGold()
        #expect(!scores.isEmpty)
        var all = SubjectHarness.Score()
        for (name, score) in scores.sorted(by: { $0.key < $1.key }) {
            print("\(name): \(score.summary)")
            for outcome in score.outcomes where !outcome.strict || !outcome.changeCorrect { print("  \(outcome)") }
            all.outcomes += score.outcomes
        }
        print("all gold: \(all.summary)")
        #expect(all.lenient >= 0.85)
        #expect(all.change >= 0.95)
        for (name, score) in scores {
            #expect(score.lenient >= 0.85, "\(name): \(score.summary)")
            #expect(score.change >= 0.95, "\(name): \(score.summary)")
        }
    }
}
