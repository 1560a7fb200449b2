import Foundation

/// The scorer's per-file scoring (`score_file`), step by step.
extension GoldEvaluation {
    /// Removal reason whose false positives are counted.
    static let injectedToken = "injectedToken"
    /// Lenient subject match: common subsequence of at least this share of the gold subject.
    static let lenientOverlap = 0.6

    /// Unit aliases: canonical unit → the spellings that mean it (`nil` stands for "no unit").
    /// Both sides go through NFKC, trimming and lower-casing before the lookup; a unit not
    /// listed is compared as written.
    static let unitAliases: [(canonical: String?, aliases: [String])] = [
        ("%", ["%", "％", "percent", "pct", "百分比", "百分之"]),
        ("pp", ["pp", "百分点", "个百分点", "percentage point", "percentage points", "ppt", "pct pt", "ppts"]),
        ("CNY", ["CNY", "元", "人民币", "元人民币", "rmb", "¥", "yuan", "万元", "亿元", "万亿元", "千元", "百万元"]),
        ("USD", ["USD", "美元", "$", "us$", "万美元", "亿美元"]),
        ("公顷", ["公顷", "ha", "hectare", "hectares"]),
        ("天", ["天", "日", "day", "days"]),
        ("年", ["年", "year", "years"]),
        (nil, ["", "none", "null", "rank", "名次", "ordinal"]),
    ]

    /// NFKC, trimmed, lower-cased lookup key of a unit spelling.
    private static func unitKey(_ unit: String) -> String {
        strip(unit.precomposedStringWithCompatibilityMapping).lowercased()
    }

    private static let unitLookup: [String: String?] = {
        var table: [String: String?] = [:]
        for (canonical, aliases) in unitAliases {
            for alias in aliases { table[unitKey(alias)] = .some(canonical) }
        }
        return table
    }()

    /// A unit in canonical form (`nil` for none).
    static func normalizedUnit(_ unit: String?) -> String? {
        guard let unit else { return nil }
        if let canonical = unitLookup[unitKey(unit)] { return canonical }
        return strip(unit.precomposedStringWithCompatibilityMapping)
    }

    /// `nil`, empty, `"null"` and `"none"` read as absent; anything else trimmed.
    static func normalizedOption(_ value: String?) -> String? {
        guard let value else { return nil }
        let s = strip(value)
        return s.isEmpty || ["null", "none"].contains(s.lowercased()) ? nil : s
    }

    static func valueMatches(_ predicted: Double?, _ gold: Double) -> Bool {
        guard let predicted else { return false }
        return abs(predicted - gold) <= 1e-4 * max(1, abs(gold))
    }

    /// Strict and lenient agreement of a predicted subject with the gold one.
    static func subjectScores(predicted: String?, gold: String?) -> (strict: Bool, lenient: Bool) {
        let p = predicted.map(strip) ?? ""
        let g = gold.map(strip) ?? ""
        if g.isEmpty { return (p.isEmpty, p.isEmpty) }
        if p.isEmpty { return (false, false) }
        if p == g { return (true, true) }
        let ps = Array(p.unicodeScalars), gs = Array(g.unicodeScalars)
        let lenient = find(ps, in: gs) != nil || find(gs, in: ps) != nil
            || Double(lcsLength(ps, gs)) >= lenientOverlap * Double(gs.count)
        return (false, lenient)
    }

    /// Metadata agreement; `published` compares the date, and the time when the gold has one.
    static func metadataMatches(field: Metadata.Field, predicted: String?, gold: String) -> Bool {
        guard let predicted else { return false }
        let p = Array(strip(predicted).unicodeScalars), g = Array(strip(gold).unicodeScalars)
        guard field == .published else { return p == g }
        if g.count <= 10 { return p.prefix(10).elementsEqual(g.prefix(10)) }
        guard p.count >= 19, g.count >= 19 else { return false }
        return p[0..<10] == g[0..<10] && (p[10] == "T" || p[10] == " ") && p[11..<19] == g[11..<19]
    }

    /// Gold fact spans by the scorer's in-order scan; explicit consistent offsets win.
    static func goldSpans(_ gold: Gold) -> [Range<Int>?] {
        let text = Array(gold.text.unicodeScalars)
        var spans: [Range<Int>?] = []
        var cursor = 0
        var lastSame: [String: Int] = [:]
        for fact in gold.facts {
            guard let ft = fact.text, !ft.isEmpty else {
                spans.append(nil)
                continue
            }
            let needle = Array(ft.unicodeScalars)
            let previous = lastSame[ft] ?? 0
            let at = find(needle, in: text, from: max(cursor, previous)) ?? find(needle, in: text, from: previous)
            var span = at.map { $0..<($0 + needle.count) }
            if let s = fact.start, let e = fact.end, 0 <= s, s < e, e <= text.count, Array(text[s..<e]) == needle {
                span = s..<e
            }
            if let span {
                cursor = span.upperBound
                lastSame[ft] = span.upperBound
            }
            spans.append(span)
        }
        return spans
    }

    /// Scores one prediction against one gold file.
    static func score(_ gold: Gold, _ prediction: Prediction) -> Counts {
        var c = Counts()
        let text = Array(gold.text.unicodeScalars)
        let clean = Array(prediction.cleanText.unicodeScalars)

        // Spam: occurrences left in the clean text; injectedToken removals outside gold spam.
        var spam: [String] = []
        for s in gold.spam where !s.isEmpty && !spam.contains(s) { spam.append(s) }
        var occupied = [Bool](repeating: false, count: text.count)
        for s in spam {
            let needle = Array(s.unicodeScalars)
            for at in occurrences(of: needle, in: text) {
                c.spamOccurrences += 1
                for k in at..<(at + needle.count) { occupied[k] = true }
            }
            c.spamSurvived += occurrences(of: needle, in: clean).count
        }
        c.spamSurvived = min(c.spamSurvived, c.spamOccurrences)
        for r in prediction.removed where r.reason == injectedToken {
            let outside: Int
            if let s = r.start, let e = r.end, 0 <= s, s < e, e <= text.count {
                outside = (s..<e).filter { !occupied[$0] }.count
            } else if let t = r.text, spam.contains(t) {
                outside = 0
            } else {
                outside = max(1, r.text?.unicodeScalars.count ?? 0)
            }
            if outside > 0 {
                c.spamFpRemovals += 1
                c.spamFpChars += outside
            }
        }

        // Boilerplate lines: a gold line that is still a whole line of the clean text survived.
        let cleanKeys = Set(lines(prediction.cleanText).map(lineKey)).subtracting([""])
        c.boilerplateLines = gold.boilerplateLines.count
        c.boilerplateRemoved = gold.boilerplateLines.filter { !cleanKeys.contains(lineKey($0)) }.count

        // mustKeep: verbatim substrings.
        c.mustKeep = gold.mustKeep.count
        c.mustKeepKept = gold.mustKeep.filter { contains(prediction.cleanText, $0) }.count

        // Metadata over non-null gold fields.
        for field in Metadata.Field.allCases {
            guard let g = gold.metadata[field] else { continue }
            c.metaFields += 1
            if metadataMatches(field: field, predicted: prediction.metadata[field], gold: g) {
                c.metaCorrect += 1
            }
        }

        scoreFacts(gold, prediction, text: text, into: &c)
        return c
    }

    /// Gold facts located in the text, predictions with usable spans, and the one-to-one matching.
    struct FactMatching {
        var gold: [(fact: Fact, span: Range<Int>)]
        var predicted: [(fact: Fact, span: Range<Int>?)]
        /// Index into ``gold`` → index into ``predicted``.
        var goldToPredicted: [Int: Int]
    }

    /// Matches predicted facts to gold facts: spans overlap, values agree within 1e-4
    /// relative, units agree after normalisation; greedy, largest overlap first, then the
    /// smallest boundary distance.
    static func matchFacts(_ gold: Gold, _ prediction: Prediction) -> FactMatching {
        let text = Array(gold.text.unicodeScalars)
        let goldFacts = zip(gold.facts, goldSpans(gold)).compactMap { f, s in s.map { (fact: f, span: $0) } }
        var predicted: [(fact: Fact, span: Range<Int>?)] = []
        var cursor = 0
        for p in prediction.facts {
            var span: Range<Int>?
            if let s = p.start, let e = p.end, 0 <= s, s < e, e <= text.count {
                span = s..<e
            } else if let t = p.text, !t.isEmpty, let at = find(Array(t.unicodeScalars), in: text, from: cursor) {
                span = at..<(at + t.unicodeScalars.count)
            }
            if let span { cursor = span.lowerBound }
            predicted.append((p, span))
        }

        struct Candidate: Comparable {
            var overlap: Int, distance: Int, gold: Int, predicted: Int
            static func < (a: Candidate, b: Candidate) -> Bool {
                (-a.overlap, a.distance, a.gold, a.predicted) < (-b.overlap, b.distance, b.gold, b.predicted)
            }
        }
        var candidates: [Candidate] = []
        for (gi, g) in goldFacts.enumerated() {
            guard let gv = g.fact.value else { continue }
            let gu = normalizedUnit(g.fact.unit)
            for (pj, p) in predicted.enumerated() {
                guard let ps = p.span else { continue }
                let overlap = min(g.span.upperBound, ps.upperBound) - max(g.span.lowerBound, ps.lowerBound)
                guard overlap > 0, valueMatches(p.fact.value, gv), normalizedUnit(p.fact.unit) == gu else { continue }
                let distance = abs(g.span.lowerBound - ps.lowerBound) + abs(g.span.upperBound - ps.upperBound)
                candidates.append(Candidate(overlap: overlap, distance: distance, gold: gi, predicted: pj))
            }
        }
        var goldToPredicted: [Int: Int] = [:]
        var used = Set<Int>()
        for k in candidates.sorted() where goldToPredicted[k.gold] == nil && !used.contains(k.predicted) {
            goldToPredicted[k.gold] = k.predicted
            used.insert(k.predicted)
        }
        return FactMatching(gold: goldFacts, predicted: predicted, goldToPredicted: goldToPredicted)
    }

    /// Fact matching and attribute accuracy.
    private static func scoreFacts(_ gold: Gold, _ prediction: Prediction, text: Scalars, into c: inout Counts) {
        let m = matchFacts(gold, prediction)
        c.goldFacts = m.gold.count
        for g in m.gold { c.goldByKind[g.fact.kind ?? "null", default: 0] += 1 }
        c.predFacts = m.predicted.count
        c.tp = m.goldToPredicted.count

        for (gi, g) in m.gold.enumerated() {
            guard let pj = m.goldToPredicted[gi] else { continue }
            let gf = g.fact, pf = m.predicted[pj].fact
            c.matchedByKind[gf.kind ?? "null", default: 0] += 1
            if normalizedOption(pf.kind) == gf.kind { c.kindOk += 1 }
            var qualifierOk = normalizedOption(pf.qualifier) == normalizedOption(gf.qualifier)
            if qualifierOk && gf.qualifier == "range" {
                qualifierOk = gf.rangeEnd.map { valueMatches(pf.rangeEnd, $0) } ?? false
            }
            if qualifierOk { c.qualifierOk += 1 }
            if normalizedOption(pf.change) == normalizedOption(gf.change) { c.changeOk += 1 }
            let subject = subjectScores(predicted: pf.subject, gold: gf.subject)
            if subject.strict { c.subjectStrict += 1 }
            if subject.lenient { c.subjectLenient += 1 }
        }
    }

    /// Human-readable fact misses, spurious facts and wrong attributes, for reports.
    static func factDetails(_ gold: Gold, _ prediction: Prediction) -> [String] {
        let text = Array(gold.text.unicodeScalars)
        func at(_ span: Range<Int>?) -> String {
            guard let span else { return "(no usable span)" }
            let left = string(text, max(0, span.lowerBound - 8)..<span.lowerBound)
            let right = string(text, span.upperBound..<min(text.count, span.upperBound + 6))
            return (left + "[" + string(text, span) + "]" + right).replacingOccurrences(of: "\n", with: "⏎")
        }
        func describe(_ f: Fact) -> String {
            "\(f.kind ?? "nil") \(f.value.map { "\($0)" } ?? "nil") \(f.unit ?? "nil") q=\(f.qualifier ?? "nil")"
                + " ch=\(f.change ?? "nil") subj=\(f.subject ?? "nil")"
        }
        let m = matchFacts(gold, prediction)
        var out: [String] = []
        for (gi, g) in m.gold.enumerated() {
            if let pj = m.goldToPredicted[gi] {
                let p = m.predicted[pj].fact
                let same = normalizedOption(p.kind) == g.fact.kind
                    && normalizedOption(p.qualifier) == normalizedOption(g.fact.qualifier)
                    && normalizedOption(p.change) == normalizedOption(g.fact.change)
                    && subjectScores(predicted: p.subject, gold: g.fact.subject).strict
                if !same { out.append("wrong   \(at(g.span))  gold \(describe(g.fact))  got \(describe(p))") }
            } else {
                out.append("missed  \(at(g.span))  \(describe(g.fact))")
            }
        }
        let used = Set(m.goldToPredicted.values)
        for (pj, p) in m.predicted.enumerated() where !used.contains(pj) {
            out.append("spurious \(at(p.span))  \(describe(p.fact))")
        }
        return out
    }
}
