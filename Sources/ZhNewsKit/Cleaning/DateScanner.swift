/// Reads calendar dates and times written on news pages:
/// `2024-06-21 22:02:09`, `2024/6/21 22:02`, `2024.06.21`, `2021年7月30日 10:05`,
/// and the month-day forms of related lists (`07-29`).
enum DateScanner {
    /// 年 year, 月 month, 日 / 号 day: the marks of a written-out date.
    private static let yearMark: Unicode.Scalar = "年"
    private static let monthMark: Unicode.Scalar = "月"
    private static let dayMarks: ScalarSet = ["日", "号"]

    /// A date found in a text.
    struct Found: Sendable, Hashable {
        /// Scalar range of the date (and time) in the text.
        var range: Range<Int>
        var year: Int?
        var month: Int
        var day: Int
        /// Hours, minutes, seconds when a time follows.
        var time: (Int, Int, Int)?

        static func == (a: Found, b: Found) -> Bool {
            a.range == b.range && a.year == b.year && a.month == b.month && a.day == b.day
                && a.time?.0 == b.time?.0 && a.time?.1 == b.time?.1 && a.time?.2 == b.time?.2
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(range)
        }

        /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`; nil without a year.
        var iso: String? {
            guard let year else { return nil }
            let date = "\(year)-\(pad(month))-\(pad(day))"
            guard let (h, m, s) = time else { return date }
            return date + "T\(pad(h)):\(pad(m)):\(pad(s))"
        }

        /// `YYYY-MM-DD`, without the time; nil without a year.
        var isoDate: String? {
            guard let year else { return nil }
            return "\(year)-\(pad(month))-\(pad(day))"
        }

        private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    }

    /// The dates in `range` of `t`, in text order.
    /// - Complexity: O(n).
    static func dates(in t: ScalarText, range: Range<Int>) -> [Found] {
        var result: [Found] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let s = t.scalars[i]
            if ScalarText.isDigit(s), i == range.lowerBound || !ScalarText.isDigit(t.scalars[i - 1]),
                let found = date(at: i, in: t, limit: range.upperBound)
            {
                result.append(found)
                i = found.range.upperBound
                continue
            }
            i += 1
        }
        return result
    }

    /// The first date in `range` of `t` if it starts within `slack` scalars
    /// of the range's start (`dates(in:range:).first` when that holds),
    /// without reading the rest of the range.
    /// - Complexity: O(slack) date attempts.
    static func leadingDate(in t: ScalarText, range: Range<Int>, slack: Int) -> Found? {
        var i = range.lowerBound
        while i < range.upperBound, i - range.lowerBound <= slack {
            let s = t.scalars[i]
            if ScalarText.isDigit(s), i == range.lowerBound || !ScalarText.isDigit(t.scalars[i - 1]),
                let found = date(at: i, in: t, limit: range.upperBound)
            {
                return found
            }
            i += 1
        }
        return nil
    }

    /// 星期 / 礼拜 week + a day name, or 周 + a day name: the length of a
    /// weekday written at `i`, or nil.
    private static func weekdayLength(at i: Int, in t: ScalarText, limit: Int) -> Int? {
        for (prefix, length) in weekPrefixes where t.matches(prefix, at: i) {
            if i + length < limit, dayNames.contains(t.scalars[i + length]) { return length + 1 }
        }
        return nil
    }

    /// 星期 / 礼拜 week, 周 week.
    private static let weekPrefixes: [(String, Int)] = [("星期", 2), ("礼拜", 2), ("周", 1)]
    /// 一 … 六 Monday to Saturday, 日 / 天 Sunday.
    private static let dayNames: ScalarSet = ["一", "二", "三", "四", "五", "六", "日", "天"]

    /// A date starting at `i`.
    static func date(at i: Int, in t: ScalarText, limit: Int) -> Found? {
        var p = i
        func number(maxDigits: Int) -> Int? {
            var value = 0, digits = 0
            while p < limit, digits < maxDigits, ScalarText.isDigit(t.scalars[p]) {
                value = value * 10 + Int(t.scalars[p].value - 0x30)
                digits += 1
                p += 1
            }
            if digits == 0 || (p < limit && ScalarText.isDigit(t.scalars[p])) { return nil }
            return value
        }
        func take(_ options: ScalarSet) -> Unicode.Scalar? {
            guard p < limit, options.contains(t.scalars[p]) else { return nil }
            p += 1
            return t.scalars[p - 1]
        }
        guard var first = number(maxDigits: 4) else { return nil }
        // A Minguo year (Taiwan): 112-03-15 is 2023-03-15.
        if p - i == 3, (90...150).contains(first), p < limit, ["-", "/", "."].contains(t.scalars[p]) { first += 1911 }
        let yearForm = p - i == 4 || first > 1911
        var year: Int? = nil
        var month: Int, day: Int
        if yearForm {
            guard (1900...2100).contains(first), let sep = take(["-", "/", ".", yearMark]), let m = number(maxDigits: 2) else {
                return nil
            }
            let sep2: ScalarSet = sep == yearMark ? [monthMark] : [sep]
            guard take(sep2) != nil, let d = number(maxDigits: 2) else { return nil }
            if sep == yearMark { _ = take(dayMarks) }
            year = first
            month = m
            day = d
        } else {
            guard p - i <= 2, take(["-", "/"]) != nil, let d = number(maxDigits: 2) else { return nil }
            month = first
            day = d
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        // An optional weekday: `星期六`, `(星期二)`, `周五`, `礼拜三`.
        var w = p
        while w < limit, t.scalars[w] == " " { w += 1 }
        let opened = w < limit && t.scalars[w] == "("
        if opened { w += 1 }
        if let length = weekdayLength(at: w, in: t, limit: limit) {
            w += length
            if !opened {
                p = w
            } else if w < limit, t.scalars[w] == ")" {
                p = w + 1
            }
        }
        var end = p
        var time: (Int, Int, Int)? = nil
        // An optional time: space or T, then HH:MM[:SS].
        var q = p
        while q < limit, t.scalars[q] == " " || t.scalars[q] == "T" { q += 1 }
        if q > p || q < limit {
            p = q
            // `09:10`, or `9时10分` / `9点10分` (时 hour, 点 o'clock, 分 minute).
            if let h = number(maxDigits: 2), let mark = take([":", "时", "点"]), let m = number(maxDigits: 2), h < 24, m < 60 {
                var sec = 0
                let before = p
                if mark != ":" {
                    _ = take(["分"])
                } else if take([":"]) != nil {
                    if let s = number(maxDigits: 2), s < 60 { sec = s } else { p = before }
                }
                time = (h, m, sec)
                end = p
            }
        }
        return Found(range: i..<end, year: year, month: month, day: day, time: time)
    }
}
