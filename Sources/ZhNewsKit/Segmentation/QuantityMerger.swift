/// Post-pass over ICU's word pieces that keeps a quantity, a date or a code
/// together as one piece.
///
/// ICU breaks `2.53亿元` into `2.53`/`亿`/`元`, `2019年5月6日` into six pieces
/// and, after normalisation has turned `，` into `,`, glues `09，1` into one
/// number. This pass works on the normalised text's UTF-8 bytes:
///
/// 1. *Repair*: a number or letter piece is cut at `,` `;` `:` unless the comma
///    is a thousands separator (a digit before it, exactly three digits after).
/// 2. *Merge*: at the start of every piece, a small grammar reads a quantity
///    (`84.4%`, `-2.5%`, `2.53亿元`, `3万4000人`, `80余家`, `三千五百万元`,
///    `百分之三十`, `2个百分点`), a date or time (`2019年5月6日`, `二〇一九年五月`,
///    `1—3月份`, `2024-06-21`, `22:02:09`, `2021年一季度`) or a code (`PM2.5`,
///    `COVID-19`, `5G`) and the pieces it covers become one.
///
/// A merged piece starts where an ICU piece starts. It may end inside an ICU
/// word only when it starts with Arabic digits and that word is Han (`5个人`
/// → `5个`/`人`, `2019年底` → `2019年`/`底`); a Chinese-numeral quantity
/// must end where an ICU piece ends, so words like `四位一体` are not cut.
/// Nothing merges across whitespace or punctuation other than the decimal
/// point, thousands separators, the date separators `-` `/` `.` `:` and the
/// range dash of a month range. Units come from ``unitTable``.
///
/// - Complexity: O(n) in the number of bytes; the grammar looks at most a few
///   characters ahead of each piece start.
enum QuantityMerger {
    /// Runs both steps over `pieces`, which tile `text`.
    static func merge(_ pieces: [WordPiece], in text: String) -> [WordPiece] {
        text.withUTF8Buffer { buffer in
            let repaired = repair(pieces, in: buffer)
            var merging = Merging(bytes: buffer, pieces: repaired)
            return merging.run()
        }
    }

    /// Cuts number and letter pieces at `,` `;` `:` that do not separate
    /// thousands, so that `09,1` (from `09，1`) is not one number.
    static func repair(_ pieces: [WordPiece], in b: UnsafeBufferPointer<UInt8>) -> [WordPiece] {
        // Most texts need no repair: check before copying the pieces.
        let needed = pieces.contains { piece in
            guard piece.kind == .number || piece.kind == .letter, piece.bytes.count > 2 else { return false }
            for i in (piece.bytes.lowerBound + 1)..<(piece.bytes.upperBound - 1) {
                let c = b[i]
                if c == 0x3B || c == 0x3A || (c == 0x2C && !isThousandsSeparator(at: i, in: b, end: piece.bytes.upperBound)) {
                    return true
                }
            }
            return false
        }
        guard needed else { return pieces }
        var result: [WordPiece] = []
        result.reserveCapacity(pieces.count + 8)
        for piece in pieces {
            guard piece.kind == .number || piece.kind == .letter, piece.bytes.count > 2 else {
                result.append(piece)
                continue
            }
            var start = piece.bytes.lowerBound
            let end = piece.bytes.upperBound
            var i = start + 1
            while i < end - 1 {
                let c = b[i]
                if c == 0x2C || c == 0x3B || c == 0x3A {  // , ; :
                    if c == 0x2C, isThousandsSeparator(at: i, in: b, end: end) {
                        i += 1
                        continue
                    }
                    if i > start { result.append(WordPiece(bytes: start..<i, kind: alnumKind(b[start]))) }
                    result.append(WordPiece(bytes: i..<(i + 1), kind: .punctuation))
                    start = i + 1
                }
                i += 1
            }
            if start < end { result.append(WordPiece(bytes: start..<end, kind: start == piece.bytes.lowerBound ? piece.kind : alnumKind(b[start]))) }
        }
        return result
    }

    private static func alnumKind(_ byte: UInt8) -> TokenKind {
        ByteClass.isDigit(byte) ? .number : .letter
    }

    private static func isThousandsSeparator(at i: Int, in b: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard i > 0, i + 3 < end, ByteClass.isDigit(b[i - 1]), ByteClass.isDigit(b[i + 1]),
            ByteClass.isDigit(b[i + 2]), ByteClass.isDigit(b[i + 3])
        else { return false }
        return i + 4 >= end || !ByteClass.isDigit(b[i + 4])
    }
}

/// ASCII byte tests.
enum ByteClass {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
}

/// One run of the merge step.
private struct Merging {
    let b: UnsafeBufferPointer<UInt8>
    var pieces: [WordPiece]
    let n: Int

    init(bytes: UnsafeBufferPointer<UInt8>, pieces: [WordPiece]) {
        self.b = bytes
        self.pieces = pieces
        self.n = bytes.count
    }

    /// A way a merged piece could end.
    struct Candidate {
        var end: Int
        var kind: TokenKind
    }

    mutating func run() -> [WordPiece] {
        var out: [WordPiece] = []
        out.reserveCapacity(pieces.count)
        var i = 0
        while i < pieces.count {
            let piece = pieces[i]
            let s = piece.bytes.lowerBound
            var candidates: [Candidate] = []
            var mayCutHan = false
            let first = b[s]
            if ByteClass.isDigit(first) {
                mayCutHan = true
                arabic(at: s, signed: false, piece: piece, into: &candidates)
            } else if piece.kind == .punctuation || piece.kind == .symbol, isSign(at: s) {
                mayCutHan = true
                arabic(at: s + signWidth(at: s), signed: true, piece: piece, into: &candidates)
            } else if first >= 0xE3 {
                if ChineseNumeral.isNumeralScalar(scalar(at: s).0) {
                    chinese(at: s, into: &candidates)
                }
            } else if piece.kind == .letter || piece.kind == .number, ByteClass.isLetter(first) {
                code(piece: piece, at: i, into: &candidates)
            }
            guard !candidates.isEmpty, let (j, cut) = settle(candidates, from: i, mayCutHan: mayCutHan) else {
                out.append(piece)
                i += 1
                continue
            }
            let chosen = cut.candidate
            out.append(WordPiece(bytes: s..<chosen.end, kind: chosen.kind))
            if cut.splits {
                pieces[j].bytes = chosen.end..<pieces[j].bytes.upperBound
                i = j
            } else {
                i = j + 1
            }
        }
        return out
    }

    /// The longest candidate whose end is acceptable, with the index of the
    /// piece it ends in and whether that piece is cut.
    func settle(_ candidates: [Candidate], from i: Int, mayCutHan: Bool) -> (Int, (candidate: Candidate, splits: Bool))? {
        var best: (Int, (candidate: Candidate, splits: Bool))? = nil
        for candidate in candidates where candidate.end > pieces[i].bytes.lowerBound {
            if let current = best, current.1.candidate.end >= candidate.end { continue }
            var j = i
            while j < pieces.count, pieces[j].bytes.upperBound < candidate.end { j += 1 }
            guard j < pieces.count else { continue }
            let piece = pieces[j]
            if piece.bytes.upperBound == candidate.end {
                // A merge of one whole piece is only worth it when it changes the kind.
                if j == i, piece.kind == candidate.kind { continue }
                best = (j, (candidate, false))
            } else if mayCutHan, piece.kind == .ideographic, piece.bytes.lowerBound < candidate.end {
                best = (j, (candidate, true))
            }
        }
        return best
    }

    // MARK: Arabic numbers

    /// Candidates for a piece that starts with digits (after an optional sign at the piece start).
    func arabic(at start: Int, signed: Bool, piece: WordPiece, into candidates: inout [Candidate]) {
        let integerEnd = digits(from: start)
        let integerCount = integerEnd - start
        guard integerCount > 0 else { return }
        if !signed {
            if let end = isoDate(at: start, integerEnd: integerEnd) {
                candidates.append(Candidate(end: end, kind: .date))
                return
            }
            if let end = time(at: start, integerEnd: integerEnd) {
                candidates.append(Candidate(end: end, kind: .date))
                return
            }
        }
        let number = arabicNumber(at: start)
        if number.plainInteger {
            let value = integerValue(start..<integerEnd)
            if let end = dateAfterNumber(value: value, digitCount: integerCount, numberEnd: integerEnd) {
                // After a dash, a date is the end of a range (`4月7日-5月7日`), not a negative number.
                if !signed { candidates.append(Candidate(end: end, kind: .date)) }
                return
            }
        }
        let before = candidates.count
        quantityTail(after: number.end, into: &candidates)
        if candidates.count == before {
            if signed {
                candidates.append(Candidate(end: number.end, kind: .number))
            } else if piece.bytes.upperBound > number.end, piece.kind == .letter || piece.kind == .number,
                ByteClass.isLetter(b[number.end]) || b[number.end] >= 0x80
            {
                // Digits run into letters with no known unit (`5G`, `3D`): a code.
                candidates.append(Candidate(end: piece.bytes.upperBound, kind: .code))
            }
        }
    }

    /// `1,234.5`: digits with thousands separators and one decimal part.
    func arabicNumber(at start: Int) -> (end: Int, plainInteger: Bool) {
        var i = digits(from: start)
        var plain = true
        while i + 3 < n, b[i] == 0x2C, ByteClass.isDigit(b[i + 1]), ByteClass.isDigit(b[i + 2]),
            ByteClass.isDigit(b[i + 3]), i + 4 >= n || !ByteClass.isDigit(b[i + 4])
        {
            i += 4
            plain = false
        }
        if i + 1 < n, b[i] == 0x2E, ByteClass.isDigit(b[i + 1]) {
            i = digits(from: i + 1)
            plain = false
        }
        return (i, plain)
    }

    /// Units, multipliers and approximation words after a number ending at `end`.
    func quantityTail(after end: Int, into candidates: inout [Candidate]) {
        tail(from: end, allowApproximation: true, into: &candidates)
    }

    private func tail(from pos: Int, allowApproximation: Bool, into candidates: inout [Candidate]) {
        if let u = UnitTable.match(b, at: pos) {
            candidates.append(Candidate(end: pos + u, kind: .quantity))
        }
        let m = multiplierRun(at: pos)
        if m > pos {
            candidates.append(Candidate(end: m, kind: .quantity))
            // A unit may start inside the run: `亿千瓦时` is 亿 + 千瓦时, not 亿千 + 瓦.
            var k = pos
            while k < m {
                k += 3
                if let u = UnitTable.match(b, at: k) {
                    candidates.append(Candidate(end: k + u, kind: .quantity))
                }
            }
            // `3万4000人`: digits after 万 or 亿.
            if m < n, ByteClass.isDigit(b[m]), isBigMultiplier(endingAt: m) {
                let next = arabicNumber(at: m).end
                candidates.append(Candidate(end: next, kind: .quantity))
                if let u = UnitTable.match(b, at: next) {
                    candidates.append(Candidate(end: next + u, kind: .quantity))
                }
            }
            if allowApproximation, let a = approximation(at: m), let u = UnitTable.match(b, at: a) {
                candidates.append(Candidate(end: a + u, kind: .quantity))
            }
        }
        if allowApproximation, let a = approximation(at: pos) {
            var more: [Candidate] = []
            tail(from: a, allowApproximation: false, into: &more)
            // `80余` alone is not merged; `80余家`, `1000多万元` are.
            candidates.append(contentsOf: more)
        }
    }

    /// End of a run of 百 千 万 亿 (at most three) at `pos`.
    func multiplierRun(at pos: Int) -> Int {
        var i = pos
        var count = 0
        while count < 3, i + 3 <= n {
            let (c, w) = scalar(at: i)
            guard c == 0x767E || c == 0x5343 || c == 0x4E07 || c == 0x4EBF else { break }  // 百 千 万 亿
            i += w
            count += 1
        }
        return i
    }

    func isBigMultiplier(endingAt end: Int) -> Bool {
        guard end >= 3 else { return false }
        let (c, _) = scalar(at: end - 3)
        return c == 0x4E07 || c == 0x4EBF
    }

    /// After 余 or 多 (an approximation between number and unit), the position after it.
    func approximation(at pos: Int) -> Int? {
        guard pos + 3 <= n else { return nil }
        let (c, w) = scalar(at: pos)
        return c == 0x4F59 || c == 0x591A ? pos + w : nil  // 余 多
    }

    /// `2024-06-21`, `2024/6/21`, `2024.06.21`.
    func isoDate(at start: Int, integerEnd: Int) -> Int? {
        // Four-digit years, and Minguo years 100–199 with two-digit month and day (`112-03-15`).
        let minguo = integerEnd - start == 3 && b[start] == 0x31
        guard integerEnd - start == 4 || minguo, integerEnd < n else { return nil }
        let separator = b[integerEnd]
        guard separator == 0x2D || separator == 0x2F || separator == 0x2E else { return nil }
        let monthEnd = digits(from: integerEnd + 1)
        guard (1...2).contains(monthEnd - integerEnd - 1), monthEnd < n, b[monthEnd] == separator else { return nil }
        let dayEnd = digits(from: monthEnd + 1)
        guard (1...2).contains(dayEnd - monthEnd - 1) else { return nil }
        if minguo, monthEnd - integerEnd - 1 != 2 || dayEnd - monthEnd - 1 != 2 { return nil }
        let month = integerValue((integerEnd + 1)..<monthEnd), day = integerValue((monthEnd + 1)..<dayEnd)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return dayEnd
    }

    /// `22:02`, `22:02:09`.
    func time(at start: Int, integerEnd: Int) -> Int? {
        guard (1...2).contains(integerEnd - start), integerEnd + 2 < n, b[integerEnd] == 0x3A,
            integerValue(start..<integerEnd) <= 24
        else { return nil }
        var end = integerEnd
        for _ in 0..<2 {
            guard end + 2 < n, b[end] == 0x3A else { break }
            let e = digits(from: end + 1)
            guard e - end - 1 == 2, integerValue((end + 1)..<e) <= 59 else { break }
            end = e
        }
        return end > integerEnd ? end : nil
    }

    /// `2019年5月6日`, `5月`, `6日`, `1—3月份`, `2021年一季度` after an integer.
    func dateAfterNumber(value: Int, digitCount: Int, numberEnd: Int) -> Int? {
        guard numberEnd < n else { return nil }
        let (c, w) = scalar(at: numberEnd)
        switch c {
        case 0x5E74:  // 年
            // A four-digit year; a Minguo year (Taiwan: 民国112年, 112年3月) when it says so.
            let end = afterYear(numberEnd + w)
            if digitCount == 4 { return end }
            let minguo = (1...3).contains(digitCount) && numberEnd - digitCount >= 6
                && scalar(at: numberEnd - digitCount - 6).0 == 0x6C11 && scalar(at: numberEnd - digitCount - 3).0 == 0x56FD  // 民国
            if minguo || (digitCount == 3 && (100...199).contains(value) && end > numberEnd + w) { return end }
            return nil
        case 0x6708 where (1...12).contains(value):  // 月
            return afterMonth(numberEnd + w)
        case 0x65E5 where (1...31).contains(value):  // 日
            return numberEnd + w
        case 0x5B63 where (1...4).contains(value):  // 季(度)
            return quarterSuffix(at: numberEnd)
        case 0x2014, 0x2013, 0x2D, 0x7E:  // — – - ~ (a range of months)
            let second = numberEnd + w
            let secondEnd = digits(from: second)
            guard (1...12).contains(value), secondEnd > second, secondEnd - second <= 2, (1...12).contains(integerValue(second..<secondEnd)),
                secondEnd < n, scalar(at: secondEnd).0 == 0x6708
            else { return nil }
            return afterMonth(secondEnd + 3)
        default:
            return nil
        }
    }

    /// After `年`: `度`, a month (and day) or a quarter.
    func afterYear(_ pos: Int) -> Int {
        guard pos < n else { return pos }
        let (c, w) = scalar(at: pos)
        if c == 0x5EA6 { return pos + w }  // 年度
        if let (value, end) = smallNumber(at: pos) {
            if end < n {
                let (d, dw) = scalar(at: end)
                if d == 0x6708, (1...12).contains(value) { return afterMonth(end + dw) }
                if d == 0x5B63, (1...4).contains(value), let q = quarterSuffix(at: end) { return q }
            }
        }
        if c == 0x7B2C, let (value, end) = smallNumber(at: pos + w), (1...4).contains(value),  // 第
            let q = quarterSuffix(at: end)
        {
            return q
        }
        return pos
    }

    /// After `月`: `份`, or a day with `日`/`号`.
    func afterMonth(_ pos: Int) -> Int {
        guard pos < n else { return pos }
        let (c, w) = scalar(at: pos)
        if c == 0x4EFD { return pos + w }  // 份
        if let (value, end) = smallNumber(at: pos), (1...31).contains(value), end < n {
            let (d, dw) = scalar(at: end)
            if d == 0x65E5 || d == 0x53F7 { return end + dw }  // 日 号
        }
        return pos
    }

    /// `季度` at `pos`: the position after it.
    func quarterSuffix(at pos: Int) -> Int? {
        guard pos + 6 <= n, scalar(at: pos).0 == 0x5B63, scalar(at: pos + 3).0 == 0x5EA6 else { return nil }
        return pos + 6
    }

    /// A short integer in Arabic digits or a Chinese numeral (value ≤ 99) at `pos`.
    func smallNumber(at pos: Int) -> (Int, Int)? {
        guard pos < n else { return nil }
        if ByteClass.isDigit(b[pos]) {
            let end = digits(from: pos)
            guard end - pos <= 2 else { return nil }
            return (integerValue(pos..<end), end)
        }
        let run = numeralRun(at: pos)
        guard run.end > pos, case .positional(let value?, _, _) = ChineseNumeral.classify(run.scalars), value <= 99 else {
            return nil
        }
        return (value, run.end)
    }

    // MARK: Chinese numerals

    /// Candidates for a piece that starts with a Chinese numeral or `百分之`.
    func chinese(at start: Int, into candidates: inout [Candidate]) {
        // 百分之三十, 千分之五, 百分之30.5
        if start + 9 <= n, scalar(at: start + 3).0 == 0x5206, scalar(at: start + 6).0 == 0x4E4B {  // 分 之
            let lead = scalar(at: start).0
            if lead == 0x767E || lead == 0x5343 || lead == 0x4E07 {
                let p = start + 9
                if p < n, ByteClass.isDigit(b[p]) {
                    candidates.append(Candidate(end: arabicNumber(at: p).end, kind: .quantity))
                } else {
                    let run = numeralRun(at: p)
                    if run.end > p, case .positional = ChineseNumeral.classify(run.scalars) {
                        candidates.append(Candidate(end: run.end, kind: .quantity))
                    } else if run.end > p, run.scalars == [0x767E] {  // 百分之百
                        candidates.append(Candidate(end: run.end, kind: .quantity))
                    }
                }
                return
            }
        }
        let run = numeralRun(at: start)
        guard run.end > start else { return }
        switch ChineseNumeral.classify(run.scalars) {
        case .digitString(let count):
            // 二〇一九年
            if count == 4, run.end < n, scalar(at: run.end).0 == 0x5E74 {
                candidates.append(Candidate(end: afterYear(run.end + 3), kind: .date))
            }
        case .positional(let value, let hasDigit, let hasPower):
            if let value, run.end < n {
                let c = scalar(at: run.end).0
                if c == 0x6708, (1...12).contains(value) {  // 五月
                    candidates.append(Candidate(end: afterMonth(run.end + 3), kind: .date))
                    return
                }
                if c == 0x5B63, (1...4).contains(value), let q = quarterSuffix(at: run.end) {  // 一季度
                    candidates.append(Candidate(end: q, kind: .date))
                    return
                }
            }
            if let u = UnitTable.match(b, at: run.end) {
                candidates.append(Candidate(end: run.end + u, kind: .quantity))
            }
            if let a = approximation(at: run.end), let u = UnitTable.match(b, at: a) {
                candidates.append(Candidate(end: a + u, kind: .quantity))
            }
            if hasDigit, hasPower, run.scalars.count >= 2 {
                candidates.append(Candidate(end: run.end, kind: .number))
            }
        case .invalid:
            return
        }
    }

    /// The maximal run of Chinese numeral characters at `pos`.
    func numeralRun(at pos: Int) -> (scalars: [UInt32], end: Int) {
        var scalars: [UInt32] = []
        var i = pos
        while i + 2 < n {
            let (c, w) = scalar(at: i)
            guard w == 3, ChineseNumeral.isNumeralScalar(c) else { break }
            scalars.append(c)
            i += w
            if scalars.count > 24 { break }
        }
        return (scalars, i)
    }

    // MARK: Codes

    /// `PM2.5`, `PM10` (a letter piece with digits) and `COVID-19` (letters, `-`, digits).
    func code(piece: WordPiece, at index: Int, into candidates: inout [Candidate]) {
        var hasDigit = false
        for k in piece.bytes where ByteClass.isDigit(b[k]) {
            hasDigit = true
            break
        }
        if hasDigit {
            candidates.append(Candidate(end: piece.bytes.upperBound, kind: .code))
        }
        let e = piece.bytes.upperBound
        if e + 1 < n, b[e] == 0x2D, ByteClass.isDigit(b[e + 1]) {
            let end = digits(from: e + 1)
            if end >= n || !(ByteClass.isLetter(b[end]) || b[end] == 0x2E) {
                candidates.append(Candidate(end: end, kind: .code))
            }
        }
    }

    // MARK: Scalars and digits

    func isSign(at i: Int) -> Bool {
        let c = b[i]
        let w: Int
        if c == 0x2D || c == 0x2B {
            w = 1
        } else if c == 0xE2, i + 2 < n, b[i + 1] == 0x88, b[i + 2] == 0x92 {  // − U+2212
            w = 3
        } else {
            return false
        }
        guard i + w < n, ByteClass.isDigit(b[i + w]) else { return false }
        // Not a sign after a digit, a letter or a closing bracket (`2019-2020`, `COVID-19`).
        guard i > 0 else { return true }
        let p = b[i - 1]
        return !(ByteClass.isDigit(p) || ByteClass.isLetter(p) || p == 0x29 || p == 0x2E || p == 0x2D)
    }

    func signWidth(at i: Int) -> Int { b[i] == 0xE2 ? 3 : 1 }

    func digits(from i: Int) -> Int {
        var j = i
        while j < n, ByteClass.isDigit(b[j]) { j += 1 }
        return j
    }

    func integerValue(_ range: Range<Int>) -> Int {
        var v = 0
        for k in range.prefix(9) { v = v * 10 + Int(b[k] &- 0x30) }
        return v
    }

    /// The scalar at byte `i` (a scalar boundary) and its width.
    @inline(__always) func scalar(at i: Int) -> (UInt32, Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xE0, i + 1 < n { return ((UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if c < 0xF0, i + 2 < n {
            return ((UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if i + 3 < n {
            return (
                (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                    | UInt32(b[i + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }
}
