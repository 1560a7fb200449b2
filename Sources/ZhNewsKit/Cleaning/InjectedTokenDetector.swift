/// Finds black-hat SEO tokens pasted into an article (`JN江南体育`,
/// `kaiyun开云官网`) from the way they sit in the text, not from a list.
///
/// A candidate is built around every tail word of gambling and lottery sites
/// (体育, 娱乐, 官网, app …): the stem before it (a Latin or digit prefix glued
/// to Han characters, a brand stem from the prior lexicon, or a string that
/// recurs), and any further tails after it. Each distinct candidate string is
/// then scored on evidence from the whole article:
///
/// - Latin letters or digits glued to Han characters (+2);
/// - a stem from the prior lexicon of brand stems (+2);
/// - recurrence: two occurrences (+1), three or more (+1 more);
/// - the tail word occurs nowhere else in the article (+1), or it does (−1);
/// - most occurrences sit at a boundary (line start or end, next to
///   punctuation), where cutting them leaves a fluent sentence (+1);
/// - a tail that only gambling sites use (官网, 登录, 娱乐 …) (+1);
/// - recurring in the title line (+1).
///
/// A candidate used as an institution's or a company's name (followed by
/// 局, 中心, 集团 …, or preceded by 市, 中国, 福利 …) is never removed unless
/// it carries a Latin prefix. A candidate scoring 5 or more is spam. When a
/// spam candidate recurs inside running sentences (continued by Han text in
/// most of its occurrences), the brand fills a name slot of a hacked page: the
/// page is flagged and the words are kept.
struct InjectedTokenDetector: Sendable {
    /// What the detector found.
    struct Findings: Sendable {
        /// Scalar ranges of the tokens to remove, sorted, disjoint.
        var spans: [Range<Int>] = []
        /// Brands that fill a name slot throughout the page.
        var hackedBrands: [String] = []
    }

    private struct Candidate {
        var range: Range<Int>
        var prefixCount: Int
        var stemCount: Int
        var tail: [Unicode.Scalar]
        var known: Bool
        var strongTail: Bool
        var distinctive = false
        var gamblingTail = false
    }

    private static let hanStems: [[Unicode.Scalar]] =
        (CleaningLexicon.distinctiveBrandStems + CleaningLexicon.ordinaryBrandStems)
        .filter { $0.unicodeScalars.allSatisfy(ScalarText.isHan) }
        .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    private static let knownStems: Set<String> = Set(
        (CleaningLexicon.distinctiveBrandStems + CleaningLexicon.ordinaryBrandStems).map { $0.lowercased() })
    private static let suffixes: [[Unicode.Scalar]] = CleaningLexicon.institutionSuffixes.map { Array($0.unicodeScalars) }
    private static let prefixes: [[Unicode.Scalar]] = CleaningLexicon.institutionPrefixes.map { Array($0.unicodeScalars) }

    /// Finds the injected tokens of a text.
    /// - Complexity: O(n · c) for c distinct candidates (a handful per article).
    func findings(in t: ScalarText) -> Findings {
        let index = TailIndex(t)
        let candidates = collectCandidates(in: t, index: index)
        if candidates.isEmpty { return Findings() }
        // Occurrences of a candidate: anchored on its tail's occurrences, so
        // each costs O(occurrences of the tail), not O(n).
        func occurrences(of c: Candidate) -> [Int] {
            let needle = Array(t.scalars[c.range])
            guard !c.tail.isEmpty else { return t.occurrences(of: needle) }
            let offset = c.prefixCount + c.stemCount
            return index.occurrences(of: needle, anchoredAt: c.tail, offset: offset, in: t)
        }
        // Occurrences of each distinct candidate string.
        var occurrencesByKey: [String: [Int]] = [:]
        var byKey: [String: Candidate] = [:]
        var seen = Set<String>()
        for var c in candidates {
            guard seen.insert(t.string(c.range)).inserted else { continue }
            let occs = occurrences(of: c)
            guard !occs.isEmpty else { continue }
            let (left, right, stem) = growth(of: c, at: occs, in: t)
            c.range = (c.range.lowerBound - left)..<(c.range.upperBound + right)
            c.prefixCount += left
            if stem { c.known = true }
            let key = t.string(c.range)
            if byKey[key] == nil {
                byKey[key] = c
                occurrencesByKey[key] = occurrences(of: c)
            }
        }
        // Coverage of strongly shaped candidates (Latin prefix or known stem),
        // against which a tail word's exclusivity is measured.
        var covered = [Bool](repeating: false, count: t.count)
        for (key, c) in byKey where c.known || c.prefixCount > 0 {
            let length = c.range.count
            for start in occurrencesByKey[key] ?? [] {
                for i in start..<(start + length) { covered[i] = true }
            }
        }
        let firstLine = t.lines.first { !t.trimmed($0).isEmpty } ?? 0..<0
        var lineStarts = Set<Int>()
        for line in t.lines { lineStarts.insert(t.trimmed(line).lowerBound) }

        var findings = Findings()
        var spans: [Range<Int>] = []
        for key in byKey.keys.sorted() {
            let c = byKey[key]!
            let occs = occurrencesByKey[key] ?? []
            let n = occs.count
            let length = c.range.count
            if n == 0 { continue }
            // Latin letters glued to Han text; a bare number before Han text
            // is ordinary Chinese (18个乡镇, 2024年).
            let hasLatin = c.prefixCount > 0
                && t.scalars[c.range.lowerBound..<(c.range.lowerBound + c.prefixCount)].contains(where: ScalarText.isASCIILetter)
            var score = 0
            if hasLatin { score += 2 }
            if c.known { score += 2 }
            if n >= 2 { score += 1 }
            if n >= 3 { score += 1 }
            if c.strongTail { score += 1 }
            if c.gamblingTail { score += 1 }
            if !c.tail.isEmpty {
                // Every use of the tail word is inside this or another brand-shaped token.
                let own = Set(occs)
                let offset = c.prefixCount + c.stemCount
                let exclusive = index.positions(of: c.tail).allSatisfy { covered[$0] || own.contains($0 - offset) }
                score += exclusive ? 1 : -1
            }
            var boundary = 0, institutional = false, inTitle = false
            var continued = 0, notAtLineStart = 0
            for a in occs {
                let b = a + length
                let atStart = a == 0 || ScalarText.isBoundary(t.scalars[a - 1]) || lineStarts.contains(a)
                let atEnd = b >= t.count || ScalarText.isBoundary(t.scalars[b])
                if atStart || atEnd { boundary += 1 }
                if Self.suffixes.contains(where: { t.matches($0, at: b) }) { institutional = true }
                if !hasLatin, !c.known, Self.prefixes.contains(where: { t.matches($0, at: a - $0.count) }) {
                    institutional = true
                }
                if firstLine.contains(a) { inTitle = true }
                if !lineStarts.contains(a) {
                    notAtLineStart += 1
                    if b < t.count, ScalarText.isHan(t.scalars[b]), Self.tailTable.longestMatch(in: t, at: b) == nil {
                        continued += 1
                    }
                }
            }
            if boundary * 2 >= n { score += 1 }
            if inTitle, n >= 2 { score += 1 }
            if institutional {
                if !hasLatin { continue }
                score -= 3
            }
            // Without a glued prefix or a lexicon stem, only strong recurrence
            // evidence counts; a single unknown form is never enough.
            // Names of genuine companies and institutions end in 体育, 娱乐,
            // 彩票 or app too, so an unknown stem needs a tail that only
            // gambling sites use (棋牌, 真人, 投注 …).
            let threshold = hasLatin || c.known ? 5 : 6
            guard score >= threshold, n >= 2 || c.known, hasLatin || c.known || c.gamblingTail else { continue }
            if n >= 3, continued >= 2, continued * 5 >= notAtLineStart * 3 {
                // Used as a sentence subject throughout: a name slot. A brand
                // that is not an ordinary word is a hacked page; an ordinary
                // one (银河娱乐) is a genuine name.
                if hasLatin || c.distinctive { findings.hackedBrands.append(key) }
                continue
            }
            for a in occs { spans.append(a..<(a + length)) }
        }
        // Longest first at each position; drop overlaps.
        spans.sort { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.count > $1.count }
        var end = 0
        for s in spans where s.lowerBound >= end {
            findings.spans.append(s)
            end = s.upperBound
        }
        return findings
    }

    /// How far a candidate grows when its occurrences share more glued text:
    /// a brand stem or Latin letters before a Latin prefix (`米乐m6官网`), Latin
    /// letters after the tail (`半岛体育BD`), and for a bare stem the
    /// characters up to a shared Latin suffix (`九游会J9`).
    private func growth(of c: Candidate, at occs: [Int], in t: ScalarText) -> (left: Int, right: Int, stem: Bool) {
        let length = c.range.count
        func shared(_ offset: Int) -> Unicode.Scalar? {
            var value: Unicode.Scalar? = nil
            for a in occs {
                let i = a + offset
                guard i >= 0, i < t.count else { return nil }
                let s = t.scalars[i]
                if let v = value, v != s { return nil }
                value = s
            }
            return value
        }
        var right = 0
        if c.tail.isEmpty, occs.count >= 2 {
            var h = 0
            while h < 3, let s = shared(length + h), ScalarText.isHan(s) { h += 1 }
            var a = 0, letters = 0
            while a < 8, let s = shared(length + h + a), ScalarText.isAlnum(s) {
                if ScalarText.isASCIILetter(s) { letters += 1 }
                a += 1
            }
            if h > 0, a > 0, letters > 0 { right = h + a }
        }
        var a = 0, letters = 0
        while a < 8, let s = shared(length + right + a), ScalarText.isAlnum(s) {
            if ScalarText.isASCIILetter(s) { letters += 1 }
            a += 1
        }
        if a > 0, letters > 0, occs.count >= 2 || a <= 4, !(shared(length + right + a).map(ScalarText.isAlnum) ?? false) {
            right += a
        }
        var left = 0
        var stem = false
        let start = c.range.lowerBound
        if start > 0, ScalarText.isAlnum(t.scalars[start]), ScalarText.isHan(t.scalars[start - 1]) {
            if let s = Self.hanStems.first(where: { s in occs.allSatisfy { t.matches(s, at: $0 - s.count) } }) {
                left = s.count
                stem = true
            } else if occs.count >= 3 {
                var h = 0
                while h < 3, let s = shared(-(h + 1)), ScalarText.isHan(s) { h += 1 }
                if h >= 2 { left = h }
            }
            while left > 0, left < 20, let s = shared(-(left + 1)), ScalarText.isAlnum(s) { left += 1 }
        }
        return (left, right, stem)
    }

    /// Candidate tokens around tail words and distinctive stems.
    private func collectCandidates(in t: ScalarText, index: TailIndex) -> [Candidate] {
        var result: [Candidate] = []
        var anchors: [(p: Int, tail: [Unicode.Scalar], end: Int)] = []
        var i = 0
        let s = t.scalars
        while i < s.count {
            guard ScalarText.isHan(s[i]) || ScalarText.isASCIILetter(s[i]) else {
                i += 1
                continue
            }
            if let tail = tailAt(i, in: t) {
                // A Latin tail (app) must be glued to Han text, not part of a word.
                if !ScalarText.isHan(tail[0]), i == 0 || !ScalarText.isHan(s[i - 1]) {
                    i += 1
                    continue
                }
                let end = extendTails(from: i + tail.count, in: t)
                anchors.append((i, tail, end))
                i = end
                continue
            }
            if ScalarText.isHan(s[i]), let k = Self.distinctiveTable.longestMatch(in: t, at: i) {
                let stem = Self.distinctiveTable.phrases[k]
                let stemEnd = i + stem.count
                if tailAt(stemEnd, in: t) == nil, stemEnd >= s.count || !ScalarText.isAlnum(s[stemEnd]) {
                    var start = i
                    while start > 0, i - start < 12, ScalarText.isAlnum(s[start - 1]) { start -= 1 }
                    result.append(
                        Candidate(
                            range: start..<stemEnd, prefixCount: i - start, stemCount: stem.count, tail: [], known: true,
                            strongTail: false, distinctive: true))
                    i = stemEnd
                    continue
                }
            }
            i += 1
        }
        // How often each left context (2–4 Han characters) occurs before the
        // same tails: one hash lookup per anchor instead of a search.
        var recurrence: [ScalarKey: Int] = [:]
        for a in anchors {
            var k = 1
            while k <= 4, a.p - k >= 0, ScalarText.isHan(s[a.p - k]) {
                if k >= 2 { recurrence[ScalarKey(s[(a.p - k)..<a.end]), default: 0] += 1 }
                k += 1
            }
        }
        for a in anchors {
            if let c = candidate(tailAt: a.p, tail: a.tail, end: a.end, in: t, recurrence: recurrence) { result.append(c) }
        }
        return result
    }

    private static let tailTable = PhraseTable(CleaningLexicon.spamTails)
    private static let latinBrandWords: [[UInt8]] = CleaningLexicon.latinBrandWords.map { Array($0.utf8) }

    /// Whether `needle` occurs in `haystack`.
    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
        return false
    }
    private static let strongTable = PhraseTable(CleaningLexicon.strongTails.sorted())
    private static let gamblingTable = PhraseTable(CleaningLexicon.gamblingTails.sorted())
    private static let distinctiveTable = PhraseTable(
        CleaningLexicon.distinctiveBrandStems.filter { $0.unicodeScalars.allSatisfy(ScalarText.isHan) })

    private func tailAt(_ i: Int, in t: ScalarText) -> [Unicode.Scalar]? {
        guard i < t.count, Self.tailTable.mayStart(with: t.scalars[i]) else { return nil }
        for k in Self.tailTable.matches(in: t, at: i) {
            let tail = Self.tailTable.phrases[k]
            if ScalarText.isASCIILetter(tail[0]), i + tail.count < t.count,
                ScalarText.isASCIILetter(t.scalars[i + tail.count])
            {
                continue
            }
            return tail
        }
        return nil
    }

    private func extendTails(from start: Int, in t: ScalarText) -> Int {
        var q = start
        while let next = tailAt(q, in: t) { q += next.count }
        return q
    }

    private func candidate(
        tailAt p: Int, tail: [Unicode.Scalar], end: Int, in t: ScalarText, recurrence: [ScalarKey: Int]
    ) -> Candidate? {
        let s = t.scalars
        var stemStart: Int? = nil
        var known = false
        var distinctive = false
        if let stem = Self.hanStems.first(where: { t.matches($0, at: p - $0.count) }) {
            stemStart = p - stem.count
            known = true
            distinctive = Self.distinctiveTable.longestMatch(in: t, at: p - stem.count) != nil
        } else {
            var k = 1
            while k <= 4, p - k >= 0, ScalarText.isHan(s[p - k]) {
                if p - k - 1 >= 0, ScalarText.isAlnum(s[p - k - 1]) {
                    stemStart = p - k
                    break
                }
                k += 1
            }
            if stemStart == nil, p > 0, ScalarText.isAlnum(s[p - 1]) { stemStart = p }
        }
        var start: Int
        if let stemStart {
            start = stemStart
        } else {
            // No glued prefix, no known stem: the stem is the longest left
            // context (up to 4 Han characters) that every occurrence shares.
            guard p >= 2, ScalarText.isHan(s[p - 1]), ScalarText.isHan(s[p - 2]) else { return nil }
            func count(_ r: Range<Int>) -> Int { recurrence[ScalarKey(s[r])] ?? 0 }
            let base = count((p - 2)..<end)
            guard base >= 2 else { return nil }
            start = p - 2
            var k = 3
            while k <= 4, p - k >= 0, ScalarText.isHan(s[p - k]), count((p - k)..<end) == base {
                start = p - k
                k += 1
            }
        }
        let hanStart = start
        while start > 0, hanStart - start < 12, ScalarText.isAlnum(s[start - 1]) { start -= 1 }
        // Every Latin stem and brand word has a letter: a prefix of digits
        // alone (most are years and counts) is never looked up.
        let prefixHasLetter = s[start..<hanStart].contains(where: ScalarText.isASCIILetter)
        if prefixHasLetter {
            // The prefix is ASCII letters and digits: compared as lowercased bytes.
            let prefix = s[start..<hanStart].map { UInt8(truncatingIfNeeded: ScalarText.isASCIILetter($0) ? $0.value | 0x20 : $0.value) }
            if Self.knownStems.contains(String(decoding: prefix, as: UTF8.self))
                || Self.latinBrandWords.contains(where: { Self.bytes(prefix, contain: $0) })
            {
                known = true
            }
        }
        // A bare number before a tail (2024体育) is not a brand prefix.
        if hanStart == p, !prefixHasLetter { return nil }
        let strong = Self.strongTable.occurs(in: t, range: p..<end)
        let gambling = Self.gamblingTable.occurs(in: t, range: p..<end)
        return Candidate(
            range: start..<end, prefixCount: hanStart - start, stemCount: p - hanStart, tail: tail, known: known,
            strongTail: strong, distinctive: distinctive, gamblingTail: gambling)
    }
}

/// Where each spam tail word occurs, found in one pass: candidates are
/// counted among their tail's occurrences instead of over the whole text.
struct TailIndex: Sendable {
    private static let table = PhraseTable(CleaningLexicon.spamTails)
    /// Each tail's index in the table.
    private static let tailNumbers: [[Unicode.Scalar]: Int] = Dictionary(
        table.phrases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    /// Positions of each tail, by its index in the table.
    private let byTail: [[Int]]

    init(_ t: ScalarText) {
        let table = Self.table
        var byTail = [[Int]](repeating: [], count: table.phrases.count)
        for i in 0..<t.count {
            table.forEachMatch(in: t, at: i) { k in
                byTail[k].append(i)
                return true
            }
        }
        self.byTail = byTail
    }

    /// Every position where `tail` occurs.
    func positions(of tail: [Unicode.Scalar]) -> [Int] { Self.tailNumbers[tail].map { byTail[$0] } ?? [] }

    /// Non-overlapping occurrences of `needle`, which holds `tail` at `offset`.
    func occurrences(of needle: [Unicode.Scalar], anchoredAt tail: [Unicode.Scalar], offset: Int, in t: ScalarText) -> [Int] {
        var result: [Int] = []
        var end = 0
        for p in positions(of: tail) {
            let start = p - offset
            if start >= end, t.matches(needle, at: start) {
                result.append(start)
                end = start + needle.count
            }
        }
        return result
    }
}
