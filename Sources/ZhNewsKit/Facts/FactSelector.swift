import Foundation

/// Decides which scanned quantities are facts a reader would report, and
/// settles their kind and unit from the words around them.
///
/// Not facts: dates and times; bare numbers (except a count stated for a
/// `…数` noun: `重污染天数为0`); numbers inside codes (left out by the
/// scanner); indefinite 一 + classifier used as an article (`一家企业`,
/// `一个缩影`) and 二 + classifier used as an ordinal (`二次污染`);
/// reduplicated classifiers (`一条条`); numeral idioms and slogans
/// (`四位一体`, `千家万户`, quoted `“三区合一”`); quality grades
/// (`三类水质`, `一级标准`); time frames (`近5年来`, `3年内`); ordinals that
/// number an edition, batch or round (`第六届`, `第七批`, `第二轮`) rather
/// than a rank.
struct FactSelector {
    /// The scanned text.
    let scanner: NumberScanner

    /// Verbs and nouns that make a following 第N a rank.
    private static let rankCues: [[Unicode.Scalar]] = [
        "排名", "排位", "排行", "排", "居", "位列", "名列", "列", "跃居", "稳居", "位居", "位于", "跻身", "荣获", "获得",
    ].map { Array($0.unicodeScalars) }  // rank, be placed, rank among, leap to, stay at, enter, win

    /// Scopes that make a directly following 第N a rank (`全国第一`).
    private static let rankScopes: [[Unicode.Scalar]] = [
        "全国", "全省", "全市", "全区", "全县", "全球", "世界", "亚洲", "全州", "全盟",
    ].map { Array($0.unicodeScalars) }  // nation, province, city, district, county, world, Asia

    /// Words after 第N that make it an edition, batch, round or part number, not a rank.
    private static let editionWords = ScalarSet(
        "届批轮期次季版章条款节代部集号个家座步种类天年月周日回场项阶段课篇卷页轴站站")
    // session, batch, round, issue, time, season, edition, chapter, article, clause, section, generation …

    /// Words after a 类/级/等 count that make it a quality grade.
    private static let gradeWords = ScalarSet("水标保区功响预资地城医公土空环")
    // water, standard, protection, zone, function, response, warning, qualification, area, city, hospital, road …

    /// Words after a duration that make it a time frame, not a fact (近5年来, 3年内, 5年前).
    /// A span followed by 内 (`未来5年内`, `4年内`) is a plan's period and stays a fact.
    private static let timeFrameWords = ScalarSet("来前后间中里")
    // since, ago, after, during, in

    /// Words before a bare `前N` that make it a rank bound (排名前十, 进入全国前十).
    private static let topCues: [[Unicode.Scalar]] = ["排名", "排位", "进入", "跻身", "位列", "位居", "居"].map {
        Array($0.unicodeScalars)
    }  // rank, rank, enter, rise into, rank among, be placed, stay at

    /// Nouns after a duration that make it the name of a plan or campaign (五年行动).
    private static let planNouns: [String] = [
        "行动",  // campaign (三年行动)
        "计划",  // plan (五年计划)
        "规划",  // programme (十年规划)
        "攻坚",  // drive (三年攻坚)
        "工程",  // project (五年工程)
        "方案",  // scheme
    ]

    /// Words before a duration that make it a time frame (过去 past, 未来 coming, 今后 from now on, 最近 recent).
    private static let frameWords: [[Unicode.Scalar]] = ["过去", "未来", "今后", "最近", "此后", "之后"].map {
        Array($0.unicodeScalars)
    }

    /// Classifiers a `…数` noun names (天数 number of days → 天).
    private static let countNouns = ScalarSet("天人次户家个件起所名项条")

    /// Clause punctuation that bounds context windows.
    private static let clauseEnds = ScalarSet("，,。；;！？!?：:\n（）()")

    private func at(_ i: Int) -> Unicode.Scalar { scanner.at(i) }

    /// The facts among `quantities`, in order.
    func select(_ quantities: [ParsedQuantity]) -> [ParsedQuantity] {
        var out: [ParsedQuantity] = []
        var lastOrdinalEnd: Int? = nil
        for q in quantities {
            guard let f = fact(q, lastOrdinalEnd: lastOrdinalEnd) else { continue }
            if f.kind == .ordinal { lastOrdinalEnd = f.end }
            out.append(f)
        }
        return withDocumentCurrency(out, all: quantities)
    }

    /// Currencies a bare 元 may stand for when the document names them
    /// (新台币 TWD, 港元 HKD, 澳门元 MOP).
    private static let localDollars: Set<String> = ["TWD", "HKD", "MOP"]

    /// A bare 元 (`25元`, `3.2亿元`) follows the document's currency: in a text
    /// whose other amounts are all in one of ``localDollars`` and that never says
    /// 人民币 (or, with no amount in a named currency, one dated by ROC years
    /// such as `112年`), it is that currency rather than CNY.
    private func withDocumentCurrency(_ facts: [ParsedQuantity], all quantities: [ParsedQuantity]) -> [ParsedQuantity] {
        var named: Set<String> = []
        var hasBare = false
        for q in facts where q.kind == .money {
            if isBareYuan(q) { hasBare = true } else if let u = q.unit { named.insert(u) }
        }
        guard hasBare else { return facts }
        var currency: String? = nil
        if named.count == 1, let only = named.first, Self.localDollars.contains(only) {
            currency = only
        } else if named.isEmpty, quantities.contains(where: isMinguoYear) {
            currency = "TWD"
        }
        guard let currency else { return facts }
        return facts.map { q in
            guard q.kind == .money, isBareYuan(q) else { return q }
            var f = q
            f.unit = currency
            return f
        }
    }

    /// A CNY amount written with a bare 元/块 and no 人民币, RMB or ¥ before it.
    private func isBareYuan(_ q: ParsedQuantity) -> Bool {
        guard q.unit == "CNY", let surface = q.unitSurface, surface.hasPrefix("元") || surface.hasPrefix("块"),
            !surface.contains("人民币")
        else { return false }
        for k in q.start..<q.numeral.lowerBound where "币¥￥BY".unicodeScalars.contains(at(k)) { return false }
        return true
    }

    /// A Minguo (ROC) year: a three-digit year count from 101 to 150 before 年.
    private func isMinguoYear(_ q: ParsedQuantity) -> Bool {
        guard q.kind == .date, q.value >= 101, q.value <= 150 else { return false }
        var k = q.start
        while k < q.end, NumberLexicon.isASCIIDigit(at(k)) { k += 1 }
        return k - q.start == 3 && at(k) == "年"
    }

    /// Whether the clause before `i` (up to `window` scalars) contains `word`.
    private func clauseBefore(_ i: Int, window: Int, contains word: [Unicode.Scalar]) -> Bool {
        var k = i - word.count
        while k >= max(0, i - window) {
            if Self.clauseEnds.contains(at(k + word.count)) && k + word.count < i { return false }
            if scanner.has(word, at: k) { return true }
            k -= 1
        }
        return false
    }

    private func fact(_ q: ParsedQuantity, lastOrdinalEnd: Int?) -> ParsedQuantity? {
        var q = q
        switch q.kind {
        case .date:
            return nil
        case .number:
            if let top = topRank(q) { return top }
            return countForNoun(q)
        case .fraction:
            q.kind = .ratio
            q.value *= 100
            q.unit = "%"
        case .ordinal:
            return isRank(q, lastOrdinalEnd: lastOrdinalEnd) ? q : nil
        default:
            break
        }
        if isQuoted(q) { return nil }
        // 几十个, 数百家, 上千人: an indefinite number, no value to report.
        if !q.isApproximateNumeral, "几数上成".unicodeScalars.contains(at(q.numeral.lowerBound - 1)),
            NumberLexicon.smallUnit(at(q.numeral.lowerBound)) != nil
        {
            return nil
        }
        if q.isChinese, !isChineseQuantity(q) { return nil }
        if q.kind == .count, q.unitSurface == "位" || q.unitSurface == "名", at(q.start - 1) == "前" || at(q.start - 1) == "后" {
            return nil  // 排名前三位: a span of ranks, not a count
        }
        if q.isChinese, q.unitSurface == "期" { return nil }  // 二期工程, 欧盟四期: phases and standards
        if let unit = q.unitSurface, let last = unit.unicodeScalars.last {
            // Reduplicated classifier: 一条条, 一个个.
            if q.kind == .count, at(q.end) == last { return nil }
            // Quality grades: 三类水质, 二级标准.
            if last == "类" || last == "级" || last == "等", Self.gradeWords.contains(at(q.end)) { return nil }
        }
        if q.kind == .measure, let unit = q.unit, Self.frameDurations.contains(unit),
            q.qualifier == nil || q.qualifier == .approximately,
            Self.timeFrameWords.contains(at(q.end)) || scanner.has("以来", at: q.end)
        {
            return nil
        }
        // Time frames named before the duration: 近3年, 过去5年, 未来十年, 今后两年,
        // 今年前11个月, 首十一个月 (but 未来5年内 is a plan's period).
        if q.kind == .measure, let unit = q.unit, unit != "小时", Self.frameDurations.contains(unit), at(q.end) != "内",
            scanner.has("近", at: q.start) || at(q.start - 1) == "前" || at(q.start - 1) == "近" || at(q.start - 1) == "首"
                || Self.frameWords.contains(where: { scanner.has($0, at: q.start - $0.count) })
        {
            return nil
        }
        // A duration naming a plan or campaign: 五年行动, 三年行动计划, 十年规划.
        if q.kind == .measure, let unit = q.unit, Self.frameDurations.contains(unit), q.qualifier == nil,
            Self.planNouns.contains(where: { scanner.has($0, at: q.end) })
        {
            return nil
        }
        // Counts of days: 优良天数为300天 (count), as opposed to 为期3天 (measure).
        if q.kind == .measure, q.unit == "天" || q.unit == "日", clauseBefore(q.start, window: 16, contains: ["天", "数"]) {
            q.kind = .count
        }
        return q
    }

    /// `排名前十`, `进入全国沿海港口前十`: a bare `前N` after a rank word is a
    /// rank bound, reported as ordinal N with qualifier atMost.
    private func topRank(_ q: ParsedQuantity) -> ParsedQuantity? {
        guard q.unit == nil, q.qualifier == nil, at(q.start - 1) == "前", NumberLexicon.units[at(q.end)] == nil,
            Self.topCues.contains(where: { clauseBefore(q.start - 1, window: 14, contains: $0) })
        else { return nil }
        var f = q
        f.start -= 1
        f.kind = .ordinal
        f.qualifier = .atMost
        return f
    }

    /// Verbs after which a bare number that ends its clause is a reported value (事故率为0.12, 同比下降0.05).
    private static let valueVerbs: [[Unicode.Scalar]] = [
        "为", "达到", "达", "下降", "上升", "降低", "提高", "增加", "减少", "增长", "降至", "升至", "提升",
    ].map { Array($0.unicodeScalars) }  // be, reach, fall, rise, lower, raise, add, cut, grow, fall to, rise to

    /// `重污染天数为0`: a bare number stated for a `…数` noun is a count of that noun's unit;
    /// `事故率为0.12`: a bare number stated as the value of something is a quantity of kind other.
    private func countForNoun(_ q: ParsedQuantity) -> ParsedQuantity? {
        guard q.qualifier == nil || q.qualifier == .range else { return nil }
        if let count = countOfNoun(q) { return count }
        guard !q.isChinese, q.unit == nil else { return nil }
        let after = at(q.end)
        guard q.end >= scanner.s.count || Self.clauseEnds.contains(after) || after == "、" else { return nil }
        var k = q.start
        if at(k - 1) == "了" { k -= 1 }
        guard Self.valueVerbs.contains(where: { scanner.has($0, at: k - $0.count) }) else { return nil }
        var f = q
        f.kind = .other
        return f
    }

    private func countOfNoun(_ q: ParsedQuantity) -> ParsedQuantity? {
        var k = q.start
        if "为是达".unicodeScalars.contains(at(k - 1)) {
            k -= 1
        } else if scanner.has("达到", at: k - 2) {
            k -= 2
        } else if at(k - 1) == ":" || at(k - 1) == "：" {
            k -= 1
        } else {
            return nil
        }
        if at(k - 1) == "均" || at(k - 1) == "仍" { k -= 1 }  // all, still
        guard at(k - 1) == "数", Self.countNouns.contains(at(k - 2)) else { return nil }
        var f = q
        f.kind = .count
        var unit = ""
        unit.unicodeScalars.append(at(k - 2))
        f.unit = unit
        return f
    }

    /// Whether an ordinal is a rank position (排名第三, 居全省第一, 第3名, the
    /// members of an enumeration after a rank: 第三、第二、第一).
    private func isRank(_ q: ParsedQuantity, lastOrdinalEnd: Int?) -> Bool {
        if q.unitSurface == "名" || q.unitSurface == "位" { return true }
        if Self.editionWords.contains(at(q.end)) { return false }
        for scope in Self.rankScopes where scanner.has(scope, at: q.start - scope.count) { return true }
        for cue in Self.rankCues where clauseBefore(q.start, window: 10, contains: cue) { return true }
        if let previous = lastOrdinalEnd, previous <= q.start, q.start - previous <= 12 {
            var joined = false
            for k in previous..<q.start {
                let c = at(k)
                if Self.clauseEnds.contains(c) { return false }
                if c == "、" || c == "和" || c == "及" || c == "," { joined = true }
            }
            return joined
        }
        return false
    }

    private static let openQuotes: ScalarSet = ["“", "「", "『", "《", "\"", "‘"]
    private static let closeQuotes: ScalarSet = ["”", "」", "』", "》", "\"", "’"]
    /// Units of durations that can name a time frame (`近5年来`, `3年内`).
    private static let frameDurations: Set<String> = ["年", "月", "天", "日", "周", "小时"]

    /// Whether a quantity sits alone inside short quotation marks (a slogan or a name: “1221”, “三区合一”).
    private func isQuoted(_ q: ParsedQuantity) -> Bool {
        let open = Self.openQuotes, close = Self.closeQuotes
        var k = q.start - 1
        var steps = 0
        while k >= 0, steps < 6, !open.contains(at(k)) {
            if Self.clauseEnds.contains(at(k)) || close.contains(at(k)) { return false }
            k -= 1
            steps += 1
        }
        guard open.contains(at(k)) else { return false }
        var e = q.end
        steps = 0
        while e < scanner.s.count, steps < 6, !close.contains(at(e)) {
            if Self.clauseEnds.contains(at(e)) || open.contains(at(e)) { return false }
            e += 1
            steps += 1
        }
        return close.contains(at(e))
    }

    /// Rules for quantities written with Chinese numerals only.
    private func isChineseQuantity(_ q: ParsedQuantity) -> Bool {
        let numeral = scanner.text(q.numeral)
        if q.qualifier != .range, q.kind == .count || q.kind == .measure || q.kind == .other || q.kind == .number {
            // 一 + classifier is an indefinite article (一家企业); 二 + classifier an ordinal (二次污染).
            if numeral == "一" || numeral == "壹" || numeral == "二" { return false }
        }
        // Numeral idioms: 四位一体, 千家万户, 四面八方, 三番五次.
        let next = at(q.end), afterNext = at(q.end + 1)
        if NumberLexicon.isNumeral(next) || (NumberLexicon.isHan(next) && NumberLexicon.isNumeral(afterNext)
            && NumberLexicon.units[next] == nil && q.numeral.count == 1)
        {
            return false
        }
        if q.numeral.count == 1, NumberLexicon.isNumeral(at(q.start - 2)), NumberLexicon.isHan(at(q.start - 1)) {
            return false
        }
        return true
    }
}
