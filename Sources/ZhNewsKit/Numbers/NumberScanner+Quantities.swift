import Foundation

extension NumberScanner {
    /// A unit matched after a number.
    struct UnitMatch {
        var entry: UnitEntry
        var end: Int
    }

    /// The longest unit at `j` (Chinese units directly; Latin units as a whole
    /// word, after an optional space).
    func unit(at j: Int) -> UnitMatch? {
        var k = j
        if at(k) == " ", NumberLexicon.isASCIIDigit(at(k - 1)) { k += 1 }  // `100 km`, `100 美元`, `5 %`
        guard let candidates = NumberLexicon.units[at(k)] else { return nil }
        for e in candidates where has(e.surface, at: k) {
            let end = k + e.surface.count
            if NumberLexicon.isASCIILetter(e.surface.last!) || NumberLexicon.isASCIIDigit(e.surface.last!) {
                // A Latin unit must end the word: `5km` but not `5kmh`, `3m` but not `3min`.
                let next = at(end)
                if NumberLexicon.isASCIILetter(next) || NumberLexicon.isASCIIDigit(next) { continue }
            }
            if k > j, e.kind == .count || e.kind == .ratio { continue }  // a space never precedes a classifier
            return UnitMatch(entry: e, end: end)
        }
        return nil
    }

    /// Whether a Chinese numeral + 角 is a word, not money: 长三角 (Yangtze delta),
    /// 三角形 (triangle), 五角星 (star), 八角 (anise).
    func isAngleWord(numeralAt k: Int, unitEnd: Int) -> Bool {
        guard NumberLexicon.isChineseDigit(at(k)) else { return false }
        if at(unitEnd) == "钱" { return false }
        if "长珠金".unicodeScalars.contains(at(k - 1)) { return true }  // 长三角, 珠三角, 金三角
        if "形洲区地星楼尺函度".unicodeScalars.contains(at(unitEnd)) { return true }  // triangle, delta, star …
        return at(k) == "八" && unitEnd - k == 2  // 八角 (anise)
    }

    /// The `第N` ordinal at `i` (or a quarter, `第一季度`, which is a date).
    func ordinal(at i: Int, floor: Int) -> Step {
        let (numeral, end) = readNumeral(at: i + 1)
        guard let n = numeral else { return .skip(end) }
        if has("季度", at: n.end) { return .found(dateQuantity(i..<(n.end + 2), value: n.value)) }
        var e = n.end
        if at(e) == "名" || at(e) == "位" { e += 1 }  // rank words: 第3名, 第二位
        return .found(
            ParsedQuantity(
                start: i, end: e, kind: .ordinal, value: n.value, unit: nil, qualifier: nil, rangeEnd: nil,
                numeral: (i + 1)..<n.end, isChinese: n.isChinese, unitSurface: e > n.end ? text(n.end..<e) : nil))
    }

    /// 百分之N (per cent), 千分之N (per mille), 万分之N (per ten thousand).
    func percentWords(at i: Int, floor: Int) -> Step {
        let negative = at(i + 3) == "负"  // 百分之负三点八
        let (numeral, end) = readNumeral(at: negative ? i + 4 : i + 3)
        guard var n = numeral else { return .skip(end) }
        if negative {
            n.value = -n.value
            n.rangeEnd = nil
        }
        let unit: String
        switch s[i] {
        case "百": unit = "%"
        case "千": unit = "‰"
        default: unit = "‱"
        }
        var q = ParsedQuantity(
            start: i, end: n.end, kind: .percentage, value: n.value, unit: unit, qualifier: nil, rangeEnd: nil,
            numeral: (i + 3)..<n.end, isChinese: n.isChinese, unitSurface: text(i..<(i + 3)))
        if n.rangeEnd != nil {
            q.rangeEnd = n.rangeEnd
            q.qualifier = .range
        }
        finish(&q, floor: floor, allowRange: true)
        return .found(q)
    }

    /// 翻一番 (doubles), 翻两番 (quadruples), 翻了一番.
    func doubling(at i: Int, floor: Int) -> ParsedQuantity? {
        var k = i + 1
        if at(k) == "了" { k += 1 }
        guard isNumeralStart(k), let n = readNumeral(at: k).numeral, at(n.end) == "番",
            let times = Int(exactly: NSDecimalNumber(decimal: n.value).doubleValue), times >= 1, times <= 10
        else { return nil }
        return ParsedQuantity(
            start: i, end: n.end + 1, kind: .ratio, value: Decimal(1 << times), unit: "倍", qualifier: nil,
            rangeEnd: nil, numeral: k..<n.end, isChinese: n.isChinese, unitSurface: "番")
    }

    /// A number written with multipliers only, followed by a unit:
    /// `千万千瓦` (ten million kW; at least two multipliers, so the `万元`
    /// denominator of `万元产值` is no number; one multiplier after a prefix
    /// qualifier is enough: `近千名`, `逾万人次`, `超过百家`), or, when `approximate`, a
    /// multiplier after 上, 数 or 几 (`上千名` 1000 moreThan, `数十家`, `几百万元`).
    /// Not in idioms where a numeral comes right before (`成千上万`).
    func multiplierQuantity(at i: Int, floor: Int, approximate: Bool) -> ParsedQuantity? {
        let from = approximate ? i + 1 : i
        if NumberLexicon.isNumeral(at(i - 1)) || "上数几".unicodeScalars.contains(at(i - 1)) { return nil }
        var k = from
        var value: Decimal = 1
        while let m = NumberLexicon.smallUnit(at(k)) ?? NumberLexicon.bigUnit(at(k)), !multiplierStartsWord(k) {
            value *= m
            k += 1
        }
        // 百余人, 千多家: one multiplier, 余/多 (over) and a unit.
        let over = !approximate && k > from && (at(k) == "余" || at(k) == "多")
        let unitAt = over ? k + 1 : k
        guard k > from, approximate || over || k - from >= 2 || "近逾超约过破".unicodeScalars.contains(at(i - 1)),
            !NumberLexicon.isNumeral(at(k)) || multiplierStartsWord(k),
            let u = unit(at: unitAt), u.end > unitAt,
            u.entry.kind == .count || u.entry.kind == .measure || u.entry.kind == .money
        else { return nil }
        var q = ParsedQuantity(
            start: i, end: u.end, kind: u.entry.kind, value: value * u.entry.scale, unit: u.entry.unit,
            qualifier: approximate || over ? .moreThan : nil, rangeEnd: nil, numeral: from..<k, isChinese: true,
            unitSurface: text(unitAt..<u.end))
        if u.entry.surface == ["块"], !NumberLexicon.isHan(at(u.end)) {  // 几十万块。 (yuan), not 数百块砖
            q.kind = .money
            q.unit = "CNY"
        }
        q.multiplier = value * u.entry.scale
        q.isApproximateNumeral = approximate
        finish(&q, floor: floor, allowRange: false)
        return q
    }

    /// A unit the lexicon does not know, written right after a number: a
    /// Latin token of two or more letters (`5000PFlops`, `10万TEU`) or one or
    /// two Chinese characters that end the phrase (`1025万标箱，`,
    /// `1400万标箱左右`, `360积分。`; a Latin token too must end the phrase, so
    /// `2023ESG报告` is no measure). Function words, time words and numerals are never units.
    func unknownUnitEnd(at j: Int, numeral n: Numeral) -> Int? {
        if !n.isChinese, NumberLexicon.isASCIILetter(at(j)) {
            var e = j
            while NumberLexicon.isASCIILetter(at(e)) { e += 1 }
            guard e - j >= 2, endsPhrase(at: e), at(e) != "-", at(e) != "_", at(e) != "." else { return nil }
            return e
        }
        // Chinese numerals only with a multiplier (一体, 三农 are words).
        guard !n.isChinese || n.tailMultiplier != 1 else { return nil }
        for length in [2, 1] {
            let e = j + length
            var ok = true
            for k in j..<e where !NumberLexicon.isHan(at(k)) || NumberLexicon.isNumeral(at(k))
                || Self.notUnitCharacters.contains(at(k))
            {
                ok = false
            }
            guard ok else { continue }
            if endsPhrase(at: e) { return e }
        }
        return nil
    }

    /// Characters that never belong to a unit written after a number: function
    /// words, time words, qualifiers and verbs of comparison.
    static let notUnitCharacters = ScalarSet(
        "的了在和与及或等是为将到至以内外来前后年月日号时秒点半多余几左右上下之其中比较同增降达超近约共各每版楼路线型式代")
    // of, (aspect), at, and, with, and, or, etc., is, be, will, to, to, by, in, out, since, before, after,
    // year, month, day, number, hour, second, edition, floor, road/bus line, line, model, style, generation, o'clock, half, more, over, some, about, above/below …

    /// Whether a unit ending at `e` ends its phrase: punctuation, the end, a suffix qualifier or 的.
    func endsPhrase(at e: Int) -> Bool {
        let c = at(e)
        if e >= s.count || c == "\u{0}" { return true }
        if NumberLexicon.suffixQualifiers.contains(where: { has($0.surface, at: e) }) { return true }
        if c == "的" { return true }
        if NumberLexicon.isHan(c) || NumberLexicon.isASCIILetter(c) || NumberLexicon.isASCIIDigit(c) { return false }
        return true
    }

    /// A number with its unit, qualifiers and range, starting at `numeralAt`
    /// (the expression itself starts at `expressionAt`, before a sign or currency).
    func core(numeralAt k: Int, expressionAt start: Int, sign: Decimal, currency: String?, floor: Int) -> Step {
        let (numeral, end) = readNumeral(at: k)
        guard let read = numeral else { return .skip(max(end, k + 1)) }
        guard var q = quantity(numeralAt: k, expressionAt: start, sign: sign, currency: currency, read: read) else {
            return .skip(max(codeEnd(from: k), end))
        }
        finish(&q, floor: floor, allowRange: true)
        return .found(q)
    }

    /// Where a code such as `PM2.5`, `G20`, `5G` or `H7N9` that a numeral at `k` belongs to ends.
    func codeEnd(from k: Int) -> Int {
        var e = k + 1
        while NumberLexicon.isASCIIDigit(at(e)) || NumberLexicon.isASCIILetter(at(e))
            || (at(e) == "." && NumberLexicon.isASCIIDigit(at(e + 1)))
        {
            e += 1
        }
        if let end = readNumeral(at: k).numeral?.end, end > e { return end }
        return e
    }

    /// The number at `k` with what follows it; `nil` when it is part of a code.
    /// - Parameter read: The numeral at `k` when the caller has read it already.
    func quantity(
        numeralAt k: Int, expressionAt start: Int, sign: Decimal, currency: String?, read: Numeral? = nil
    ) -> ParsedQuantity? {
        guard let n = read ?? readNumeral(at: k).numeral else { return nil }
        // Codes: a number glued to Latin letters (PM2.5, G20, COVID-19, 5G, H7N9).
        if !n.isChinese {
            let p = at(k - 1)
            if NumberLexicon.isASCIILetter(p) { return nil }
            if (p == "-" || p == "." || p == "_") && NumberLexicon.isASCIILetter(at(k - 2)) { return nil }
            if NumberLexicon.isASCIIDigit(p) { return nil }
        }
        var j = n.end
        var value = Self.product(n.value, sign)
        var qualifier: Qualifier? = n.rangeEnd == nil ? nil : .range
        var scale = n.tailMultiplier
        // 80余家, 10多个, 100多万元, 十几个.
        if at(j) == "个", "余多".unicodeScalars.contains(at(j + 1)), at(j + 2) == "亿", qualifier == nil { j += 1 }  // 两个多亿
        if "余多几".unicodeScalars.contains(at(j)), qualifier == nil {
            var e = j + 1
            var multiplier: Decimal = 1
            while let m = NumberLexicon.bigUnit(at(e)) ?? NumberLexicon.smallUnit(at(e)), !multiplierStartsWord(e) {
                multiplier *= m
                e += 1
            }
            if multiplier != 1 || unit(at: e) != nil {
                value *= multiplier
                scale *= multiplier
                qualifier = .moreThan
                j = e
            }
        }
        // 三又五分之一 (three and one fifth).
        var numeralEnd = n.end
        if qualifier == nil, let (fraction, end) = mixedFraction(at: j) {
            value += fraction * sign
            j = end
            numeralEnd = end
        }
        // 一半 (a half): 50 per cent.
        if n.isChinese, n.value == 1, n.end == k + 1, at(j) == "半", qualifier == nil {
            return ParsedQuantity(
                start: start, end: j + 1, kind: .ratio, value: 50, unit: "%", qualifier: nil, rangeEnd: nil,
                numeral: k..<(j + 1), isChinese: true, unitSurface: "半")
        }
        // Fractions in words: 三分之一 (one third, as a share in per cent).
        if let (denominator, from) = fractionDenominator(at: j, value: value),
            let numerator = readNumeral(at: from).numeral, denominator != 0
        {
            let share = numerator.value / denominator * 100
            return ParsedQuantity(
                start: start, end: numerator.end, kind: .ratio, value: share, unit: "%", qualifier: nil, rangeEnd: nil,
                numeral: k..<numerator.end, isChinese: n.isChinese && numerator.isChinese, unitSurface: nil)
        }
        // Fractions in digits: 1/3.
        if !n.isChinese, at(j) == "/", NumberLexicon.isASCIIDigit(at(j + 1)), let d = readNumeral(at: j + 1).numeral,
            !d.isChinese, d.value != 0, at(d.end) != "/", !NumberLexicon.isASCIILetter(at(d.end))
        {
            return ParsedQuantity(
                start: start, end: d.end, kind: .fraction, value: value / d.value, unit: nil, qualifier: nil,
                rangeEnd: nil, numeral: k..<d.end, isChinese: false, unitSurface: nil)
        }
        var kind: QuantityKind = .number
        var unitName: String? = nil
        var unitSurface: String? = nil
        if !n.isChinese, currency == nil, let m = latinMagnitudeBeforeYuan(at: j) {  // 15k元, 30w元
            value *= m
            scale *= m
            j += 1
        }
        if let code = currency {
            kind = .money
            unitName = code
            if let u = unit(at: j), u.entry.kind == .money {
                value *= u.entry.scale
                unitSurface = text(j..<u.end)
                j = u.end
            }
        } else if let e = formalFenEnd(at: j, numeral: k..<n.end) {
            // 壹分, 伍分: financial numerals + 分 are cents.
            kind = .money
            unitName = "CNY"
            unitSurface = "分"
            value *= Decimal(string: "0.01")!
            j = e
        } else if let e = liangEnd(at: j, after: n, numeralAt: k) {
            // 二两, 九两半: the weight unit liang (50 g).
            kind = .measure
            unitName = "两"
            unitSurface = text(j..<e)
            if at(e - 1) == "半" { value += Decimal(string: "0.5")! * sign }
            j = e
        } else if at(j) == "日", hasDurationCue(before: start) {
            kind = .measure
            unitName = "日"
            unitSurface = "日"
            j += 1
        } else if let u = unit(at: j), !(u.entry.surface == ["角"] && isAngleWord(numeralAt: k, unitEnd: u.end)),
            u.entry.surface != ["圆"] || isFormalYuan(numeral: k..<n.end, unitEnd: u.end)
        {
            var entry = u.entry
            var end = u.end
            if let (measure, e) = halfAfterClassifier(entry, at: end) {  // 一个半小时 (an hour and a half)
                entry = measure
                end = e
                value += Decimal(string: "0.5")! * sign
            }
            if entry.surface == ["块"] {
                // 块 is money (kuai) before 钱/毛/角, a digit or the end of a phrase; otherwise a classifier.
                let next = at(end)
                let isMoney =
                    "钱毛角半".unicodeScalars.contains(next) || NumberLexicon.digit(next) != nil
                    || !NumberLexicon.isHan(next) || s[k..<n.end].contains(".") || s[k..<n.end].contains("点")
                if isMoney { entry = UnitEntry(surface: entry.surface, kind: .money, unit: "CNY") }
                if at(end) == "钱" { end += 1 }
            }
            kind = entry.kind
            unitName = entry.unit
            value = Self.product(value, entry.scale)
            scale = Self.product(scale, entry.scale)
            unitSurface = text(j..<end)
            j = end
            if kind == .money, hasSmallChange(entry),
                let (change, end) = smallChange(at: j, unitSurface: unitSurface, scale: entry.scale)
            {
                // 三块五 (3.5), 3元5角2分, 两块五毛, 九元零九分, 九毛九.
                value += change * sign
                j = end
            }
            if kind == .measure, let (amount, end) = jinTail(at: j, unitSurface: unitSurface) {
                value += amount * sign  // 三斤半, 六斤八两
                j = end
            } else if scale == 1, let end = halfEnd(at: j, unitSurface: unitSurface) {
                value += Decimal(string: "0.5")! * sign  // 两年半, 一天半, 三块半
                j = end
            }
            if kind == .count || kind == .measure, at(j) == "/", let per = unit(at: j + 1), per.entry.kind != .percentage {
                // Per-unit measures: 微克/立方米 is one entry; 元/吨 and 吨/年 keep the first unit.
                if kind == .measure { unitName = (unitName ?? "") + "/" + text((j + 1)..<per.end) }
                j = per.end
            } else if kind == .money, at(j) == "/", let per = unit(at: j + 1) {
                _ = per
                j = per.end
            }
            // 3年多, 1年余.
            if (kind == .measure || kind == .money), qualifier == nil, at(j) == "多" || at(j) == "余",
                !NumberLexicon.isHan(at(j + 1)) || NumberLexicon.units[at(j + 1)] == nil
            {
                qualifier = .moreThan
                j += 1
            }
        }
        if kind == .number, currency == nil, let e = unknownUnitEnd(at: j, numeral: n) {
            // A plain integer of an unknown Chinese unit counts things (`360积分`);
            // an amount with 万/亿 or decimals, or a Latin unit, is a measure (`1025万标箱`).
            let plainInteger = n.tailMultiplier == 1 && !text(k..<n.end).contains(".")
            kind = plainInteger && NumberLexicon.isHan(at(j)) ? .count : .measure
            unitName = text(j..<e)
            unitSurface = unitName
            j = e
        }
        if kind == .number, NumberLexicon.isASCIILetter(at(j)), !n.isChinese { return nil }  // 5G, 3D
        if kind == .number, at(j) == ".", NumberLexicon.isASCIILetter(at(j + 1)), !n.isChinese { return nil }
        var q = ParsedQuantity(
            start: start, end: j, kind: kind, value: value, unit: unitName, qualifier: qualifier,
            rangeEnd: n.rangeEnd.map { Self.product($0, n.tailMultiplier == 1 ? scale : scale / n.tailMultiplier) },
            numeral: k..<numeralEnd, isChinese: n.isChinese,
            unitSurface: unitSurface)
        if q.rangeEnd != nil, q.kind == .number, q.unit == nil { q.rangeEnd = n.rangeEnd }
        q.multiplier = scale
        return q
    }

    /// The multiplier folded into a quantity's value by its multipliers and unit (for ranges: `3-5万元`).
    private func scaleOf(_ q: ParsedQuantity) -> Decimal { q.multiplier }

    /// Adds suffix qualifiers, a range end and prefix qualifiers to `q`.
    func finish(_ q: inout ParsedQuantity, floor: Int, allowRange: Bool) {
        // Range: 5%—8%, 5%至8%, 三至五个, 3-5万元.
        if allowRange, q.qualifier == nil, q.kind != .ordinal, q.kind != .date, let k = rangeSecondStart(after: q.end) {
            var second: ParsedQuantity? = nil
            if isNumeralStart(k), dateEnd(at: k) == nil {
                second = quantity(numeralAt: k, expressionAt: k, sign: 1, currency: q.kind == .money && q.unitSurface == nil ? q.unit : nil)
            } else if "百千万".unicodeScalars.contains(at(k)), has("分之", at: k + 1), isNumeralStart(k + 3),
                case .found(let p) = percentWords(at: k, floor: k)
            {
                second = p
            }
            if var b = second, b.kind == .number, b.unit == nil, q.kind == .percentage, q.unitSurface?.hasSuffix("分之") == true {
                // 百分之五十至六十: the upper end takes the lower end's per cent.
                b.kind = q.kind
                b.unit = q.unit
                b.unitSurface = q.unitSurface
                second = b
            }
            if let b = second, q.kind == .count, q.unitSurface == "块", b.kind == .money, b.unit == "CNY",
                b.unitSurface?.hasPrefix("块") == true
            {
                q.kind = .money  // 两块到三块: 块 is money on both sides
                q.unit = "CNY"
            }
            if var b = second, b.qualifier == nil, b.kind != .fraction, b.kind != .ratio,
                q.unit == nil || q.unit == b.unit, q.kind == .number || q.kind == b.kind
            {
                var low = q.value
                if q.kind == .number, q.multiplier == 1 {
                    let factor = scaleOf(b)
                    if factor != 1, low * factor <= b.value { low *= factor }
                }
                b.qualifier = nil
                q.kind = b.kind
                q.unit = b.unit
                q.unitSurface = b.unitSurface
                q.value = low
                q.rangeEnd = b.value
                q.qualifier = .range
                q.end = b.end
                q.numeral = q.numeral.lowerBound..<b.numeral.upperBound
                q.isChinese = q.isChinese && b.isChinese
            }
        }
        // Suffix qualifiers: 以上, 以下, 左右 …
        for (word, qualifier) in NumberLexicon.suffixQualifiers where has(word, at: q.end) {
            if q.qualifier == nil || q.qualifier == .moreThan { q.qualifier = qualifier }
            q.end += word.count
            break
        }
        // Prefix qualifiers: 近, 约, 超过, 不到 … (and 连续 before a duration).
        for (word, qualifier) in NumberLexicon.prefixQualifiers {
            let from = q.start - word.count
            guard from >= floor, has(word, at: from), !NumberLexicon.blocksPrefix(at(from - 1), word) else { continue }
            if qualifier == nil {
                guard q.kind == .measure else { continue }
            } else if q.qualifier == .range {
                continue
            } else {
                q.qualifier = qualifier
            }
            q.start = from
            break
        }
    }
}
