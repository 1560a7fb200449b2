import Foundation

/// The hand-written, left-to-right scanner behind ``NumberParser``.
///
/// It works on an array of Unicode scalars (traditional forms of the
/// characters it looks at folded one to one, so offsets are unchanged) and
/// never backtracks further than a constant number of scalars: every attempt
/// that fails at a numeral skips the whole numeral, so the scan is linear.
struct NumberScanner {
    /// The scanned scalars.
    let s: [Unicode.Scalar]
    /// Numerals longer than this are digit strings (codes, noise), not quantities.
    static let maximumNumeralLength = 40

    init(_ text: String) {
        s = text.unicodeScalars.map(NumberLexicon.fold)
    }

    init(scalars: [Unicode.Scalar]) {
        s = NumberLexicon.fold(scalars)
    }

    /// Every quantity, date and bare number, in text order, not overlapping.
    /// - Complexity: O(n).
    func scan() -> [ParsedQuantity] {
        var out: [ParsedQuantity] = []
        var i = 0
        var floor = 0
        while i < s.count {
            // Most characters cannot start anything: pass them over without building a step.
            if !Self.mayStart(s[i]) {
                i += 1
                continue
            }
            switch step(at: i, floor: floor) {
            case .found(let q):
                // A value beyond Decimal's range (亿亿亿…) is noise, not a quantity.
                if !q.value.isNaN && !(q.rangeEnd?.isNaN ?? false) { out.append(q) }
                i = max(q.end, i + 1)
                floor = i
            case .skip(let to):
                i = max(to, i + 1)
            }
        }
        return out
    }

    // MARK: Scalar helpers

    enum Step {
        case found(ParsedQuantity)
        case skip(Int)
    }

    @inline(__always)
    func at(_ i: Int) -> Unicode.Scalar { i >= 0 && i < s.count ? s[i] : "\u{0}" }

    func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= s.count else { return false }
        for k in 0..<word.count where s[i + k] != word[k] { return false }
        return true
    }

    func has(_ word: String, at i: Int) -> Bool {
        var k = i
        for c in word.unicodeScalars {
            if at(k) != c { return false }
            k += 1
        }
        return true
    }

    func text(_ r: Range<Int>) -> String {
        var utf8: [UInt8] = []
        let scalars = s[max(0, r.lowerBound)..<min(s.count, r.upperBound)]
        utf8.reserveCapacity(scalars.count * 4)
        for c in scalars { UTF8.encode(c) { utf8.append($0) } }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// `a` times `b`. The scanner's decimals are all in compact form, which a
    /// product by one returns unchanged, so that case skips the arithmetic.
    @inline(__always)
    static func product(_ a: Decimal, _ b: Decimal) -> Decimal {
        b == 1 ? a : a * b
    }

    /// Whether a number can start at `i`: a digit, or 十 (ten).
    func isNumeralStart(_ i: Int) -> Bool {
        let c = at(i)
        if NumberLexicon.digit(c) != nil { return true }
        return c == "十" || c == "拾" || c == "廿" || c == "卅"
    }

    // MARK: Dispatch

    /// Whether anything can start at a scalar: digits, numerals, 第, signs,
    /// currency signs and codes, 翻, weekday words. Most scalars of a text
    /// cannot, and are passed over here without further look-ups.
    @inline(__always)
    static func mayStart(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x10000 ? startTable[Int(c.value)] : mayStartByRules(c)
    }

    /// ``mayStart(_:)`` for every BMP scalar: one array read per character of the text.
    private static let startTable: [Bool] = (0..<0x10000).map { v in
        guard let c = Unicode.Scalar(UInt32(v)) else { return false }
        return mayStartByRules(c)
    }

    /// The rules behind ``mayStart(_:)``.
    static func mayStartByRules(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || v == 0x24 || v == 0x2B || v == 0x2D  // digits $ + -
                || v == 0x55 || v == 0x48 || v == 0x4E || v == 0x52 || v == 0x43 || v == 0x45 || v == 0x4A
                || v == 0x47  // U H N R C E J G (currency codes)
        }
        switch c {
        case "第", "百", "千", "万", "翻", "上", "数", "几", "星", "礼", "周", "−", "负", "十", "拾", "廿", "卅", "零", "人", "新", "港", "美",
            "¥", "￥", "€", "£":
            return true
        default:
            return NumberLexicon.digitByRules(c) != nil
        }
    }

    /// The first scalars of ``NumberLexicon/currencyPrefixes``.
    static let currencyStarts = ScalarSet(NumberLexicon.currencyPrefixes.map { $0.surface[0] })

    func step(at i: Int, floor: Int) -> Step {
        let c = s[i]
        guard Self.mayStart(c) else { return .skip(i + 1) }
        switch c {
        case "第":  // ordinal prefix
            if isNumeralStart(i + 1) { return ordinal(at: i, floor: floor) }
        case "百", "千", "万":  // 百分之 per cent, 千分之 per mille, 万分之 per ten thousand
            if has("分之", at: i + 1), isNumeralStart(i + 3) { return percentWords(at: i, floor: floor) }
            if has("分之负", at: i + 1), isNumeralStart(i + 4) { return percentWords(at: i, floor: floor) }  // 百分之负三点八
            if has("百分之百", at: i) {  // a hundred per cent
                var q = ParsedQuantity(
                    start: i, end: i + 4, kind: .percentage, value: 100, unit: "%", qualifier: nil, rangeEnd: nil,
                    numeral: (i + 3)..<(i + 4), isChinese: true, unitSurface: "百分之")
                finish(&q, floor: floor, allowRange: false)
                return .found(q)
            }
            if c == "百", let q = percentWithoutZhi(at: i, floor: floor) { return .found(q) }  // 百分百, 百分三十
            if let q = multiplierQuantity(at: i, floor: floor, approximate: false) { return .found(q) }
        case "上", "数", "几":  // 上千名, 数十家, 几百个: an approximate number of the multiplier's size
            if let q = multiplierQuantity(at: i, floor: floor, approximate: true) { return .found(q) }
        case "翻":  // 翻一番 double
            if let q = doubling(at: i, floor: floor) { return .found(q) }
        case "星", "礼", "周":  // weekdays
            if let end = weekday(at: i) {
                return .found(dateQuantity(i..<end, value: 0))
            }
        case "-", "−", "负", "+":  // signs
            if c == "负", signAllowed(at: i), let q = negativeShare(at: i, floor: floor) { return .found(q) }
            if c == "负", at(i + 1) == " ", NumberLexicon.isASCIIDigit(at(i + 2)), signAllowed(at: i) {  // 负 1,200
                return core(numeralAt: i + 2, expressionAt: i, sign: -1, currency: nil, floor: floor)
            }
            if isNumeralStart(i + 1), signAllowed(at: i) {
                let sign: Decimal = c == "+" ? 1 : -1
                if NumberLexicon.isASCIIDigit(at(i + 1)) || c == "负" {
                    return core(numeralAt: i + 1, expressionAt: i, sign: sign, currency: nil, floor: floor)
                }
            }
        default:
            break
        }
        if Self.currencyStarts.contains(c) {
            if let found = currency(at: i, floor: floor) { return found }
        }
        if c == "零", at(i + 1) == "下", isNumeralStart(i + 2) {  // 零下 below zero
            return core(numeralAt: i + 2, expressionAt: i, sign: -1, currency: nil, floor: floor)
        }
        if isNumeralStart(i) {
            if let end = dateEnd(at: i) {
                return .found(dateQuantity(i..<end, value: Decimal(readSimpleInt(at: i)?.value ?? 0)))
            }
            return core(numeralAt: i, expressionAt: i, sign: 1, currency: nil, floor: floor)
        }
        return .skip(i + 1)
    }

    /// A currency sign or code followed by a number: `$10`, `人民币10元`.
    private func currency(at i: Int, floor: Int) -> Step? {
        let c = s[i]
        for prefix in NumberLexicon.currencyPrefixes where prefix.surface[0] == c && has(prefix.surface, at: i) {
            var k = i + prefix.surface.count
            if at(k) == " " { k += 1 }
            if isNumeralStart(k), !(NumberLexicon.isASCIILetter(c) && NumberLexicon.isASCIILetter(at(i - 1))) {
                return core(numeralAt: k, expressionAt: i, sign: 1, currency: prefix.code, floor: floor)
            }
        }
        return nil
    }

    func dateQuantity(_ r: Range<Int>, value: Decimal) -> ParsedQuantity {
        ParsedQuantity(
            start: r.lowerBound, end: r.upperBound, kind: .date, value: value, unit: nil, qualifier: nil,
            rangeEnd: nil, numeral: r, isChinese: !NumberLexicon.isASCIIDigit(at(r.lowerBound)), unitSurface: nil)
    }

    /// A minus or plus sign counts only where it cannot be a dash between two
    /// numbers or dates (`4月7日-5月7日`).
    func signAllowed(at i: Int) -> Bool {
        let p = at(i - 1)
        if NumberLexicon.isNumeral(p) || NumberLexicon.isASCIILetter(p) { return false }
        if "年月日号%.)".unicodeScalars.contains(p) { return false }
        if p == "-", s[i] == "-" { return false }  // the second half of a double dash: 1万元--5万元 (but -5~-3℃)
        if s[i] == "负" {
            // 负 only as a sign before a number, not in 胜负 (win or lose) …
            return !"胜正抱自欺".unicodeScalars.contains(p)
        }
        return true
    }

    // MARK: Numerals

    /// A number read from the text.
    struct Numeral {
        var value: Decimal
        var end: Int
        var isChinese: Bool
        /// Product of the multipliers (万, 亿) at its end: `5万` → 10000.
        var tailMultiplier: Decimal
        /// `两三` → 3.
        var rangeEnd: Decimal?
    }

    private enum Token {
        case arabic(Decimal, length: Int, hasPoint: Bool)
        case digit(Int)
        case zero
        case small(Decimal)
        case big(Decimal)
        case fraction(Decimal)
    }

    /// Whether a multiplier character at `j` actually starts a unit (千瓦 kW,
    /// 千克 kg, 千米 km, 百分点 percentage point …) or another word (十分 very).
    func multiplierStartsWord(_ j: Int) -> Bool {
        switch at(j) {
        case "千": return "瓦克米卡帕分".unicodeScalars.contains(at(j + 1))  // kW, kg, km, kcal, kPa, 千分之
        case "百": return at(j + 1) == "分" || at(j + 1) == "帕"  // 百分点, 百分之, 百帕 (hPa)
        case "万": return at(j + 1) == "分"  // 万分之
        case "十": return at(j + 1) == "分" && at(j + 2) != "之"  // 十分 (very)
        default: return false
        }
    }

    /// Reads the numeral at `i`. Returns `nil` with the end of what was looked
    /// at when there is no usable number (so the caller can skip it whole).
    func readNumeral(at i: Int) -> (numeral: Numeral?, end: Int) {
        var tokens: [Token] = []
        var j = i
        var isChinese = true
        var bearsValue = false
        var tooLong = false
        loop: while j < s.count {
            let c = s[j]
            if NumberLexicon.isASCIIDigit(c) {
                if case .digit? = tokens.last { break }
                if case .zero? = tokens.last { break }
                if case .arabic? = tokens.last { break }
                if case .fraction? = tokens.last { break }
                var k = j
                var digits = DigitRun()
                while k < s.count, NumberLexicon.isASCIIDigit(s[k]) {
                    digits.append(s[k])
                    k += 1
                }
                // Thousands separators: `1,100`, `2,300,000`.
                while at(k) == ",", NumberLexicon.isASCIIDigit(at(k + 1)), NumberLexicon.isASCIIDigit(at(k + 2)),
                    NumberLexicon.isASCIIDigit(at(k + 3)), !NumberLexicon.isASCIIDigit(at(k + 4)),
                    digits.length <= Self.maximumNumeralLength
                {
                    for d in s[(k + 1)...(k + 3)] { digits.append(d) }
                    k += 4
                }
                var hasPoint = false
                if at(k) == ".", NumberLexicon.isASCIIDigit(at(k + 1)) {
                    hasPoint = true
                    digits.append(".")
                    k += 1
                    while k < s.count, NumberLexicon.isASCIIDigit(s[k]) {
                        digits.append(s[k])
                        k += 1
                    }
                    if at(k) == ".", NumberLexicon.isASCIIDigit(at(k + 1)) {
                        // A version or section number (`1.2.3`): not a quantity.
                        while NumberLexicon.isASCIIDigit(at(k)) || at(k) == "." { k += 1 }
                        return (nil, k)
                    }
                }
                if digits.length > Self.maximumNumeralLength {
                    tooLong = true
                    j = k
                    break loop
                }
                let value = digits.value ?? Self.decimal(text(j..<k).filter { $0 != "," })
                if at(k) == " ", NumberLexicon.bigUnit(at(k + 1)) != nil,  // `177.1 亿元` typed with spaces (not `2023 万科`)
                    !NumberLexicon.isHan(at(k + 2)) || NumberLexicon.isNumeral(at(k + 2)) || unit(at: k + 2) != nil
                {
                    k += 1
                }
                if tokens.isEmpty, NumberLexicon.smallUnit(at(k)) == nil, NumberLexicon.bigUnit(at(k)) == nil,
                    at(k) != "点", at(k) != "个"
                {
                    // Digits that nothing after them continues (only a multiplier,
                    // 点 before 倍/% or 个 before 亿 could): what `evaluate` gives for them alone.
                    return (Numeral(value: value, end: k, isChinese: false, tailMultiplier: 1, rangeEnd: nil), k)
                }
                tokens.append(.arabic(value, length: digits.length, hasPoint: hasPoint))
                isChinese = false
                bearsValue = true
                j = k
                continue
            }
            if let d = NumberLexicon.digit(c) {
                if case .arabic? = tokens.last { break }
                if c == "两", !tokens.isEmpty {  // 两 after a numeral: see liangEndsNumeral
                    var lastDigit: Int? = nil
                    if case .digit(let x)? = tokens.last { lastDigit = x }
                    var afterTen = false
                    if case .small(let u)? = tokens.last, u == 10 { afterTen = true }
                    if lastDigit == 2, tokens.count == 1, at(j - 1) == "两" { return (nil, j + 1) }  // 两两 (in pairs)
                    if liangEndsNumeral(at: j, lastDigit: lastDigit, afterTen: afterTen, tokenCount: tokens.count) {
                        break
                    }
                    if lastDigit == 3, tokens.count == 1 {  // 三两 (two or three), read as 两三
                        tokens = [.digit(2), .digit(3)]
                        j += 1
                        continue
                    }
                }
                tokens.append(d == 0 ? .zero : .digit(d))
                bearsValue = true
                j += 1
            } else if c == "廿" || c == "卅" {  // twenty, thirty
                if case .arabic? = tokens.last { break }
                tokens.append(.digit(c == "廿" ? 2 : 3))
                tokens.append(.small(10))
                bearsValue = true
                j += 1
            } else if let u = NumberLexicon.smallUnit(c) {
                if multiplierStartsWord(j) { break }
                if tokens.isEmpty && u != 10 { break }
                if case .fraction? = tokens.last { break }
                tokens.append(.small(u))
                if u == 10 { bearsValue = true }
                j += 1
            } else if let u = NumberLexicon.bigUnit(c) {
                if tokens.isEmpty || multiplierStartsWord(j) { break }
                tokens.append(.big(u))
                j += 1
            } else if c == "点", tokens.count == 1, case .arabic(_, length: _, hasPoint: false)? = tokens.last,
                let (fraction, end) = arabicPointFraction(at: j)
            {
                tokens.append(.fraction(fraction))  // 8点5倍: 点 as the decimal point of Arabic digits
                j = end
            } else if c == "个", at(j + 1) == "亿", !tokens.isEmpty, at(i - 1) != "第" {
                j += 1  // 两个亿 (two hundred million): the classifier before 亿 is left out
            } else if c == "点", !tokens.isEmpty, NumberLexicon.isChineseDigit(at(j + 1)) {
                // Decimal point in words: 八十四点四.
                switch tokens.last! {
                case .digit, .zero, .small, .big: break  // 四万点六 (40000.6)
                default: break loop
                }
                var k = j + 1
                var fraction = "0."
                while NumberLexicon.isChineseDigit(at(k)), let d = NumberLexicon.digit(at(k)) {
                    fraction.unicodeScalars.append(Unicode.Scalar(UInt8(0x30 + d)))
                    k += 1
                }
                tokens.append(.fraction(Decimal(string: fraction) ?? 0))
                j = k
            } else {
                break
            }
            if tokens.count > Self.maximumNumeralLength {
                tooLong = true
                break
            }
        }
        if tooLong {
            // Skip the rest of the run without evaluating it.
            var k = j
            while k < s.count, NumberLexicon.isNumeral(s[k]) || s[k] == "." || s[k] == "," { k += 1 }
            return (nil, k)
        }
        // A trailing multiplier with nothing after it that belongs to a word
        // is still part of the number (`5万`); a lone 点 never is.
        guard bearsValue, !tokens.isEmpty else { return (nil, max(j, i + 1)) }
        // Two digits in a row after a multiplier (十四五, the 14th Five-Year Plan) are a name, not a number.
        // Except two neighbouring digits after a multiplier, an approximate range: 十五六, 七百三四十, 十七八万.
        var sawUnit = false
        var previousWasDigit = false
        var pair: Int? = nil
        for (index, t) in tokens.enumerated() {
            switch t {
            case .small, .big:
                sawUnit = true
                previousWasDigit = false
            case .digit(let b):
                if sawUnit && previousWasDigit {
                    guard pair == nil, isChinese, index >= 2, case .digit(let a) = tokens[index - 1], b == a + 1,
                        !isPlanName(tokens, end: j)
                    else { return (nil, j) }
                    switch tokens[index - 2] {
                    case .small, .big: pair = index - 1
                    default: return (nil, j)
                    }
                }
                previousWasDigit = true
            case .zero:
                // 零 after a multiplier marks a gap (一百零八); after a digit it is one (二〇二四).
                if sawUnit && previousWasDigit { return (nil, j) }
            default:
                previousWasDigit = false
            }
        }
        // 五六十万, 三四百万: two neighbouring digits before a run of multipliers (with one multiplier, see evaluate).
        if pair == nil, isChinese, tokens.count > 3, case .digit(let a) = tokens[0], case .digit(let b) = tokens[1],
            b == a + 1 || (a == 3 && b == 5), tokens.dropFirst(2).allSatisfy(Self.isMultiplier)
        {
            pair = 0
        }
        if let p = pair {
            var lower = tokens
            lower.remove(at: p + 1)
            var upper = tokens
            upper.remove(at: p)
            let low = evaluate(lower, end: j, isChinese: isChinese)
            let high = evaluate(upper, end: j, isChinese: isChinese)
            var n = low
            n.rangeEnd = high.value
            return (n, j)
        }
        return (evaluate(tokens, end: j, isChinese: isChinese), j)
    }

    private static func isMultiplier(_ t: Token) -> Bool {
        switch t {
        case .small, .big: return true
        default: return false
        }
    }

    /// 十四五 (the 14th Five-Year Plan) is a name, not 14–15, unless a unit or 岁 (years of age) follows.
    private func isPlanName(_ tokens: [Token], end: Int) -> Bool {
        guard tokens.count == 3, case .small(let u) = tokens[0], u == 10, case .digit(4) = tokens[1],
            case .digit(5) = tokens[2]
        else { return false }
        return unit(at: end) == nil && at(end) != "岁"
    }

    /// ASCII digits with an optional decimal point, read one at a time: their
    /// count and, for up to 18 digits, their value as ``decimal(_:)`` gives it.
    struct DigitRun {
        /// Digits and point read.
        private(set) var length = 0
        private var digitCount = 0
        private var mantissa: UInt64 = 0
        private var fraction = 0
        private var afterPoint = false

        /// Adds a digit or the decimal point.
        mutating func append(_ c: Unicode.Scalar) {
            length += 1
            if c == "." {
                afterPoint = true
                return
            }
            digitCount += 1
            if digitCount <= 18 { mantissa = mantissa * 10 + UInt64(c.value - 0x30) }
            if afterPoint { fraction += 1 }
        }

        /// The value, `nil` beyond 18 digits (read those with ``NumberScanner/decimal(_:)``).
        var value: Decimal? {
            digitCount > 18 ? nil : Decimal(sign: .plus, exponent: -fraction, significand: Decimal(mantissa))
        }
    }

    /// The value of ASCII digits with an optional decimal point, without
    /// going through a locale-aware parser for the common short case.
    static func decimal(_ digits: String) -> Decimal {
        var mantissa: UInt64 = 0
        var count = 0
        var fraction = 0
        var afterPoint = false
        for b in digits.utf8 {
            if b == 0x2E {
                afterPoint = true
                continue
            }
            count += 1
            if count > 18 { return Decimal(string: digits) ?? 0 }
            mantissa = mantissa * 10 + UInt64(b - 0x30)
            if afterPoint { fraction += 1 }
        }
        return Decimal(sign: .plus, exponent: -fraction, significand: Decimal(mantissa))
    }

    private func evaluate(_ tokens: [Token], end: Int, isChinese: Bool) -> Numeral {
        if tokens.count == 1, case .arabic(let v, _, _) = tokens[0] {
            // Digits alone: their value (what the sums below give, 0 + 0 + v, without the arithmetic).
            return Numeral(value: v, end: end, isChinese: isChinese, tailMultiplier: 1, rangeEnd: nil)
        }
        var total: Decimal = 0
        var section: Decimal = 0
        var number: Decimal? = nil
        var inDigitChain = false
        var abbreviation: Decimal? = nil  // scale of the unit before a final lone digit (三千五)
        var previous: Token? = nil
        var tail: Decimal = 1
        var onlyDigits = true
        var digitCount = 0
        for t in tokens {
            var nextAbbreviation: Decimal? = nil
            switch t {
            case .arabic(let v, let length, let point):
                if case .small(let u)? = previous, u >= 100, length == 1, !point { nextAbbreviation = u / 10 }
                if case .big(let u)? = previous, length == 1, !point { nextAbbreviation = u / 10 }
                number = v
                inDigitChain = false
                onlyDigits = false
                tail = 1
            case .digit(let d):
                if inDigitChain {
                    number = (number ?? 0) * 10 + Decimal(d)
                } else {
                    if case .small(let u)? = previous, u >= 100 { nextAbbreviation = u / 10 }
                    if case .big(let u)? = previous { nextAbbreviation = u / 10 }
                    number = Decimal(d)
                }
                inDigitChain = true
                digitCount += 1
                tail = 1
            case .zero:
                if inDigitChain {
                    number = (number ?? 0) * 10
                    digitCount += 1
                } else if previous == nil {
                    number = 0
                    inDigitChain = true
                    digitCount += 1
                }
                tail = 1
            case .small(let u):
                section += (number ?? 1) * u
                number = nil
                inDigitChain = false
                onlyDigits = false
                tail = 1
            case .big(let u):
                if u == 100_000_000 {
                    total = (total + section + (number ?? (total + section == 0 ? 1 : 0))) * u
                } else {
                    total += (section + (number ?? (section == 0 ? 1 : 0))) * u
                }
                section = 0
                number = nil
                inDigitChain = false
                onlyDigits = false
                if case .big? = previous { tail *= u } else { tail = u }
            case .fraction(let f):
                number = section + (number ?? 0) + f
                section = 0
                inDigitChain = false
                onlyDigits = false
                tail = 1
            }
            abbreviation = nextAbbreviation
            previous = t
        }
        if let scale = abbreviation, let n = number { number = n * scale }
        var value = total + section + (number ?? 0)
        var rangeEnd: Decimal? = nil
        // Two neighbouring digits before one multiplier: 五六十 (fifty or sixty), 两三千, 三四万.
        if isChinese, tokens.count == 3, case .digit(let a) = tokens[0], case .digit(let b) = tokens[1],
            b == a + 1 || (a == 3 && b == 5)
        {
            let u: Decimal?
            switch tokens[2] {
            case .small(let x), .big(let x): u = x
            default: u = nil
            }
            if let u {
                return Numeral(
                    value: Decimal(a) * u, end: end, isChinese: true, tailMultiplier: tail, rangeEnd: Decimal(b) * u)
            }
        }
        // Two neighbouring digits are an approximate range: 两三 (two or three), 三五, 七八.
        if isChinese, onlyDigits, digitCount == 2, tokens.count == 2,
            case .digit(let a) = tokens[0], case .digit(let b) = tokens[1], b == a + 1 || (a == 3 && b == 5)
        {
            value = Decimal(a)
            rangeEnd = Decimal(b)
        }
        return Numeral(value: value, end: end, isChinese: isChinese, tailMultiplier: tail, rangeEnd: rangeEnd)
    }

    /// A small integer for dates: Arabic digits, or Chinese digits with at most one 十.
    func readSimpleInt(at i: Int) -> (value: Int, end: Int, digits: Int, isChinese: Bool)? {
        if NumberLexicon.isASCIIDigit(at(i)) {
            var k = i
            var v = 0
            while NumberLexicon.isASCIIDigit(at(k)) {
                if k - i < 9 { v = v * 10 + Int(at(k).value - 0x30) }
                k += 1
            }
            return (v, k, k - i, false)
        }
        var k = i
        var v = 0
        var sawTen = false
        var tens = 0
        while k - i < 5 {
            let c = at(k)
            if c == "十" {
                if sawTen { break }
                sawTen = true
                tens = (k == i ? 1 : v)
                v = 0
            } else if (c == "廿" || c == "卅"), k == i {  // twenty, thirty: 廿二日
                sawTen = true
                tens = c == "廿" ? 2 : 3
            } else if c != "两", NumberLexicon.isChineseDigit(c), let d = NumberLexicon.digit(c) {
                v = v * 10 + d
            } else {
                break
            }
            k += 1
        }
        if k == i { return nil }
        if sawTen { v = tens * 10 + v }
        return (v, k, sawTen ? 2 : k - i, true)
    }

    // MARK: Dates

    /// Words before a day count that make `N日` a duration, not a date.
    private static let durationCues: [[Unicode.Scalar]] = ["为期", "连续", "历时", "持续", "用时", "耗时", "近", "仅", "共", "每"]
        .map { Array($0.unicodeScalars) }  // lasting, running, taking, nearly, only, in all, every

    func hasDurationCue(before i: Int) -> Bool {
        Self.durationCues.contains { has($0, at: i - $0.count) }
    }

    /// `HH:MM` or `HH:MM:SS`.
    func timeEnd(at i: Int) -> Int? {
        guard let h = readSimpleInt(at: i), !h.isChinese, h.digits <= 2, h.value <= 24, at(h.end) == ":",
            let m = readSimpleInt(at: h.end + 1), !m.isChinese, m.digits == 2, m.value < 60
        else { return nil }
        if at(m.end) == ":", let sec = readSimpleInt(at: m.end + 1), !sec.isChinese, sec.digits == 2 { return sec.end }
        return m.end
    }

    /// After 月 (month): 份, a day (日/号) and a time.
    private func dayTail(after k: Int) -> Int {
        if at(k) == "份" { return k + 1 }  // month (as a period)
        if let d = readSimpleInt(at: k), (1...31).contains(d.value), at(d.end) == "日" || at(d.end) == "号" {
            var e = d.end + 1
            if at(e) == " ", let t = timeEnd(at: e + 1) { e = t } else if let t = timeEnd(at: e) { e = t }
            return e
        }
        return k
    }

    /// After 年 (year): a month or a quarter.
    private func yearTail(after k: Int) -> Int {
        if at(k) == "度" { return k + 1 }  // fiscal year
        if at(k) == "代" { return k + 1 }  // decade
        if let m = readSimpleInt(at: k), (1...12).contains(m.value), at(m.end) == "月" { return dayTail(after: m.end + 1) }
        if let q = readSimpleInt(at: k), (1...4).contains(q.value), has("季度", at: q.end) { return q.end + 2 }  // quarter
        if at(k) == "第", let q = readSimpleInt(at: k + 1), (1...4).contains(q.value), has("季度", at: q.end) {
            return q.end + 2
        }
        return k
    }

    /// The end of a date, year, month, day, quarter or time starting at `i`.
    func dateEnd(at i: Int) -> Int? {
        guard let a = readSimpleInt(at: i) else { return nil }
        let j = a.end
        let c = at(j)
        // 2024-06-21, 2024/6/21, 2024.06.21 (with an optional time), 2021-07.
        if !a.isChinese, a.digits == 4, c == "-" || c == "/" || c == ".",
            let m = readSimpleInt(at: j + 1), !m.isChinese, m.digits <= 2, (1...12).contains(m.value)
        {
            if at(m.end) == c, let d = readSimpleInt(at: m.end + 1), !d.isChinese, d.digits <= 2, (1...31).contains(d.value)
            {
                var e = d.end
                if at(e) == " " || at(e) == "T", let t = timeEnd(at: e + 1) { e = t }
                return e
            }
            if c != ".", m.digits == 2, (1900...2100).contains(a.value), !NumberLexicon.isASCIIDigit(at(m.end)) {
                return m.end
            }
        }
        if !a.isChinese, a.digits <= 2, c == ":", let t = timeEnd(at: i) { return t }
        // Years: 2019年, 二〇二四年, 2019—2021年, 2023年度, 2021年一季度, 2021年4月7日.
        let yearLike = a.isChinese ? (a.digits == 4 && a.end - i == 4) : a.digits == 4
        if yearLike {
            var k = j
            if NumberLexicon.isRangeConnector(at(k)), let b = readSimpleInt(at: k + 1), b.digits == 4,
                b.isChinese == a.isChinese
            {
                k = b.end
                if at(k) != "年", !a.isChinese, (1900...2100).contains(a.value), (1900...2100).contains(b.value) {
                    return k
                }
            }
            if at(k) == " ", at(k + 1) == "年" { k += 1 }  // `2023 年` in text typed with spaces
            if at(k) == "年" { return yearTail(after: k + 1) }
            if !a.isChinese, (1900...2100).contains(a.value), "“\"《「".unicodeScalars.contains(at(k)) { return k }
        }
        // Minguo (ROC) years: 111年 is 2022; a three-digit count of years above 100 is rare.
        if !a.isChinese, a.digits == 3, (101...150).contains(a.value), at(j) == "年", at(j + 1) != "来",
            at(j + 1) != "间"
        {
            return yearTail(after: j + 1)
        }
        if a.value <= 99, has("年代", at: j) { return j + 2 }  // decade: 90年代
        if a.value <= 99, has("世纪", at: j) { return j + 2 }  // century
        // Months: 5月, 1—3月份, 12月31日.
        if (1...12).contains(a.value), a.digits <= 2 {
            var k = j
            if NumberLexicon.isRangeConnector(at(k)), let b = readSimpleInt(at: k + 1), (1...12).contains(b.value),
                at(b.end) == "月"
            {
                k = b.end
            }
            if at(k) == "月" { return dayTail(after: k + 1) }
        }
        // Quarters: 一季度, 1—3季度.
        if (1...4).contains(a.value) {
            var k = j
            if NumberLexicon.isRangeConnector(at(k)), let b = readSimpleInt(at: k + 1), (1...4).contains(b.value) {
                k = b.end
            }
            if has("季度", at: k) { return k + 2 }
        }
        // Days: 7日 (not 为期7日, a duration).
        if (1...31).contains(a.value), a.digits <= 2, !hasDurationCue(before: i) {
            var k = j
            if NumberLexicon.isRangeConnector(at(k)), let b = readSimpleInt(at: k + 1), (1...31).contains(b.value),
                at(b.end) == "日"
            {
                k = b.end
            }
            if at(k) == "日" {
                var e = k + 1
                if at(e) == " ", let t = timeEnd(at: e + 1) { e = t }
                return e
            }
        }
        // Clock times: 8时30分, 9点15分, 10点半.
        if a.value <= 24, c == "时" || c == "点" {
            if let m = readSimpleInt(at: j + 1), m.value < 60, at(m.end) == "分" {
                var e = m.end + 1
                if let sec = readSimpleInt(at: e), at(sec.end) == "秒" { e = sec.end + 1 }
                return e
            }
            if c == "点", at(j + 1) == "半" || at(j + 1) == "钟" { return j + 2 }  // half past, o'clock
            if c == "时", "日晚午晨早".unicodeScalars.contains(at(i - 1)) { return at(j + 1) == "许" ? j + 2 : j + 1 }
            // 下午3点, 晚上8点, 凌晨2点: a time of day.
            if c == "点", "午晚晨早上".unicodeScalars.contains(at(i - 1)), !NumberLexicon.isChineseDigit(at(j + 1)) {
                return j + 1
            }
        }
        return nil
    }

    /// 星期三, 礼拜天, 周五 (not 周 as a unit: 3周).
    func weekday(at i: Int) -> Int? {
        let days = "一二三四五六日天".unicodeScalars
        if has("星期", at: i) || has("礼拜", at: i) {
            return days.contains(at(i + 2)) ? i + 3 : nil
        }
        if s[i] == "周", NumberLexicon.digit(at(i - 1)) == nil, at(i + 1) != "天", days.contains(at(i + 1)),
            NumberLexicon.units[at(i + 2)] == nil, !NumberLexicon.isNumeral(at(i + 2))
        {
            return i + 2
        }
        return nil
    }
}
