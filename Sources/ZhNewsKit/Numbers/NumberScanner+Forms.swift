import Foundation

/// Less common written forms the scanner's decision points hand over to:
/// the weight unit 两, small change after 元/块/角/毛, denominators written
/// with a multiplier (`五百分之二`), mixed fractions (`三又五分之一`), signed
/// shares (`负百分之六十`, `百分之负三点八`), 百分百 / 百分N, and the
/// connectors of a range (`--`, `——`, `(含)-`).
extension NumberScanner {
    // MARK: 两 (liang, 50 g)

    /// Whether 两 at `j`, right after the numeral tokens read so far, ends
    /// that numeral instead of continuing it as the digit 2: after a digit or
    /// 十 it is the weight unit (`二两`, `十二两`, `九两半`) or the start of a new
    /// count (`初二两名`). Not in `一两`/`三两` before a Han character (one or
    /// two, two or three: `一两天`, `三两句`), nor before a numeral (`二两千`).
    func liangEndsNumeral(at j: Int, lastDigit: Int?, afterTen: Bool, tokenCount: Int) -> Bool {
        guard lastDigit != nil || afterTen else { return false }
        if NumberLexicon.isNumeral(at(j + 1)) { return false }
        if tokenCount == 1, let d = lastDigit, d == 1 || d == 3, NumberLexicon.isHan(at(j + 1)), at(j + 1) != "半" {
            return false
        }
        return true
    }

    /// The end of the weight unit 两 (with an optional 半, a half) at `j`,
    /// right after the numeral `n`: `二两`, `九两半`, `5两`. Not before a unit
    /// or a numeral (`初二两名` is 初二 and 两名), not after an approximate
    /// numeral, and after Arabic digits only before a non-Han character
    /// (`2024两会` is no weight), nor in the idioms 半斤八两 and 四两拨千斤.
    func liangEnd(at j: Int, after n: Numeral, numeralAt k: Int) -> Int? {
        guard at(j) == "两", n.rangeEnd == nil, n.end == j, at(j - 1) != "两" else { return nil }
        // Idioms: 半斤八两 (six of one, half a dozen of the other), 四两拨千斤 (a small force moving a great weight).
        if at(k - 1) == "斤" || at(j + 1) == "拨" { return nil }
        let p = at(j - 1)
        guard NumberLexicon.digit(p) != nil || p == "十" || p == "拾" else { return nil }
        let next = at(j + 1)
        if next == "半" { return j + 2 }
        if NumberLexicon.isNumeral(next) || unit(at: j + 1) != nil { return nil }
        if !n.isChinese, NumberLexicon.isHan(next) { return nil }
        return j + 1
    }

    /// After 斤 (jin) or 公斤: a half (`三斤半`, 3.5) or, after 斤, one digit of
    /// 两 (`六斤八两`, 6.8 jin; a jin is ten liang). Returns the amount in the
    /// unit and the end.
    func jinTail(at j: Int, unitSurface: String?) -> (amount: Decimal, end: Int)? {
        guard unitSurface == "斤" || unitSurface == "公斤" else { return nil }
        if at(j) == "半" { return (Decimal(string: "0.5")!, j + 1) }
        guard unitSurface == "斤", let d = NumberLexicon.digit(at(j)), at(j + 1) == "两" else { return nil }
        var amount = Decimal(d) / 10
        var end = j + 2
        if at(end) == "半" {
            amount += Decimal(string: "0.05")!
            end += 1
        }
        return (amount, end)
    }

    /// After 个 at `end`: 半 and a measure (`一个半小时`, `两个半月`): the
    /// measure's entry and its end; the caller adds the half. Not before 天,
    /// 日 or 年 (`两个半天` is two half-days).
    func halfAfterClassifier(_ entry: UnitEntry, at end: Int) -> (entry: UnitEntry, end: Int)? {
        guard entry.surface == ["个"], at(end) == "半", !"天日年".unicodeScalars.contains(at(end + 1)) else { return nil }
        if at(end + 1) == "月" {  // month(s)
            return (UnitEntry(surface: ["个", "月"], kind: .measure, unit: "月"), end + 2)
        }
        guard let m = unit(at: end + 1), m.entry.kind == .measure else { return nil }
        return (m.entry, m.end)
    }

    /// The decimal digits of Arabic digits written with 点 at `j` (`8点5倍`,
    /// `1点5%`), and their end. Only before 倍 or %: elsewhere `8点5` is a time.
    func arabicPointFraction(at j: Int) -> (fraction: Decimal, end: Int)? {
        guard at(j) == "点", NumberLexicon.isASCIIDigit(at(j + 1)) else { return nil }
        var k = j + 1
        var digits = "0."
        while NumberLexicon.isASCIIDigit(at(k)) {
            digits.unicodeScalars.append(at(k))
            k += 1
        }
        guard at(k) == "倍" || at(k) == "%", k - j <= 19 else { return nil }
        return (Self.decimal(digits), k)
    }

    /// The end of 半 (and a half) after a duration or a yuan amount written
    /// without multipliers: `两年半`, `一天半`, `三个月半`, `三块半`, `两元半`. Not
    /// in 一年半载 (a year or so) nor before 夜 (半夜, midnight).
    func halfEnd(at j: Int, unitSurface: String?) -> Int? {
        guard at(j) == "半", let u = unitSurface, !"载夜".unicodeScalars.contains(at(j + 1)) else { return nil }
        switch u {
        case "年", "天", "小时", "个小时", "个月", "周", "星期", "个星期", "块", "元": return j + 1
        default: return nil
        }
    }

    // MARK: Small change

    /// Whether the digit at `j` stands alone: no numeral or unit follows it.
    private func loneDigit(at j: Int) -> Int? {
        guard let d = NumberLexicon.digit(at(j)), !NumberLexicon.isNumeral(at(j + 1)), unit(at: j + 1) == nil,
            !NumberLexicon.isASCIIDigit(at(j + 1)), !has("分之", at: j + 1)  // 四分之一 is a fraction
        else { return nil }
        return d
    }

    /// Whether 分 at `j` is fen (a cent), not 分钟 (minute), 分之 or 分贝.
    private func isFen(at j: Int) -> Bool {
        at(j) == "分" && !"钟之贝".unicodeScalars.contains(at(j + 1))
    }

    /// The small change written after a yuan amount (`unit` 元/块, `scale` 1)
    /// or a jiao amount (角/毛, `scale` 0.1), in yuan, and its end:
    /// `三块五` .5, `两块五毛` .5, `九十九块九毛九` .99, `九元零九分` .09,
    /// `三块零四` .04, `三块四分` .04, `九毛九` .09, `肆角叁分` .03.
    /// A bare 分 is a cent only here, after 元/块/角/毛 (elsewhere it is points or minutes).
    func smallChange(at j: Int, unitSurface: String?, scale: Decimal) -> (amount: Decimal, end: Int)? {
        let tenth = Decimal(string: "0.1")!
        let hundredth = Decimal(string: "0.01")!
        var k = j
        var amount: Decimal = 0
        if scale == 1 {
            let isKuai = unitSurface?.hasPrefix("块") == true || unitSurface == "蚊"
            var zero = false
            if NumberLexicon.digit(at(k)) == 0, !NumberLexicon.isASCIIDigit(at(k)), NumberLexicon.digit(at(k + 1)) != nil {
                zero = true  // 零 before the cents: 九元零九分
                k += 1
            }
            guard let d = NumberLexicon.digit(at(k)), NumberLexicon.digit(at(k + 1)) == nil else { return nil }
            if !zero, "角毛毫".unicodeScalars.contains(at(k + 1)) {
                amount = Decimal(d) * tenth
                k += 2
            } else if isFen(at: k + 1) {
                return (Decimal(d) * hundredth, at(k + 2) == "钱" ? k + 3 : k + 2)
            } else if isKuai, let lone = loneDigit(at: k) {
                return (Decimal(lone) * (zero ? hundredth : tenth), k + 1)
            } else {
                return nil
            }
        }
        // Cents after a jiao amount: 五角二分, 九毛九.
        if let f = NumberLexicon.digit(at(k)), NumberLexicon.digit(at(k + 1)) == nil {
            if isFen(at: k + 1) {
                amount += Decimal(f) * hundredth
                k += 2
            } else if let lone = loneDigit(at: k) {
                amount += Decimal(lone) * hundredth
                k += 1
            }
        }
        if at(k) == "钱" && k > j { k += 1 }
        return k > j ? (amount, k) : nil
    }

    /// Whether small change can follow an amount in `entry`: 元, 块 (yuan), 角,
    /// 毛 (jiao), and the Cantonese 蚊 (dollar, followed by 毫, ten cents).
    func hasSmallChange(_ entry: UnitEntry) -> Bool {
        if entry.unit == "CNY", entry.scale == 1 { return true }
        return entry.surface == ["角"] || entry.surface == ["毛"] || entry.surface == ["蚊"]
    }

    /// The end of 分 after financial numerals at `numeral` (`壹分`, `伍分`):
    /// cents, since those numerals are written only in amounts of money.
    func formalFenEnd(at j: Int, numeral r: Range<Int>) -> Int? {
        guard isFen(at: j), !r.isEmpty, r.allSatisfy({ "零壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars.contains(at($0)) }),
            r.contains(where: { at($0) != "零" && at($0) != "拾" && at($0) != "佰" && at($0) != "仟" })
        else { return nil }
        return at(j + 1) == "钱" ? j + 2 : j + 1
    }

    /// 千 (k) or 万 (w) written as a Latin letter right before 元: `15k元`, `30w元`.
    func latinMagnitudeBeforeYuan(at j: Int) -> Decimal? {
        guard at(j + 1) == "元" else { return nil }
        switch at(j) {
        case "k", "K": return 1000
        case "w", "W": return 10_000
        default: return nil
        }
    }

    /// Whether an amount before 圆 is a formal one (圆 as 元): written with
    /// financial numerals (`肆佰叁拾萬圆`) or followed by 整 (exactly).
    func isFormalYuan(numeral r: Range<Int>, unitEnd: Int) -> Bool {
        if at(unitEnd) == "整" { return true }
        return r.contains { "壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars.contains(at($0)) }
    }

    // MARK: Fractions

    /// Where the numerator of a fraction starts when its denominator `value`
    /// ended at `j`, with the denominator: `五分之一` (分之 at `j`) or
    /// `五百分之二` (a multiplier the numeral reader left for 百分之: 500).
    func fractionDenominator(at j: Int, value: Decimal) -> (denominator: Decimal, numeratorAt: Int)? {
        if has("分之", at: j), isNumeralStart(j + 2) { return (value, j + 2) }
        if let m = NumberLexicon.smallUnit(at(j)) ?? NumberLexicon.bigUnit(at(j)), m > 10, has("分之", at: j + 1),
            isNumeralStart(j + 3)
        {
            return (value * m, j + 3)
        }
        return nil
    }

    /// The fraction of a mixed number after 又 at `j`: `三又五分之一` → 0.2 and its end.
    func mixedFraction(at j: Int) -> (value: Decimal, end: Int)? {
        guard at(j) == "又", isNumeralStart(j + 1), let d = readNumeral(at: j + 1).numeral, d.rangeEnd == nil,
            let (denominator, from) = fractionDenominator(at: d.end, value: d.value),
            let numerator = readNumeral(at: from).numeral, numerator.rangeEnd == nil,
            denominator > 0, numerator.value > 0, numerator.value < denominator
        else { return nil }
        return (numerator.value / denominator, numerator.end)
    }

    // MARK: Shares in words

    /// 负百分之六十, 负的百分之二十, 负百分之百, 负千分之十五 at the 负 at `i`: a
    /// negative share (the sign is written before the share word).
    func negativeShare(at i: Int, floor: Int) -> ParsedQuantity? {
        var k = i + 1
        if at(k) == "的" { k += 1 }  // 负的百分之二十
        guard "百千万".unicodeScalars.contains(at(k)), at(k + 1) == "分" else { return nil }
        var q: ParsedQuantity
        if has("百分之百", at: k) || has("百分百", at: k) {
            let end = k + (at(k + 2) == "之" ? 4 : 3)
            q = ParsedQuantity(
                start: k, end: end, kind: .percentage, value: 100, unit: "%", qualifier: nil, rangeEnd: nil,
                numeral: (end - 1)..<end, isChinese: true, unitSurface: text(k..<(end - 1)))
        } else if has("分之", at: k + 1), isNumeralStart(k + 3), case .found(let p) = percentWords(at: k, floor: k) {
            q = p
        } else {
            return nil
        }
        guard q.value >= 0 else { return nil }
        q.value = -q.value
        if let e = q.rangeEnd {
            // 负百分之五到十: −5 … −10, reported low to high.
            q.rangeEnd = q.value
            q.value = -e
        }
        q.start = i
        finish(&q, floor: floor, allowRange: false)
        return q
    }

    /// 百分百 (a hundred per cent) and 百分三十 (百分之 without 之) at the 百 at
    /// `i`; not after a numeral (`一百分`, a score) and not 百分点.
    func percentWithoutZhi(at i: Int, floor: Int) -> ParsedQuantity? {
        guard at(i + 1) == "分", !NumberLexicon.isNumeral(at(i - 1)), at(i - 1) != "点" else { return nil }
        var q: ParsedQuantity
        if at(i + 2) == "百", !NumberLexicon.isNumeral(at(i + 3)) {
            q = ParsedQuantity(
                start: i, end: i + 3, kind: .percentage, value: 100, unit: "%", qualifier: nil, rangeEnd: nil,
                numeral: (i + 2)..<(i + 3), isChinese: true, unitSurface: "百分")
        } else if NumberLexicon.isChineseDigit(at(i + 2)) || at(i + 2) == "十", let n = readNumeral(at: i + 2).numeral,
            n.isChinese, n.rangeEnd == nil, n.value <= 100, at(n.end) != "分"
        {
            q = ParsedQuantity(
                start: i, end: n.end, kind: .percentage, value: n.value, unit: "%", qualifier: nil, rangeEnd: nil,
                numeral: (i + 2)..<n.end, isChinese: true, unitSurface: "百分")
        } else {
            return nil
        }
        finish(&q, floor: floor, allowRange: false)
        return q
    }

    // MARK: Ranges

    /// Where the second number of a range starts after its first ends at `e`:
    /// after one connector (`-`, `—`, `~`, `至`, `到`), a doubled dash (`--`,
    /// `——`), or `(含)` (inclusive) before the connector: `1万(含)-5万元`.
    func rangeSecondStart(after e: Int) -> Int? {
        var k = e
        if has("(含)", at: k) || has("（含）", at: k) { k += 3 }  // (inclusive)
        let c = at(k)
        guard NumberLexicon.isRangeConnector(c) else { return nil }
        k += 1
        if c == "-" || c == "—" || c == "~", at(k) == c { k += 1 }  // -- and —— as one dash
        return k
    }
}
