/// Learns the spam brands of one page from the way SEO spam advertises them,
/// then finds every glued occurrence of those brands in the page.
///
/// Black-hat SEO puts the brand where a search engine looks first: a title
/// prefix joined to the real headline by a separator
/// (`威廉希尔(中国)官方网站|前三季度…`, `PG电子·(中国)官方网站-全市…`), or a
/// keyword-stuffed line of brand variants (`赢咖5注册登录入口-赢咖5平台app下载`).
/// Each advertised form is a *stem* followed by a chain of site words
/// (`(中国)官方网站`, `官网`, `登录入口`, `app下载`, `网页版` …). A stem learned
/// there is a brand of this page, whatever its name; the body's occurrences of
/// it are then removed where they are glued into the text: followed by site
/// words, punctuation, a line end or Latin text, or opening a title line.
///
/// The learner knows no brand names. Its lexicons are the site words that
/// spam uses and the category words of gambling brands (体育, 娱乐, 电子 …),
/// both priors documented in `CleaningLexicon`; a title prefix such as
/// `生态环境局官网` is never learned, because a stem ending in an institution
/// word (局, 委, 中心 …) is a real publisher.
///
/// It also catches a brand it never saw advertised when its form alone is
/// unmistakable: a stem, a gambling category word and a site word glued
/// together at a boundary (`…健康委球速体育app　点击`).
struct BrandLearner: Sendable {
    /// What the learner found.
    struct Findings: Sendable {
        /// Scalar ranges of brand tokens to remove, sorted, disjoint.
        var spans: [Range<Int>] = []
        /// Separators left dangling at a title line's edge once a brand is cut.
        var separators: [Range<Int>] = []
        /// The stems learned, as written in the normalised text.
        var brands: [String] = []
    }

    /// Site words of spam entry points, longest first (matched ASCII case-insensitively).
    private static let siteWords: [[Unicode.Scalar]] = [
        "(中国)官方网站", "(中国)官网", "(中国)", "官方网站", "官方网址", "注册登录", "登录入口", "登陆入口", "官网", "网址", "登录", "登陆",
        "入口", "注册", "下载", "手机版", "网页版", "客户端", "平台", "官方", "app", "在线",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// Site words that legitimate publishers do not put after their names.
    private static let spamOnlySiteWords: Set<String> = [
        "(中国)官方网站", "(中国)官网", "(中国)", "注册登录", "登录入口", "登陆入口", "app", "下载", "网页版", "注册", "平台", "手机版", "在线",
    ]

    /// Category words that gambling and betting brands end with (priors).
    private static let categoryWords: [[Unicode.Scalar]] = ["体育", "娱乐", "电子", "电竞", "彩票", "棋牌", "真人", "游戏"]
        .map { Array($0.unicodeScalars) }
    /// First scalars of the category words.
    private static let categoryFirsts: [Unicode.Scalar] = Array(Set(categoryWords.compactMap(\.first)))

    /// Characters that join an SEO title prefix to the headline.
    private static let separators: ScalarSet = ["-", "|", "·", "_", "—", "–", "/", "•"]

    private static let institutionSuffixes: [[Unicode.Scalar]] = CleaningLexicon.institutionSuffixes.map {
        Array($0.unicodeScalars)
    }

    /// Learns the page's brands and finds their occurrences.
    /// - Complexity: O(n · b) for b learned brands (one or two per page).
    ///
    /// - Parameter pageHasSpam: Whether other evidence already shows the page
    ///   carries spam; a brand form made only of Han characters is removed
    ///   unseen only then (`央视体育app` is also a genuine app's name).
    func findings(in t: ScalarText, pageHasSpam: Bool) -> Findings {
        var stems: [[Unicode.Scalar]] = []
        let nonEmpty = t.lines.filter { !t.trimmed($0).isEmpty }
        var advertLines: [Range<Int>] = []
        for (k, line) in nonEmpty.enumerated() {
            let r = t.trimmed(line)
            let before = stems.count
            if k < 3 { learn(fromTitle: r, in: t, into: &stems) }
            if r.count <= 120 { learn(fromStuffedLine: r, in: t, into: &stems) }
            if stems.count > before { advertLines.append(r) }
        }
        // `博亚体育-标题`: a category-word prefix without site words is a brand
        // only if the page also has it glued into a sentence (`…3200公顷博亚体育。`).
        for line in nonEmpty.prefix(3) {
            let r = t.trimmed(line)
            for stem in provisionalStems(inTitle: r, of: t) where !stems.contains(stem) {
                if occurrences(of: stem, in: t).contains(where: { !r.contains($0) && isGlued(at: $0, length: stem.count, in: t) }) {
                    stems.append(stem)
                    if !advertLines.contains(r) { advertLines.append(r) }
                }
            }
        }
        var found = Findings()
        let titleStarts = Set(advertLines.map(\.lowerBound))
        var spans: [Range<Int>] = []
        for stem in stems {
            found.brands.append(String(String.UnicodeScalarView(stem)))
            for p in occurrences(of: stem, in: t) {
                if let span = brandSpan(stemAt: p, length: stem.count, in: t, titleStarts: titleStarts) {
                    spans.append(span)
                }
            }
        }
        spans += unmistakableForms(in: t, pageHasSpam: pageHasSpam || !stems.isEmpty)
        spans += spacedAdverts(in: t)
        // `PG电子·(中国)官方网站-标题`: site words after a separator at the start of an
        // advert line belong to the brand's advert.
        for r in advertLines {
            for (k, span) in spans.enumerated() where span.lowerBound == r.lowerBound {
                var e = span.upperBound
                while e < r.upperBound, Self.separators.contains(t.scalars[e]) || ScalarText.isSpace(t.scalars[e]) { e += 1 }
                var w = e
                while w < r.upperBound,
                    let word = siteWord(at: w, limit: r.upperBound, in: t)
                {
                    w += word.count
                }
                if w > e { spans[k] = span.lowerBound..<w }
            }
        }
        found.spans = Self.union(spans)
        // Separators at the edge of a title line that lose their neighbour.
        for r in advertLines {
            for span in found.spans where span.lowerBound == r.lowerBound {
                var e = span.upperBound
                while e < r.upperBound, Self.separators.contains(t.scalars[e]) || ScalarText.isSpace(t.scalars[e]) { e += 1 }
                if e > span.upperBound, e < r.upperBound { found.separators.append(span.upperBound..<e) }
            }
            for span in found.spans where span.upperBound == r.upperBound {
                var s = span.lowerBound
                while s > r.lowerBound, Self.separators.contains(t.scalars[s - 1]) || ScalarText.isSpace(t.scalars[s - 1]) { s -= 1 }
                if s < span.lowerBound, s > r.lowerBound { found.separators.append(s..<span.lowerBound) }
            }
        }
        return found
    }

    // MARK: Learning

    /// A segment of an advertised brand: its stem and the site words after it.
    private struct Advert {
        var stem: Range<Int>
        var siteWords: [String]
        var isHeadline: Bool
    }

    /// Splits `r` at separators (and, when `spaces`, at spaces) into adverts.
    private func adverts(in r: Range<Int>, of t: ScalarText, spaces: Bool) -> [Advert] {
        var result: [Advert] = []
        var start = r.lowerBound
        var i = r.lowerBound
        func close(_ end: Int) {
            let seg = t.trimmed(start..<end)
            guard !seg.isEmpty else { return }
            let (stemEnd, words) = siteWordSuffix(of: seg, in: t)
            let stem = seg.lowerBound..<stemEnd
            var han = 0
            for i in seg where ScalarText.isHan(t.scalars[i]) { han += 1 }
            if stem.isEmpty, !words.isEmpty, var last = result.popLast(), !last.isHeadline, last.siteWords.isEmpty {
                // `PG电子·(中国)官方网站`: the site words after a separator belong to the stem before it.
                last.siteWords = words
                result.append(last)
                return
            }
            result.append(Advert(stem: stem, siteWords: words, isHeadline: words.isEmpty && han >= 6))
        }
        while i < r.upperBound {
            let s = t.scalars[i]
            if Self.separators.contains(s) || (spaces && ScalarText.isSpace(s)) {
                close(i)
                start = i + 1
            }
            i += 1
        }
        close(r.upperBound)
        return result
    }

    /// Company words that spam titles append to a brand's site words
    /// (`…官网(中国)有限公司`), posing as a registered company.
    private static let companyWords: [[Unicode.Scalar]] = ["有限公司", "公司", "集团"].map { Array($0.unicodeScalars) }

    /// The start of the site-word chain that ends `seg`, and its words.
    ///
    /// - Complexity: O(length of `seg`): one pass from the end, reusing the
    ///   chain found after each position.
    func siteWordSuffix(of seg: Range<Int>, in t: ScalarText) -> (Int, [String]) {
        // A company word after the site words counts only with a spam-only site word.
        var end = seg.upperBound
        if let company = Self.companyWords.first(where: { seg.count > $0.count && t.matches($0, at: seg.upperBound - $0.count) }) {
            end = seg.upperBound - company.count
        }
        // The earliest position from which site words alone reach the end.
        // Read left to right, the chain from `k` takes the first site word
        // that fits at `k` and continues from where it ends, so it reaches
        // the end exactly when the chain after that word does.
        var reaches = [Bool](repeating: false, count: max(0, end - seg.lowerBound) + 1)
        reaches[reaches.count - 1] = true
        var bestStart: Int? = nil
        // A chain steps at most the longest site word at a time, so once that
        // many positions in a row do not reach the end, no earlier one does.
        var k = end - 1
        var missed = 0
        while k >= seg.lowerBound, missed < Self.longestSiteWord {
            if let w = siteWord(at: k, limit: end, in: t), reaches[k + w.count - seg.lowerBound] {
                reaches[k - seg.lowerBound] = true
                bestStart = k
                missed = 0
            } else {
                missed += 1
            }
            k -= 1
        }
        var best: (Int, [String])? = nil
        if let bestStart { best = (bestStart, chain(from: bestStart, to: end, in: t)) }
        if end < seg.upperBound {
            guard let found = best, found.1.contains(where: { Self.spamOnlySiteWords.contains($0.lowercased()) }) else {
                return (seg.upperBound, [])
            }
            return found
        }
        if let best, best.0 > seg.lowerBound || best.1.count >= 1 { return best }
        return (seg.upperBound, [])
    }

    /// The site words of the chain from `from`, which is known to reach `to` exactly.
    private func chain(from: Int, to: Int, in t: ScalarText) -> [String] {
        var words: [String] = []
        var i = from
        while i < to, let w = siteWord(at: i, limit: to, in: t) {
            words.append(String(String.UnicodeScalarView(w)))
            i += w.count
        }
        return words
    }

    private static let longestSiteWord = siteWords.map(\.count).max() ?? 0

    /// The site words grouped by first scalar (ASCII-folded), each group in
    /// the order of `siteWords`: most positions are rejected by one scan of
    /// the first scalars, and the others try only the words that can match.
    private static let siteWordGroups: [(first: Unicode.Scalar, words: [[Unicode.Scalar]])] = {
        var groups: [(first: Unicode.Scalar, words: [[Unicode.Scalar]])] = []
        for word in siteWords {
            guard let first = word.first else { continue }
            if let g = groups.firstIndex(where: { $0.first == first }) {
                groups[g].words.append(word)
            } else {
                groups.append((first, [word]))
            }
        }
        return groups
    }()

    /// The first (longest) site word at `i` that ends by `limit`.
    private func siteWord(at i: Int, limit: Int, in t: ScalarText) -> [Unicode.Scalar]? {
        guard i >= 0, i < t.count else { return nil }
        let first = fold(t.scalars[i])
        guard let group = Self.siteWordGroups.first(where: { $0.first == first }) else { return nil }
        return group.words.first { i + $0.count <= limit && matchesFolded($0, at: i, in: t) }
    }

    /// A title line with an SEO prefix or suffix: adverts beside a headline.
    private func learn(fromTitle r: Range<Int>, in t: ScalarText, into stems: inout [[Unicode.Scalar]]) {
        let ads = adverts(in: r, of: t, spaces: false)
        guard ads.count >= 2, ads.contains(where: \.isHeadline) else { return }
        for ad in ads where !ad.isHeadline && !ad.siteWords.isEmpty {
            if let stem = acceptedStem(ad, in: t) { insert(stem, into: &stems) }
        }
    }

    /// Title prefixes or suffixes beside a headline that end in a gambling
    /// category word but carry no site word (`博亚体育-…`).
    private func provisionalStems(inTitle r: Range<Int>, of t: ScalarText) -> [[Unicode.Scalar]] {
        let ads = adverts(in: r, of: t, spaces: false)
        guard ads.count >= 2, ads.contains(where: \.isHeadline) else { return [] }
        return ads.compactMap { ad in
            guard !ad.isHeadline, ad.siteWords.isEmpty, (3...8).contains(ad.stem.count) else { return nil }
            let stem = Array(t.scalars[ad.stem])
            guard stem.allSatisfy({ ScalarText.isHan($0) || ScalarText.isAlnum($0) }),
                Self.categoryWords.contains(where: { c in Array(stem.suffix(c.count)) == c })
            else { return nil }
            return stem
        }
    }

    /// Whether an occurrence sits glued into running text: right after a
    /// letter, digit or Han character of the sentence and right before
    /// punctuation or the line's end (`3200公顷博亚体育。`).
    private func isGlued(at p: Int, length: Int, in t: ScalarText) -> Bool {
        let s = t.scalars
        guard p > 0, ScalarText.isHan(s[p - 1]) || ScalarText.isAlnum(s[p - 1]) else { return false }
        let end = p + length
        return end >= s.count || (ScalarText.isBoundary(s[end]) && !ScalarText.isSpace(s[end]))
    }

    /// A line made of adverts for one stem (`赢咖5注册登录入口-赢咖5平台app下载`).
    private func learn(fromStuffedLine r: Range<Int>, in t: ScalarText, into stems: inout [[Unicode.Scalar]]) {
        // Three adverts need two separators or spaces between them (most lines have none).
        var splits = 0
        for i in r where Self.separators.contains(t.scalars[i]) || ScalarText.isSpace(t.scalars[i]) { splits += 1 }
        guard splits >= 2 else { return }
        let ads = adverts(in: r, of: t, spaces: true)
        guard ads.count >= 3 else { return }
        var counts: [String: (Int, Advert)] = [:]
        for ad in ads where !ad.siteWords.isEmpty && !ad.stem.isEmpty {
            let key = fold(t.scalars[ad.stem])
            counts[key, default: (0, ad)].0 += 1
        }
        for (_, (n, ad)) in counts where n * 2 >= ads.count && n >= 2 {
            if let stem = acceptedStem(ad, in: t) { insert(stem, into: &stems) }
        }
    }

    /// The stem of an advert if it can be a brand: short, not an institution,
    /// and advertised with a spam-only site word, a gambling category word or
    /// Latin letters glued to Han characters.
    private func acceptedStem(_ ad: Advert, in t: ScalarText) -> [Unicode.Scalar]? {
        let stem = Array(t.scalars[ad.stem])
        guard (1...12).contains(stem.count), stem.contains(where: { ScalarText.isHan($0) || ScalarText.isAlnum($0) }),
            !stem.contains(where: { ScalarText.isBoundary($0) && !ScalarText.isSpace($0) })
        else { return nil }
        let spamOnly = ad.siteWords.contains { Self.spamOnlySiteWords.contains($0.lowercased()) }
        // A publisher's own `…局官网`; with a spam-only site word (`娱乐场官网(中国)`) no publisher.
        if !spamOnly, Self.institutionSuffixes.contains(where: { stem.count >= $0.count && Array(stem.suffix($0.count)) == $0 }) {
            return nil
        }
        let han = stem.filter(ScalarText.isHan).count
        // Brand names are short; a long run before site words is a headline.
        if han > (spamOnly ? 8 : 6) { return nil }
        let mixed = han > 0 && stem.contains(where: ScalarText.isAlnum)
        let category = Self.categoryWords.contains { c in stem.count > c.count && Array(stem.suffix(c.count)) == c }
        guard mixed || category || spamOnly else { return nil }
        return stem.filter { !ScalarText.isSpace($0) }
    }

    private func insert(_ stem: [Unicode.Scalar], into stems: inout [[Unicode.Scalar]]) {
        let key = fold(stem[...])
        if !stems.contains(where: { fold($0[...]) == key }) { stems.append(stem) }
    }

    // MARK: Finding

    /// Start positions of `stem` (ASCII case-insensitive, spaces inside Latin-Han joins allowed).
    private func occurrences(of stem: [Unicode.Scalar], in t: ScalarText) -> [Int] {
        guard let first = stem.first else { return [] }
        var result: [Int] = []
        let s = t.scalars
        var i = 0
        let folded = fold(first)
        while i + stem.count <= s.count {
            if fold(s[i]) == folded, matchesFolded(stem, at: i, in: t) {
                result.append(i)
                i += stem.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// The token around a stem occurrence, if it sits glued into the text.
    private func brandSpan(stemAt p: Int, length: Int, in t: ScalarText, titleStarts: Set<Int>) -> Range<Int>? {
        let s = t.scalars
        var start = p
        var end = p + length
        // Latin letters or digits glued before a Han stem (`WilliamHill威廉希尔`).
        if ScalarText.isHan(s[p]) {
            while start > 0, ScalarText.isAlnum(s[start - 1]) { start -= 1 }
        } else if start > 0, ScalarText.isAlnum(s[start - 1]) {
            return nil  // inside a longer Latin word
        }
        // Site words, and Latin letters or digits, glued after it.
        var tailWords = 0
        while end < s.count {
            if let w = siteWord(at: end, limit: s.count, in: t) {
                end += w.count
                tailWords += 1
            } else if ScalarText.isSpace(s[end]), end + 1 < s.count, ScalarText.isASCIILetter(s[end + 1]),
                let w = siteWord(at: end + 1, limit: s.count, in: t)
            {
                // `米乐M6 app下载`: one space before a Latin site word.
                end += 1 + w.count
                tailWords += 1
            } else if ScalarText.isAlnum(s[end]), ScalarText.isHan(s[end - 1]) || ScalarText.isAlnum(s[end - 1]) {
                var e = end
                while e < s.count, ScalarText.isAlnum(s[e]) { e += 1 }
                if e < s.count, ScalarText.isASCIILetter(s[e - 1]), ScalarText.isASCIILetter(s[e]) { break }
                end = e
            } else {
                break
            }
        }
        if tailWords > 0, let company = Self.companyWords.first(where: { t.matches($0, at: end) }),
            Self.siteWords.contains(where: { w in Self.spamOnlySiteWords.contains(String(String.UnicodeScalarView(w)).lowercased())
                && end >= w.count && matchesFolded(w, at: end - w.count, in: t) })
        {
            end += company.count
        } else if end < s.count, Self.institutionSuffixes.contains(where: { t.matches($0, at: end) }) {
            return nil
        }
        let atBoundary = end >= s.count || !ScalarText.isHan(s[end])
        guard atBoundary || tailWords > 0 || titleStarts.contains(start) else { return nil }
        return start..<end
    }

    /// Site words that make a spaced `KAIYUN 开云 官方网站` an advert.
    private static let strongSiteWords: [[Unicode.Scalar]] = ["(中国)官方网站", "官方网站", "官网", "登录入口", "app下载", "网页版"]
        .map { Array($0.unicodeScalars) }

    /// `KAIYUN 开云 官方网站`: a Latin name, the same brand in Han characters and
    /// a site word, spaced apart.
    private func spacedAdverts(in t: ScalarText) -> [Range<Int>] {
        let s = t.scalars
        var result: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard ScalarText.isASCIILetter(s[i]), i == 0 || !ScalarText.isAlnum(s[i - 1]) else {
                i += 1
                continue
            }
            var j = i
            while j < s.count, ScalarText.isAlnum(s[j]) { j += 1 }
            let latin = j - i
            var k = j
            while k < s.count, ScalarText.isSpace(s[k]) { k += 1 }
            var h = k
            while h < s.count, h - k < 5, ScalarText.isHan(s[h]) { h += 1 }
            var w = h
            while w < s.count, ScalarText.isSpace(s[w]) { w += 1 }
            if latin >= 3, (2...4).contains(h - k), let site = Self.strongSiteWords.first(where: { matchesFolded($0, at: w, in: t) }) {
                result.append(i..<(w + site.count))
                i = w + site.count
            } else {
                i = max(j, i + 1)
            }
        }
        return result
    }

    /// Tokens whose form alone marks them as spam: `[Latin] stem category site-word`,
    /// glued at a boundary, such as `球速体育app` or `bet365体育官网`.
    private func unmistakableForms(in t: ScalarText, pageHasSpam: Bool) -> [Range<Int>] {
        let s = t.scalars
        var result: [Range<Int>] = []
        var i = 2
        while i < s.count {
            guard Self.categoryFirsts.contains(s[i]), let c = Self.categoryWords.first(where: { t.matches($0, at: i) }) else {
                i += 1
                continue
            }
            var end = i + c.count
            var words: [String] = []
            while end < s.count, let w = siteWord(at: end, limit: s.count, in: t) {
                words.append(String(String.UnicodeScalarView(w)).lowercased())
                end += w.count
            }
            let spamOnly = words.contains { Self.spamOnlySiteWords.contains($0) } || words.contains("官网")
            let boundary = end >= s.count || ScalarText.isBoundary(s[end])
            // A stem of two Han characters (most brand names), or Latin/digits.
            var start = i
            if ScalarText.isAlnum(s[i - 1]) {
                while start > 0, ScalarText.isAlnum(s[start - 1]) { start -= 1 }
            } else if ScalarText.isHan(s[i - 1]), ScalarText.isHan(s[i - 2]) {
                start = i - 2
                while start > 0, ScalarText.isAlnum(s[start - 1]) { start -= 1 }
            }
            let latin = start < i && ScalarText.isAlnum(s[start])
            if spamOnly, boundary, start < i, latin || pageHasSpam {
                result.append(start..<end)
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    // MARK: Helpers

    private func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(s.value) ? Unicode.Scalar(s.value + 0x20)! : s
    }

    private func fold(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(s.map(fold)))
    }

    /// Whether `needle` stands at `i`, ASCII case-insensitively; a needle that
    /// starts with a Latin letter must not continue a Latin word (`WhatsApp`).
    private func matchesFolded(_ needle: [Unicode.Scalar], at i: Int, in t: ScalarText) -> Bool {
        guard i >= 0, i + needle.count <= t.count else { return false }
        if let first = needle.first, ScalarText.isASCIILetter(first), i > 0, ScalarText.isASCIILetter(t.scalars[i - 1]),
            !ScalarText.isASCIILetter(needle[needle.count - 1]) || needle.count < 8
        {
            if Self.siteWords.contains(needle) { return false }
        }
        for (k, n) in needle.enumerated() where fold(t.scalars[i + k]) != fold(n) { return false }
        return true
    }

    /// Overlapping or touching spans joined.
    static func union(_ spans: [Range<Int>]) -> [Range<Int>] {
        let sorted = spans.sorted { $0.lowerBound < $1.lowerBound }
        var result: [Range<Int>] = []
        for s in sorted {
            if let last = result.last, s.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, s.upperBound)
            } else {
                result.append(s)
            }
        }
        return result
    }
}
