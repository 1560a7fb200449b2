/// Decides whether each quantity of a sentence is reported as a rise or a fall.
///
/// A quantity is a change only when a verb of rise or fall governs the
/// quantity itself: the verb stands right before it, with nothing between but
/// adverbs, aspect particles and bound words (`同比增长5.95%`,
/// `提升了2个百分点`, `下降超过10%`, `减少了3家`), or a noun of change is its
/// subject (`增幅为5%`). A verb fused with an end point or followed by one
/// (`降至5%`, `增加到120家`, `下降为`) makes the quantity a level, not a change.
/// A quantity listed after a changed one (`分别增长5%、8%`) takes its change.
/// A change word elsewhere in the sentence does not leak. A negative value
/// flips the direction (`增长-3.2%` is a fall); a rise or fall verb governs a
/// quantity across its object (`减少二氧化碳排放19万吨`); `新增` is a rise only
/// against a comparison (`比去年同期新增11条`).
struct ChangeDetector: Sendable {
    /// The change of each quantity of `sentence` (same order).
    ///
    /// - Complexity: O(n) in the sentence length.
    func changes(in sentence: SentenceQuantities) -> [Change?] {
        changes(in: sentence, structure: ClauseStructure(sentence))
    }

    /// The same as ``changes(in:)`` over the already built structure of
    /// `sentence`, so that a caller that also resolves subjects builds it once.
    func changes(in sentence: SentenceQuantities, structure s: ClauseStructure) -> [Change?] {
        var result = [Change?](repeating: nil, count: sentence.quantities.count)
        let order = sentence.quantities.indices.filter { s.quantityTokens[$0] != nil }
            .sorted { s.quantityTokens[$0]! < s.quantityTokens[$1]! }
        var byToken: [Int: Change?] = [:]
        for qi in order {
            guard let t = s.quantityTokens[qi] else { continue }
            var change = Self.change(ofQuantityAt: t, in: s, earlier: byToken)
                ?? Self.changeAcrossObject(ofQuantityAt: t, in: s, kind: sentence.quantities[qi].kind)
            let text = s.tokens[t].text
            if change == nil, let first = text.first, SubjectLexicon.doublingVerbs.contains(first) {
                // `翻了一番`, `翻两番`: the quantity names its own rise.
                change = .increase
            }
            if let c = change, let first = text.first, first == "-" || first == "−" {
                // `增长-3.2%`: a negative rise is a fall.
                change = c == .increase ? .decrease : .increase
            }
            byToken[t] = change
            result[qi] = change
        }
        return result
    }

    /// A rise or fall verb separated from the quantity by its object, a noun
    /// phrase (`减少二氧化碳排放19万吨`). Verbs of creation (`新增`) name what is
    /// new, not a change (`新增装置容量2.2GW`), unless set against a comparison
    /// (`比上年新增市场主体1.2万户`); verbs of saving (`节省`, `节约`)
    /// make only a percentage a fall (`节省农药15%`).
    private static func changeAcrossObject(ofQuantityAt t: Int, in s: ClauseStructure, kind: QuantityKind) -> Change? {
        var i = t - 1
        while i >= 0, s.tokens[i].role == .space || s.wordClass(i) == .qualifier { i -= 1 }
        guard i >= 0, s.isNominal(i) else { return nil }
        var nouns = 0
        while i >= 0, nouns < 8 {
            switch s.tokens[i].role {
            case .space, .openQuote, .closeQuote:
                i -= 1
            case .word(.nominal), .word(.scope):
                nouns += 1
                i -= 1
            case .word(.rise) where s.tokens[i].text.count >= 2:
                return .increase
            case .word(.fall) where s.tokens[i].text.count >= 2:
                return .decrease
            case .word(.verb):
                let verb = String(s.tokens[i].text)
                if SubjectLexicon.savingVerbs.contains(verb) { return kind == .percentage ? .decrease : nil }
                // `比上年新增市场主体1.2万户`: new items against a comparison are a rise.
                if SubjectLexicon.creationVerbs.contains(verb) { return followsComparison(i, in: s) ? .increase : nil }
                return nil
            default:
                return nil
            }
        }
        return nil
    }

    /// Whether a comparison (`比去年同期`, `较上年`, `同比`) ends right before the token at `i`.
    private static func followsComparison(_ i: Int, in s: ClauseStructure) -> Bool {
        var k = i - 1
        while k >= 0 {
            let text = s.tokens[k].text
            switch s.tokens[k].role {
            case .space, .word(.time), .word(.nominal), .word(.scope):
                k -= 1
            case .word(.preposition), .word(.adverb):
                return SubjectLexicon.comparisonHeads.contains(where: { text.hasPrefix($0) })
            default:
                return false
            }
        }
        return false
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
                case .verb where !sawLevelMarker && SubjectLexicon.creationVerbs.contains(s.tokens[i].text):
                    // `比去年同期新增11条`: new items against a comparison are a rise.
                    return followsComparison(i, in: s) ? .increase : nil
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
