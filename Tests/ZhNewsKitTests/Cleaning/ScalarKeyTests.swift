import Testing

@testable import ZhNewsKit

/// Scalar-run keys compare by content, wherever the run sits.
struct ScalarKeyTests {
    @Test func equalRunsAreOneKey() {
        let s = Array("开云体育,开云体育,开云娱乐".unicodeScalars)
        var counts: [ScalarKey: Int] = [:]
        counts[ScalarKey(s[0..<4]), default: 0] += 1
        counts[ScalarKey(s[5..<9]), default: 0] += 1
        counts[ScalarKey(s[10..<14]), default: 0] += 1
        #expect(counts.count == 2)
        #expect(counts[ScalarKey(s[5..<9])] == 2)
        #expect(ScalarKey(s[0..<2]) != ScalarKey(s[0..<3]))
        #expect(counts[ScalarKey(s[0..<0])] == nil)
    }
}
