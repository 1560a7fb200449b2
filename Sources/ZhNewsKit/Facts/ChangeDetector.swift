/// Decides whether each quantity of a sentence is reported as a rise or a fall.
///
/// A quantity is a change only when a verb of rise or fall governs the
/// quantity itself: the verb stands right before it, with nothing between but
/// adverbs, aspect particles and bound words (`同比增长5.95%`,
/// `提升了2个百分点`, `下降超过10%`, `减少了3家`), or a noun of change is its
/// subject (`增幅为5%`). A verb fused with an end point or followed by one
/// (`降至5%`, `增加到120家`, `下降为`) makes the quantity a level, not a change.
/// A quantity listed after a changed one (`分别增长5%、8%`) takes its change.
/// A change word elsewhere in the sentence does not leak.
struct ChangeDetector: Sendable {
    /// The change of each quantity of `sentence` (same order).
    ///
    /// - Complexity: O(n) in the sentence length.
    func changes(in sentence: SentenceQuantities) -> [Change?] {
        let s = ClauseStructure(sentence)
        var result = [Change?](repeating: nil, count: sentence.quantities.count)
        let order = sentence.quantities.indices.filter { s.quantityTokens[$0] != nil }
            .sorted { s.quantityTokens[$0]! < s.quantityTokens[$1]! }
        var byToken: [Int: Change?] = [:]
        for qi in order {
            guard let t = s.quantityTokens[qi] else { continue }
            let change = Self.change(ofQuantityAt: t, in: s, earlier: byToken)
            byToken[t] = change
            result[qi] = change
        }
        return result
    }

    private static func change(ofQuantityAt t: Int, in s: ClauseStructure, earlier: [Int: Change?]) -> Change? {
        var i = t - 1
        var sawLevelMarker = false
        var sawCopula = false
        while i >= 0 {
            switch s.tokens[i].role {
            case .space:
                i -= 1
            case .listBreak:
                // `增长5%、8%`: the previous list member's change.
                var k = i - 1
                while k >= 0, s.tokens[k].role == .space { k -= 1 }
                if k >= 0, case .quantity = s.tokens[k].role, let c = earlier[k] { return c }
                return nil
            case .word(let c):
                switch c {
                case .adverb, .aspect, .qualifier, .respectively:
                    i -= 1
                case .conjunction:
                    var k = i - 1
                    while k >= 0, s.tokens[k].role == .space { k -= 1 }
                    if k >= 0, case .quantity = s.tokens[k].role, let c = earlier[k] { return c }
                    return nil
                case .copula:
                    // `增长达5%` keeps the change, `下降为5%` is a level.
                    if s.tokens[i].text == "为" || s.tokens[i].text == "是" { sawLevelMarker = true }
                    sawCopula = true
                    i -= 1
                case .levelMarker:
                    sawLevelMarker = true
                    i -= 1
                case .rise:
                    return sawLevelMarker ? nil : .increase
                case .fall:
                    return sawLevelMarker ? nil : .decrease
                case .riseNoun:
                    return sawCopula || i == t - 1 ? .increase : nil
                case .fallNoun:
                    return sawCopula || i == t - 1 ? .decrease : nil
                default:
                    return nil
                }
            default:
                return nil
            }
        }
        return nil
    }
}
