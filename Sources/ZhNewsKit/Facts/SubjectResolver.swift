/// Finds the noun phrase each quantity of a sentence measures or counts.
///
/// The resolver reads the sentence as a sequence of classified tokens
/// (``ClauseStructure``) and tries, for each quantity, in order:
///
/// 1. a `分别` ("respectively") list: `A、B、C分别为x、y、z` maps members to
///    quantities in order;
/// 2. a quantity in brackets after a noun: `绿色矿山数量(112座)`;
/// 3. quantity–measure word–noun: `53个国省水质考核断面`, `为期3天的调研活动`,
///    dropping a `的`-clause (`18名长期奋战在基层一线的生态环保工作者` →
///    `生态环保工作者`) and running through stacked quantities (`6类180项任务`);
/// 4. subject–predicate–quantity: the noun phrase left of the copula, change or
///    rank verb and the adverbs before the quantity (`全市工业固废综合利用率达80%`),
///    or the object of a verb (`实现产值271亿元` → `产值`); a prepositional
///    phrase (`在中部省会城市`, `比上年同期`) is never the subject;
/// 5. a clause-initial count that is the subject of a verb takes its object
///    (`241人次参与…活动`);
/// 6. an elided subject: the subject named by an earlier clause after the last
///    resolved quantity, else the subject of the last quantity with the same
///    unit in the sentence, else of the previous quantity, else the subject of
///    an earlier clause, else what ``SubjectContext`` remembers from earlier
///    sentences (the last subject with the same measure word, then the last one).
///
/// Along the way: `X为N的Y` measures X (`库容为800万立方米的水库` → `库容`),
/// `为[reference]的N%` the reference, a second coordinated rank shares the
/// first one's subject (`位列全国第五、中部第一`), bracketed alternatives stay
/// attached (`县(区)`), and a leading year, a closing distributive unit
/// (`价格每公斤`) or an opening indefinite article is dropped.
///
/// The lexicons behind the word classes are in ``SubjectLexicon``; the method
/// and its limits are described in `Docs/Subjects.md`.
struct SubjectResolver: Sendable {
    /// The subject of each quantity of `sentence` (same order), as byte ranges
    /// of `sentence.text`; `nil` where the text names none.
    ///
    /// - Parameter antecedent: The subject of the previous fact in the article,
    ///   for an elided subject (`已解决504件`).
    /// - Complexity: O(n) in the sentence length for typical sentences; each
    ///   quantity scans at most its own sentence.
    func subjects(in sentence: SentenceQuantities, antecedent: Range<Int>?) -> [Range<Int>?] {
        subjects(in: sentence, structure: ClauseStructure(sentence), antecedent: antecedent)
    }

    /// The same as ``subjects(in:antecedent:)`` over the already built
    /// structure of `sentence`, so that a caller that also detects changes
    /// builds it once.
    func subjects(in sentence: SentenceQuantities, structure: ClauseStructure, antecedent: Range<Int>?) -> [Range<Int>?] {
        var context = SubjectContext(antecedent: antecedent)
        return subjects(in: sentence, structure: structure, context: &context)
    }

    /// The subject of each quantity of `sentence` (same order), with what
    /// earlier sentences of the article left in `context`; records this
    /// sentence's subjects in it. Call it for the sentences in text order.
    ///
    /// - Complexity: O(n) in the sentence length for typical sentences.
    func subjects(in sentence: SentenceQuantities, context: inout SubjectContext) -> [Range<Int>?] {
        subjects(in: sentence, structure: ClauseStructure(sentence), context: &context)
    }

    /// The same as ``subjects(in:context:)`` over the already built structure of `sentence`.
    func subjects(in sentence: SentenceQuantities, structure: ClauseStructure, context: inout SubjectContext) -> [Range<Int>?] {
        let result = resolve(sentence, structure: structure, context: context)
        context.record(sentence.quantities, subjects: result)
        return result
    }

    private func resolve(_ sentence: SentenceQuantities, structure: ClauseStructure, context: SubjectContext) -> [Range<Int>?] {
        let finder = PhraseFinder(s: structure, kinds: sentence.quantities.map(\.kind))
        let quantities = sentence.quantities
        var result = [Range<Int>?](repeating: nil, count: quantities.count)
        let (listed, unnamed) = finder.respectivelyLists(quantityCount: quantities.count)
        var distributed = [Range<Int>?](repeating: nil, count: quantities.count)
        var recent: [Range<Int>] = []  // distinct subjects of earlier quantities, in order

        let order = quantities.indices.sorted {
            (structure.quantityTokens[$0] ?? Int.max, $0) < (structure.quantityTokens[$1] ?? Int.max, $1)
        }
        // Earlier subjects of the sentence for elided ones: the last one and
        // the last one per measure word. Quantities inside a prepositional
        // phrase (`在22个县市中`) are no antecedents.
        // The earlier-clause subject depends only on the clause, so it is
        // computed once per clause (linear time with many elided quantities).
        var clauseSubjects: [Int: Range<Int>?] = [:]
        func clauseSubject(before t: Int) -> Range<Int>? {
            let clause = structure.clauseBreakBefore[t]
            if let known = clauseSubjects[clause] { return known }
            let found = finder.previousClauseSubject(before: t)
            clauseSubjects[clause] = found
            return found
        }
        var lastSubject: Range<Int>? = nil
        var lastSubjectEnd = Int.max  // end of the quantity that gave `lastSubject`
        var lastByUnit: [String: Range<Int>] = [:]
        for qi in order {
            let quantity = quantities[qi]
            var subject: Range<Int>? = nil
            if let group = unnamed.first(where: { $0.first == qi }), recent.count >= group.count {
                for (qj, r) in zip(group, recent.suffix(group.count)) { distributed[qj] = r }
            }
            if let t = structure.quantityTokens[qi] {
                subject = listed[qi] ?? distributed[qi] ?? finder.subject(ofQuantityAt: t, kind: quantity.kind)
            }
            // An earlier clause that names a subject after the last resolved
            // quantity is nearer than that quantity's subject
            // (`…货物吞吐量3.2亿吨,…;完成集装箱吞吐量[unparsed],同比增长9%`).
            if subject == nil, let t = structure.quantityTokens[qi], let clause = clauseSubject(before: t),
                clause.lowerBound >= lastSubjectEnd
            {
                subject = clause
            }
            if subject == nil, let unit = Self.measureWord(of: quantity) {
                subject = lastByUnit[unit]
            }
            if subject == nil {
                subject = lastSubject
            }
            if subject == nil, let t = structure.quantityTokens[qi], let clause = clauseSubject(before: t) {
                subject = clause
            }
            if subject == nil, let unit = Self.measureWord(of: quantity) {
                subject = context.subject(forUnit: unit)
            }
            if subject == nil {
                subject = context.last
            }
            result[qi] = subject
            if let subject, recent.last != subject { recent.append(subject) }
            if let subject, structure.quantityTokens[qi].map({ !finder.isInPrepositionalPhrase($0) }) ?? true {
                lastSubject = subject
                lastSubjectEnd = quantity.bytes.upperBound
                if let unit = Self.measureWord(of: quantity) { lastByUnit[unit] = subject }
            }
        }
        return result
    }

    /// The measure word an elided count or measure is matched on.
    private static func measureWord(of quantity: SentenceQuantities.Quantity) -> String? {
        guard quantity.kind == .count || quantity.kind == .measure, let unit = quantity.unit, !unit.isEmpty else { return nil }
        return unit
    }
}

/// Noun-phrase search over a ``ClauseStructure``.
private struct PhraseFinder {
    let s: ClauseStructure
    /// The kind of each quantity of the sentence.
    let kinds: [QuantityKind]

    var count: Int { s.tokens.count }

    /// Bytes of the tokens `range`.
    func bytes(_ range: ClosedRange<Int>) -> Range<Int> {
        s.tokens[range.lowerBound].bytes.lowerBound..<s.tokens[range.upperBound].bytes.upperBound
    }

    /// Next index after `i` that is not a space.
    func next(_ i: Int) -> Int {
        var k = i + 1
        while k < count, s.tokens[k].role == .space { k += 1 }
        return k
    }

    /// Previous index before `i` that is not a space.
    func previous(_ i: Int) -> Int {
        var k = i - 1
        while k >= 0, s.tokens[k].role == .space { k -= 1 }
        return k
    }

    func isQuantity(_ i: Int) -> Bool {
        guard s.tokens.indices.contains(i), case .quantity = s.tokens[i].role else { return false }
        return true
    }

    // MARK: One quantity

    func subject(ofQuantityAt t: Int, kind: QuantityKind) -> Range<Int>? {
        let ordinal = kind == .ordinal
        // `位列全国第五、中部第一`: the second rank shares the first one's subject.
        if ordinal, isCoordinatedRank(t) { return nil }
        // A quantity in brackets right after a noun: `绿色矿山数量(112座)`.
        let before = previous(t)
        if before >= 0, s.tokens[before].role == .openBracket, let close = s.partner[before], close == next(t),
            let phrase = leftPhrase(endingBefore: before, ordinal: false, sawPredicate: true)
        {
            return bytes(trimCountNoun(phrase, kind: kind))
        }
        // Quantity–measure word–noun.
        if kind != .percentagePoint && !ordinal {
            var k = next(t)
            while isQuantity(k) { k = next(k) }  // stacked quantities: `6类180项…`
            var afterDe = false
            if s.wordClass(k) == .attributive {
                k = next(k)
                afterDe = true
            }
            var phrase: ClosedRange<Int>? = nil
            // An amount or a measure names its noun on the right only after
            // `的` (`为期3天的调研活动`) or when nothing on the left does
            // (`超额完成623公顷…任务`); a count's noun follows its measure word.
            var leftFirst = (kind == .money || kind == .measure || kind == .other || kind == .ratio) && !afterDe
            if afterDe, kind == .money || kind == .measure, let x = measuredBefore(t) {
                // `装机容量为20万千瓦的光伏电站`, `海拔4500米以上的那曲市`: X is measured,
                // even as the object of a preposition (`在海拔…`).
                return bytes(x)
            }
            if leftFirst, kind == .money, s.isNominal(k), let right = rightPhrase(from: k) {
                // …unless that noun closes the clause (`可处二百元以下罚款;`).
                let after = next(right.upperBound)
                if after >= count || s.tokens[after].role == .clauseBreak { leftFirst = false }
            }
            var left = leftFirst ? leftPhrase(endingBefore: t, ordinal: ordinal, sawPredicate: false) : nil
            if let l = left, l.count == 1, s.wordClass(l.lowerBound) == .verb || s.tokens[l.lowerBound].text.count == 1,
                s.isNominal(k)
            {
                // `用3到5年时间`: a bare verb (or a lone character, mostly an
                // unlisted verb) is no subject when a noun follows.
                left = nil
            }
            if let left {
                return bytes(trimCountNoun(trimDistributive(attributePart(of: left)), kind: kind))
            } else if kind == .percentage && !afterDe {
                // `超过60%的受访者` only: a bare percentage does not count a noun after it.
            } else if s.isPhraseMaterial(k), case .openQuote = s.tokens[k].role, !isQuantity(next(k)) {
                phrase = rightPhrase(from: k)
            } else if s.isNominal(k) {
                phrase = rightPhrase(from: k)
            } else if afterDe, s.wordClass(k) == .verb, s.isNominal(next(k)) {
                // `为期5天的培训班`.
                phrase = rightPhrase(from: k)
            } else if kind == .count, k < count, s.wordClass(k) != nil, attributive(after: k) != nil {
                // `18名长期奋战在基层一线的生态环保工作者`.
                phrase = rightPhrase(from: k)
            }
            if let phrase {
                var range = bytes(entityPart(of: phrase))
                // `在22个县市中`: the localizer glued to the noun is not part of it.
                if isInPrepositionalPhrase(t), let ch = s.tokens[phrase.upperBound].text.last, "中内里".contains(ch),
                    s.tokens[phrase.upperBound].text.count > 1, range.upperBound == s.tokens[phrase.upperBound].bytes.upperBound
                {
                    range = range.lowerBound..<(range.upperBound - String(ch).utf8.count)
                }
                return range
            }
        }
        // Subject–predicate–quantity, or verb–object–quantity.
        if let phrase = leftPhrase(endingBefore: t, ordinal: ordinal, sawPredicate: false) {
            return bytes(trimCountNoun(trimDistributive(attributePart(of: phrase)), kind: kind))
        }
        // A clause-initial count as the subject of a verb: `241人次参与…活动`.
        if kind == .count, startsClause(t) {
            let v = next(t)
            if s.wordClass(v) == .verb, let phrase = rightPhrase(from: next(v)) { return bytes(phrase) }
        }
        return nil
    }

    /// Whether the quantity at `t` measures a noun on its left: right after a
    /// noun (`海拔4500米`) or after a measuring copula with a noun before it
    /// (`装机容量为20万千瓦`).
    func measuredBefore(_ t: Int) -> ClosedRange<Int>? {
        var p = previous(t)
        while p >= 0, s.wordClass(p) == .qualifier || s.wordClass(p) == .adverb { p = previous(p) }
        guard p >= 0 else { return nil }
        if !s.isNominal(p) {
            guard s.wordClass(p) == .copula, SubjectLexicon.measuringCopulas.contains(s.tokens[p].text) else { return nil }
            p = previous(p)
            guard s.isNominal(p) else { return nil }
        }
        guard let phrase = collectMember(from: p) else { return nil }
        return droppingArticle(phrase)
    }

    /// A phrase without an opening indefinite article (`一座装机容量` →
    /// `装机容量`) or the measure word of a demonstrative before it (`这`+`座总投资`).
    func droppingArticle(_ phrase: ClosedRange<Int>) -> ClosedRange<Int> {
        guard phrase.lowerBound < phrase.upperBound else { return phrase }
        let head = s.tokens[phrase.lowerBound].text
        let before = previous(phrase.lowerBound)
        if SubjectLexicon.indefiniteArticles.contains(head)
            || head.count == 1 && before >= 0 && SubjectLexicon.demonstratives.contains(s.tokens[before].text)
        {
            return next(phrase.lowerBound)...phrase.upperBound
        }
        return phrase
    }

    /// Whether only adverbs and qualifiers stand between the clause start and `t`.
    func startsClause(_ t: Int) -> Bool {
        var i = t - 1
        while i >= 0 {
            switch s.tokens[i].role {
            case .space: break
            case .clauseBreak: return true
            case .word(.adverb), .word(.qualifier), .word(.connector), .word(.time): break
            default: return false
            }
            i -= 1
        }
        return true
    }

    /// Where a phrase right after a count splits into the counted entity and a
    /// measured attribute: `[地表水国考断面][水质优良比例]` in
    /// `11个地表水国考断面水质优良比例为90.9%`.
    func attributeSplit(_ phrase: ClosedRange<Int>) -> Int? {
        guard phrase.count > 1 else { return nil }
        for m in (phrase.lowerBound + 1)...phrase.upperBound {
            guard case .word = s.tokens[m].role else { continue }
            if SubjectLexicon.isAttribute(s.tokens[m].text) { return m }
        }
        return nil
    }

    /// Whether a quantity follows `i` in the clause, with at most a predicate
    /// (adverbs, a copula, change or rank verb) between.
    func predicateWithQuantity(after i: Int) -> Bool {
        var k = next(i)
        while k < count {
            switch s.tokens[k].role {
            case .quantity: return true
            case .word(.adverb), .word(.aspect), .word(.qualifier), .space: break
            case .word(.copula), .word(.rise), .word(.fall), .word(.rank), .word(.changeToLevel): break
            default: return false
            }
            k += 1
        }
        return false
    }

    /// The counted entity of a right-hand phrase that goes on into the subject
    /// of a later quantity (`11个[地表水国考断面]水质优良比例为90.9%`).
    func entityPart(of phrase: ClosedRange<Int>) -> ClosedRange<Int> {
        guard predicateWithQuantity(after: phrase.upperBound), let m = attributeSplit(phrase) else { return phrase }
        let end = previous(m)
        return end >= phrase.lowerBound ? phrase.lowerBound...end : phrase
    }

    /// The measured attribute of a left-hand phrase that starts right after a
    /// count (`11个地表水国考断面[水质优良比例]为90.9%`).
    func attributePart(of phrase: ClosedRange<Int>) -> ClosedRange<Int> {
        let before = previous(phrase.lowerBound)
        guard before >= 0, case .quantity(let qi) = s.tokens[before].role, kinds[qi] == .count,
            let m = attributeSplit(phrase)
        else { return phrase }
        return m...phrase.upperBound
    }

    /// The subject of an earlier clause of the sentence (`公司ESG评级由BBB级上调至A级,
    /// 在…中排名第二`): the noun phrase opening the nearest earlier clause that
    /// has one, followed by its predicate.
    func previousClauseSubject(before t: Int) -> Range<Int>? {
        var end = t
        for _ in 0..<3 {
            // The break ending the previous clause, then the one before it.
            guard end > 0, end < count else { return nil }
            let b = s.clauseBreakBefore[end]
            guard b > 0 else { return nil }
            let a = s.clauseBreakBefore[b]
            var k = next(a)
            while k < b, let c = s.wordClass(k), [.time, .connector, .adverb, .deictic].contains(c) { k = next(k) }
            // `完成集装箱吞吐量…`: the object of a clause-initial verb.
            if k < b, s.wordClass(k) == .verb, s.isPhraseMaterial(next(k)), var phrase = rightPhrase(from: next(k)), phrase.upperBound < b {
                // Up to an unparsed number (`集装箱吞吐量|860万标箱`).
                if let digit = phrase.first(where: { s.tokens[$0].text.first.map { $0.isASCII && $0.isNumber } == true }), digit > phrase.lowerBound {
                    phrase = phrase.lowerBound...previous(digit)
                }
                // A name in title marks or quotes alone is the name (`推动「大粮仓计划」`).
                if s.tokens[phrase.lowerBound].role == .openQuote, s.partner[phrase.lowerBound] == phrase.upperBound,
                    phrase.upperBound - phrase.lowerBound >= 2
                {
                    phrase = (phrase.lowerBound + 1)...(phrase.upperBound - 1)
                }
                return bytes(phrase)
            }
            if k < b, s.isPhraseMaterial(k), let phrase = rightPhrase(from: k), phrase.upperBound < b {
                let after = next(phrase.upperBound)
                switch s.wordClass(after) {
                case .verb, .copula, .rise, .fall, .rank, .adverb, .preposition, .changeToLevel, .aspect:
                    return bytes(phrase)
                default: break
                }
            }
            // Else the noun phrase before the clause's first copula, change or
            // rank verb (`涉及大气污染的案件占比最高`).
            var p = a + 1
            while p < b {
                if let c = s.wordClass(p), [.copula, .rise, .fall, .rank, .changeToLevel].contains(c),
                    let phrase = leftPhrase(endingBefore: p, ordinal: false, sawPredicate: true), phrase.lowerBound > a
                {
                    return bytes(phrase)
                }
                p += 1
            }
            end = b
        }
        return nil
    }

    /// Drops `数量` after a counted noun: `绿色矿山数量` counted in `座` is `绿色矿山`.
    func trimCountNoun(_ phrase: ClosedRange<Int>, kind: QuantityKind) -> ClosedRange<Int> {
        guard kind == .count, phrase.count > 1,
            SubjectLexicon.countNouns.contains(s.tokens[phrase.upperBound].text)
        else { return phrase }
        let end = previous(phrase.upperBound)
        return end >= phrase.lowerBound ? phrase.lowerBound...end : phrase
    }

    // MARK: Leftward

    /// The noun phrase governing a quantity from the left. Skips the predicate
    /// (adverbs, copula, change or rank verb, aspect particles, a comparison
    /// phrase) and then collects the noun phrase.
    ///
    /// - Parameter sawPredicate: Whether predicate material already separates
    ///   the search start from the quantity (a verb right before the quantity
    ///   with a noun before it is otherwise read as a nominalised head:
    ///   `现场帮扶68家次`).
    func leftPhrase(endingBefore t: Int, ordinal: Bool, sawPredicate initial: Bool) -> ClosedRange<Int>? {
        var i = t - 1
        var sawPredicate = initial
        while i >= 0 {
            switch s.tokens[i].role {
            case .space:
                i -= 1
            case .closeBracket:
                guard let o = s.partner[i] else { return nil }
                // `社区卫生服务中心(乡镇卫生院)213个`: a bracketed alternative
                // right before the quantity stays with its noun.
                if !sawPredicate, isAlternative(o...i), s.isNominal(previous(o)) || s.wordClass(previous(o)) == .verb,
                    let phrase = collectLeft(from: previous(o), ordinal: ordinal)
                {
                    return phrase.lowerBound...i
                }
                i = o - 1
                sawPredicate = true
            case .closeQuote:
                return collectLeft(from: i, ordinal: ordinal)
            case .word(let c):
                switch c {
                case .adverb, .aspect, .qualifier, .copula, .rise, .fall, .changeToLevel, .levelMarker, .rank, .respectively:
                    sawPredicate = true
                    i -= 1
                case .scope where ordinal:
                    i -= 1
                case .preposition:
                    // A fused comparison (`较去年`), a phrase already skipped, or
                    // a verb's complement (`稳定在`).
                    let p = previous(i)
                    let complement = p >= 0 && [.copula, .verb, .rise, .fall, .adverb].contains(s.wordClass(p))
                    let source = ["由", "从", "自"].contains(s.tokens[i].text)  // `由30%提高到42%`
                    guard sawPredicate || complement || source else { return nil }
                    sawPredicate = true
                    i -= 1
                case .verb:
                    // A verb right before the quantity after a noun, or after a
                    // verb that is not a light verb, is a nominalised head
                    // (`现场帮扶68家次`, `员工培训投入4600万元`); a light verb is the
                    // predicate (`投资完成…`, `完成整治612个`).
                    let p = previous(i)
                    let light = SubjectLexicon.lightVerbs.contains(s.tokens[i].text)
                    let afterVerb = p >= 0 && s.wordClass(p) == .verb
                        && !SubjectLexicon.lightVerbs.contains(s.tokens[p].text) && s.isPhraseMaterial(previous(p))
                    let clauseInitial = p < 0 || s.tokens[p].role == .clauseBreak  // `,帮扶68家次`
                    // A state verb is the predicate of the noun before it (`树木倒塌320棵`).
                    let state = SubjectLexicon.stateVerbs.contains(s.tokens[i].text)
                    if !sawPredicate, !light, !state, s.isPhraseMaterial(p) || afterVerb || clauseInitial {
                        return collectLeft(from: i, ordinal: ordinal)
                    }
                    sawPredicate = true
                    i -= 1
                case .nominal, .scope, .riseNoun, .fallNoun:
                    return collectLeft(from: i, ordinal: ordinal)
                case .localizer:
                    // `在全省14个市州中排名第三`: skip the whole 在…中 phrase.
                    guard let p = opening(before: i) else { return nil }
                    i = p - 1
                    sawPredicate = true
                case .time:
                    // `比2020年减少了…`: a time word after a preposition.
                    let p = previous(i)
                    guard p >= 0, s.wordClass(p) == .preposition else { return nil }
                    i = p - 1
                    sawPredicate = true
                case .deictic:
                    // `我县连续3年获评…`: the place itself is the clause subject.
                    return i...i
                case .attributive:
                    // `由上年的1200公顷`: a time word's 的 before the quantity.
                    let p = previous(i)
                    if p >= 0, s.wordClass(p) == .time {
                        i = p - 1
                        sawPredicate = true
                        continue
                    }
                    // `由改革之初的74.1%`: the source of a change is skipped whole.
                    if let p = prepositionOpening(phraseEndingAt: i),
                        SubjectLexicon.sourcePrepositions.contains(s.tokens[p].text)
                    {
                        i = p - 1
                        sawPredicate = true
                        continue
                    }
                    // `工业用水量占全市用水总量的40%`: the whole of a share is not its subject.
                    guard let c = shareCopula(before: i) else { return nil }
                    // `为年度计划的62.5%`: a fraction of a reference measures the reference.
                    if !sawPredicate, SubjectLexicon.referenceCopulas.contains(s.tokens[c].text),
                        let whole = collectLeft(from: previous(i), ordinal: ordinal), whole.lowerBound > c
                    {
                        return whole
                    }
                    i = c - 1
                    sawPredicate = true
                case .connector, .listEnd, .conjunction:
                    return nil
                }
            case .quantity, .clauseBreak, .listBreak, .openBracket, .openQuote:
                return nil
            }
        }
        return nil
    }

    /// Whether a bracket pair holds only nouns (and `、`): an alternative name
    /// (`(乡镇卫生院)`, `(区)`), not an aside with numbers or verbs.
    func isAlternative(_ pair: ClosedRange<Int>) -> Bool {
        let inner = (pair.lowerBound + 1)..<pair.upperBound
        guard !inner.isEmpty, inner.reduce(0, { $0 + s.tokens[$1].text.count }) <= 8 else { return false }
        return inner.allSatisfy { k in
            switch s.tokens[k].role {
            case .listBreak, .space: return true
            case .word(let c): return c != .attributive && c != .aspect
            default: return false
            }
        }
    }

    /// Drops a distributive unit that closes a phrase (`收购价格每公斤` →
    /// `收购价格`): it qualifies the quantity, not the noun. A phrase that opens
    /// with one (`每人每日垃圾清运量`) keeps it.
    func trimDistributive(_ phrase: ClosedRange<Int>) -> ClosedRange<Int> {
        guard phrase.count > 1 else { return phrase }
        for k in (phrase.lowerBound + 1)...phrase.upperBound where s.tokens[k].text.first == SubjectLexicon.distributive {
            // Only the unit may follow the marker.
            let tail = k == phrase.upperBound || (k + 1 == phrase.upperBound && s.tokens[k].text.count == 1)
            let end = previous(k)
            if tail, end >= phrase.lowerBound { return phrase.lowerBound...end }
            break
        }
        return phrase
    }

    /// Whether the rank at `t` is the second of coordinated ranks
    /// (`位列全国第五、中部第一`): only scope nouns stand between it and an
    /// earlier rank and a `、`.
    func isCoordinatedRank(_ t: Int) -> Bool {
        var k = previous(t)
        while k >= 0, s.isNominal(k) { k = previous(k) }
        guard k >= 0, s.tokens[k].role == .listBreak || s.wordClass(k) == .conjunction else { return false }
        let p = previous(k)
        guard p >= 0, case .quantity(let qi) = s.tokens[p].role else { return false }
        return kinds[qi] == .ordinal
    }

    /// The copula `占` (or `为`, `达`) opening `占[whole]的` before the `的` at `i`,
    /// with only nouns between.
    func shareCopula(before i: Int) -> Int? {
        var k = i - 1
        while k >= 0, i - k <= ClauseStructure.phraseWindow {
            switch s.tokens[k].role {
            case .word(.copula): return k
            case .word(.verb) where SubjectLexicon.referenceCopulas.contains(s.tokens[k].text): return k
            case .word(.nominal), .word(.scope), .space: k -= 1
            case .closeQuote, .openQuote: k -= 1
            default: return nil
            }
        }
        return nil
    }

    /// The preposition that opens a phrase ending at `j`, when only nouns,
    /// time words and quantities stand between them.
    func prepositionOpening(phraseEndingAt j: Int) -> Int? {
        var k = j - 1
        while k >= 0, j - k <= ClauseStructure.phraseWindow {
            switch s.tokens[k].role {
            case .word(.preposition): return k
            case .word(.nominal), .word(.time), .word(.scope), .quantity, .space: k -= 1
            default: return nil
            }
        }
        return nil
    }

    /// The preposition opening the phrase a localizer at `i` closes, in the same clause.
    func opening(before i: Int) -> Int? {
        var k = i - 1
        while k >= 0, i - k <= ClauseStructure.phraseWindow {
            switch s.tokens[k].role {
            case .clauseBreak: return nil
            case .word(.preposition): return k
            default: k -= 1
            }
        }
        return nil
    }

    /// Collects a noun phrase whose last token is `last`, walking left.
    func collectLeft(from last: Int, ordinal: Bool) -> ClosedRange<Int>? {
        var first = last
        var j = last
        var stoppedAtList = false
        scan: while j >= 0 {
            let token = s.tokens[j]
            switch token.role {
            case .space:
                j -= 1
            case .closeQuote:
                guard let o = s.partner[j], o < j else { break scan }
                first = o
                j = o - 1
            case .listBreak:
                stoppedAtList = true
                break scan
            case .closeBracket:
                // `细颗粒物(PM2.5)平均浓度`: an aside inside the noun.
                guard let o = s.partner[j], o < j, s.isPhraseMaterial(previous(o)),
                    !(o...j).contains(where: isQuantity)
                else { break scan }
                first = o
                j = o - 1
            case .word(let c):
                switch c {
                case .nominal, .scope, .riseNoun, .fallNoun:
                    first = j
                    j -= 1
                case .verb:
                    // Included when it is the nominalised head itself, or a
                    // verb before a nominal suffix (`利用`+`率`).
                    let suffix = j + 1 == first && j != last && s.tokens[first].text.count == 1
                        && s.tokens[first].text.first.map { SubjectLexicon.nominalSuffixes.contains($0) } == true
                    let p = previous(j)
                    let timePrefix = j != last && p >= 0 && s.isNominal(p)
                        && SubjectLexicon.boundTimePrefixes.contains(s.tokens[p].text)
                    // A verb inside a compound noun: before a head or attribute
                    // noun, or before another included verb, with a noun before
                    // it (`生态修复资金`, `整治完成率`, `员工培训投入`).
                    let light = SubjectLexicon.lightVerbs.contains(s.tokens[j].text)
                    let right = String(s.tokens[first].text)
                    let head = s.tokens[last].text
                    // (`城镇登记失业率`: the verb right before a short attribute noun.)
                    // A one-character suffix counts only right after the verb
                    // (`节省|电费` is a verb and its object, not a compound).
                    let joined = Substring(s.tokens[first...last].map(\.text).joined())
                    let headIsAttribute = last - first <= 1 && (SubjectLexicon.isAttribute(head) || SubjectLexicon.isAttribute(joined)
                        || (first == last && head.count == 1 && head.first.map { SubjectLexicon.nominalSuffixes.contains($0) } == true))
                    // `受损道路`, `倒塌房屋`: a state verb opening the phrase modifies the noun.
                    let stateModifier = j != last && j + 1 == first && SubjectLexicon.stateVerbs.contains(s.tokens[j].text)
                    let compound = j != last && !light && p >= 0 && s.isPhraseMaterial(p)
                        && (SubjectLexicon.headNouns.contains(right) || SubjectLexicon.isAttribute(s.tokens[first].text)
                            || (s.wordClass(first) == .verb && !SubjectLexicon.stateVerbs.contains(right)) || headIsAttribute)
                    // `…,改善幅度排名第一`: a clause-initial verb before one attribute noun.
                    let clauseInitial = !light && first == last && next(j) == first && SubjectLexicon.isAttribute(head)
                        && (p < 0 || s.tokens[p].role == .clauseBreak)
                    guard j == last || suffix || timePrefix || compound || clauseInitial || stateModifier else { break scan }
                    first = j
                    j -= 1
                case .adverb where SubjectLexicon.adjectivalAdverbs.contains(token.text) && s.isNominal(first):
                    // `累计成交额`: a cumulative adverb used as a modifier.
                    first = j
                    j -= 1
                case .localizer where s.isNominal(j + 1) && j + 1 == first:
                    first = j
                    j -= 1
                case .conjunction:
                    guard s.isPhraseMaterial(previous(j)) else { break scan }
                    j -= 1
                case .preposition:
                    // `,对欧盟出口额约9.8亿欧元`: a clause-initial target stays in the subject.
                    let p = previous(j)
                    if SubjectLexicon.targetPrepositions.contains(token.text), first > j,
                        p < 0 || s.tokens[p].role == .clauseBreak || [.connector, .time, .adverb].contains(s.wordClass(p))
                    {
                        return j...last
                    }
                    // What was collected is the object of a preposition: not the subject.
                    return leftPhrase(endingBefore: j, ordinal: ordinal, sawPredicate: true)
                case .time:
                    // `较前一年`: a time phrase opened by a preposition.
                    if let p = prepositionOpening(phraseEndingAt: j) {
                        return leftPhrase(endingBefore: p, ordinal: ordinal, sawPredicate: true)
                    }
                    break scan
                case .rank, .copula, .rise, .fall, .changeToLevel, .levelMarker:
                    guard ordinal else { break scan }
                    // Between a rank verb and its rank: scope (`排全省第二`).
                    return leftPhrase(endingBefore: j + 1, ordinal: ordinal, sawPredicate: true)
                default:
                    break scan
                }
            default:
                break scan
            }
        }
        // `在22个县市中排名第一`: a phrase closed by a localizer inside a word.
        if let ch = s.tokens[last].text.last, "中内里".contains(ch), s.tokens[last].text.count > 1,
            let p = prepositionOpening(phraseEndingAt: first)
        {
            return leftPhrase(endingBefore: p, ordinal: ordinal, sawPredicate: true)
        }
        // `国家级、省级绿色工厂`: the level list is dropped.
        if stoppedAtList, first < last, s.tokens[first].text.hasSuffix("级"),
            s.tokens[max(0, previous(j))].text.hasSuffix("级")
        {
            first = next(first)
        }
        // `占地区生产总值比重`: the share, not the whole it is taken of.
        if j >= 0, s.tokens[j].text == SubjectLexicon.shareCopula, first < last,
            SubjectLexicon.shareNouns.contains(s.tokens[last].text)
        {
            first = last
        }
        // No dangling conjunction or particle at the start.
        while first < last, let c = s.wordClass(first), c == .conjunction || c == .attributive || s.tokens[first].role == .space {
            first += 1
        }
        first = droppingArticle(first...last).lowerBound
        return first...last
    }

    // MARK: Rightward

    /// The noun phrase starting at `start`, walking right: a `的`-clause is
    /// dropped, a verb or adverb ends the phrase (a verb before a head noun,
    /// as in `整治任务`, stays).
    func rightPhrase(from start: Int) -> ClosedRange<Int>? {
        var first: Int? = nil
        var last = start
        var before: ClosedRange<Int>? = nil  // the phrase before the last `的`
        var k = start
        scan: while k < count {
            let token = s.tokens[k]
            switch token.role {
            case .space:
                k += 1
            case .openQuote:
                guard let p = s.partner[k], p > k else { break scan }
                if first == nil { first = k }
                last = p
                k = p + 1
            case .openBracket:
                // An aside inside the noun (`微细悬浮粒子(PM2.5)平均浓度`) or an
                // alternative name closing it (`74个县(区)`).
                guard first != nil, let p = s.partner[k], p > k, !(k...p).contains(where: isQuantity),
                    s.isPhraseMaterial(next(p)) || isAlternative(k...p)
                else { break scan }
                last = p
                k = p + 1
            case .word(let c):
                switch c {
                case .nominal, .scope, .riseNoun, .fallNoun:
                    if first == nil { first = k }
                    last = k
                    k += 1
                case .deictic where first == nil && s.isNominal(k):
                    first = k
                    last = k
                    k += 1
                case .attributive:
                    if let f = first {
                        // `十一个设区市的考核`: the count is of the places.
                        if isPossessor(f...last) { return f...last }
                        before = f...last
                    }
                    first = nil
                    k += 1
                case .conjunction:
                    guard first != nil, s.isPhraseMaterial(next(k)) else { break scan }
                    k += 1
                case .verb where first != nil:
                    let n = next(k)
                    guard n < count, SubjectLexicon.headNouns.contains(s.tokens[n].text) else { break scan }
                    last = n
                    k = n + 1
                case .verb where attributive(after: k) == nil && s.isNominal(next(k)):
                    // A verb modifying the noun after it (`培训班`).
                    first = k
                    last = k
                    k += 1
                default:
                    if let f = first, s.wordClass(next(k)) == .attributive {
                        // `欧盟四期以前的柴油商业车辆`: a modifier ending in a time word.
                        before = f...last
                        first = nil
                        k = next(k) + 1
                        continue scan
                    }
                    // A modifier clause before `的`: `长期奋战在基层一线的`.
                    guard first == nil, let de = attributive(after: k) else { break scan }
                    k = de + 1
                }
            default:
                break scan
            }
        }
        if let f = first { return f...last }
        return before
    }

    /// Whether a phrase is made of nouns only and ends in a place or organisation noun.
    func isPossessor(_ phrase: ClosedRange<Int>) -> Bool {
        guard let ch = s.tokens[phrase.upperBound].text.last, SubjectLexicon.possessorEndings.contains(ch) else { return false }
        return phrase.allSatisfy { s.tokens[$0].role == .space || s.isPhraseMaterial($0) }
    }

    /// Whether the quantity token `t` sits in a prepositional phrase (`在22个县市中`),
    /// other than the source of a change (`由30%提高到42%`).
    func isInPrepositionalPhrase(_ t: Int) -> Bool {
        guard let p = prepositionOpening(phraseEndingAt: t) else { return isInLocativeFrame(t) }
        return !SubjectLexicon.sourcePrepositions.contains(s.tokens[p].text)
    }

    /// Whether the quantity at `t` counts the group of a locative frame whose
    /// `在` is elided, closed by a localizer before a rank
    /// (`…、全国168个重点城市中排名第45`).
    func isInLocativeFrame(_ t: Int) -> Bool {
        var k = next(t)
        var last = -1
        while k < count, s.isNominal(k) {
            last = k
            k = next(k)
        }
        guard last >= 0 else { return false }
        let glued = s.tokens[last].text.count > 1 && s.tokens[last].text.last.map { "中内里".contains($0) } == true
        if s.wordClass(k) == .localizer { k = next(k) } else if !glued { return false }
        return s.wordClass(k) == .rank
    }

    /// The next `的` in the clause after `k`, before any quantity.
    func attributive(after k: Int) -> Int? {
        var i = k + 1
        while i < count {
            switch s.tokens[i].role {
            case .word(.attributive): return i
            case .quantity, .clauseBreak, .listBreak: return nil
            default: i += 1
            }
        }
        return nil
    }

    // MARK: 分别 lists

    /// Subjects assigned through `分别` lists, by quantity index.
    func respectivelyLists(quantityCount: Int) -> (subjects: [Range<Int>?], unnamed: [[Int]]) {
        var result = [Range<Int>?](repeating: nil, count: quantityCount)
        var unnamed: [[Int]] = []
        for f in 0..<count where s.wordClass(f) == .respectively {
            // The quantities after 分别, in list order.
            var group: [Int] = []
            var k = f + 1
            while k < count, group.isEmpty {
                if case .quantity(let qi) = s.tokens[k].role { group.append(qi); break }
                if s.tokens[k].role == .clauseBreak { break }
                k += 1
            }
            guard !group.isEmpty else { continue }
            k = next(k)
            while k < count {
                let role = s.tokens[k].role
                if role == .listBreak || s.wordClass(k) == .conjunction {
                    let n = next(k)
                    guard case .quantity(let qi) = s.tokens[min(n, count - 1)].role, n < count else { break }
                    group.append(qi)
                    k = next(n)
                } else {
                    break
                }
            }
            let members = leftMembers(before: f)
            if members.count == group.count {
                for (qi, m) in zip(group, members) { result[qi] = bytes(m) }
            } else if let firstMember = members.first, let lastMember = members.last {
                let whole = firstMember.lowerBound...lastMember.upperBound
                for qi in group { result[qi] = bytes(whole) }
            } else if members.isEmpty, group.count > 1 {
                // `甲14520元,乙6830元,分别增长4.9%和6.6%`: the members are earlier clauses.
                unnamed.append(group)
            }
        }
        return (result, unnamed)
    }

    /// The `、`/`和`-separated noun phrases ending before `f`, in text order.
    func leftMembers(before f: Int) -> [ClosedRange<Int>] {
        var members: [ClosedRange<Int>] = []
        var i = previous(f)
        while i >= 0, s.wordClass(i) == .adverb { i = previous(i) }
        while i >= 0, s.isPhraseMaterial(i) {
            guard let m = collectMember(from: i) else { break }
            members.append(m)
            let sep = previous(m.lowerBound)
            guard sep >= 0, s.tokens[sep].role == .listBreak || s.wordClass(sep) == .conjunction else { break }
            i = previous(sep)
        }
        return members.reversed()
    }

    /// One member of a list: nominal tokens (and quoted spans) ending at `last`.
    func collectMember(from last: Int) -> ClosedRange<Int>? {
        var first = last
        var j = last
        while j >= 0 {
            switch s.tokens[j].role {
            case .closeQuote:
                guard let o = s.partner[j], o < j else { return first...last }
                first = o
                j = o - 1
            case .word(let c) where c == .nominal || c == .scope || c == .riseNoun || c == .fallNoun:
                first = j
                j -= 1
            case .word(.verb):
                let suffix = j + 1 == first && s.tokens[first].text.count == 1
                    && s.tokens[first].text.first.map { SubjectLexicon.nominalSuffixes.contains($0) } == true
                guard suffix else { return first...last }
                first = j
                j -= 1
            default:
                return first...last
            }
        }
        return first...last
    }
}
