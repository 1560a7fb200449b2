/// Recognises lines of page furniture by their shape (length, separators,
/// trailing dates, link words) and by a phrase lexicon.
///
/// Each test looks at one line once; the phrase tables are short, so a line
/// costs O(length × table size) with small constants.
struct LineClassifier: Sendable {
    let t: ScalarText

    private static let navigationWords = PhraseTable(CleaningLexicon.navigationWords)
    private static let labelTable = PhraseTable(CleaningLexicon.metadataLabels.map(\.label))
    private static let roleWords = PhraseTable(CleaningLexicon.roleWords)
    private static let strongFooterPhrases = PhraseTable(CleaningLexicon.strongFooterPhrases)
    private static let weakFooterPhrases = PhraseTable(CleaningLexicon.weakFooterPhrases)
    private static let spamTails = PhraseTable(CleaningLexicon.spamTails)
    private static let breadcrumbOpeners = PhraseTable(CleaningLexicon.breadcrumbOpeners)
    private static let relatedHeaders = PhraseTable(CleaningLexicon.relatedHeaders)
    private static let adjacentLabels = PhraseTable(CleaningLexicon.adjacentArticleLabels)
    private static let endMarks = CleaningLexicon.endMarks.map { Array($0.unicodeScalars) }
    private static let counterOpeners: ScalarSet = [" ", "(", ":", "["]
    private static let counterClosers: ScalarSet = [")", "]"]
    /// 万 ten thousand, 千 thousand, w / k (web shorthand), + (more), 次 times, 人 people.
    private static let counterMultipliers: ScalarSet = ["万", "千", "w", "W", "k", "K", "+", "次", "人"]
    private static let timeMarks: ScalarSet = [":", "时", "分", "秒", "点"]
    private static let creditMarks: ScalarSet = [":", "/", "|"]
    /// What may close a label: a colon, a closing bracket (`【作者】`), a bar.
    private static let labelEnds: ScalarSet = [":", "】", "]", "|"]
    private static let counterWords = PhraseTable(CleaningLexicon.counterWords)
    private static let postHeaderMarks = PhraseTable(CleaningLexicon.postHeaderMarks)
    private static let timeWords = PhraseTable(CleaningLexicon.timeWords)
    private static let photoRoles = PhraseTable(CleaningLexicon.photoRoleWords)
    /// Brackets and dashes around an end mark (`-完-`, `【完】`).
    private static let markWrappers: ScalarSet = [
        "(", ")", "[", "]", "【", "】", "〔", "〕", "「", "」", "《", "》", "<", ">", "-", "—", "–", "~", "*", "=", "·", " ",
    ]
    private static let brandStems = PhraseTable(CleaningLexicon.distinctiveBrandStems + CleaningLexicon.ordinaryBrandStems)
    private static let separatorScalars: ScalarSet = [
        "-", "*", "=", "_", "—", "~", "·", "•", "#", "+", ".", "|", "/", "\\", "…", "─", "━", "※", "☆", "★", " ",
        "◆", "◇", "■", "□", "●", "○", "△", "▲", "▼", "◎",
    ]

    /// A metadata label found in a line: its field, and where its value starts.
    struct Label: Sendable {
        var field: MetadataField
        var range: Range<Int>
        var valueStart: Int
    }

    // MARK: Shape

    /// Whether a line reads as running text: it has sentence punctuation, or
    /// is long and has clause commas.
    func isSentenceLike(_ r: Range<Int>) -> Bool {
        var commas = 0
        for i in r {
            let s = t.scalars[i]
            if s == "。" || s == "!" || s == ";" { return r.count >= 8 }
            if s == "," || s == "、" { commas += 1 }
        }
        return r.count >= 50 && commas >= 2
    }

    /// A line of separator characters only (`-`, `******`, `———`).
    func isSeparator(_ r: Range<Int>) -> Bool {
        r.allSatisfy { Self.separatorScalars.contains(t.scalars[$0]) }
    }

    /// A line listing image file names (`IMG_2023.jpg`), or an attachment
    /// line (`附件:2023年排名.xls`).
    func isImageFileNames(_ r: Range<Int>) -> Bool {
        // A file name has a dot; an attachment label starts with 附 (attachment).
        guard r.count <= 200, !t.contains(scalar: "。", in: r),
            r.contains(where: { t.scalars[$0] == "." || t.scalars[$0] == "附" })
        else { return false }
        var line = t.string(r).lowercased()
        var extensions = CleaningLexicon.imageExtensions
        if let label = CleaningLexicon.attachmentLabels.first(where: { line.hasPrefix($0) }) {
            line = String(line.dropFirst(label.count).drop { $0 == ":" || $0 == " " || $0.isNumber })
            extensions += CleaningLexicon.attachmentExtensions
            if line.isEmpty { return true }
        }
        let words = line.split(separator: " ")
        guard !words.isEmpty else { return false }
        return words.allSatisfy { w in
            extensions.contains { w.hasSuffix($0) && w.count > $0.count }
                && !w.unicodeScalars.contains { ScalarText.isSentenceEnd($0) || $0 == "," }
        }
    }

    /// A menu bar: four or more short segments separated by `|`, `·` or
    /// spaces, or three or more separated by `|`, with no punctuation
    /// (`首页 | 港闻 | 两岸 | 国际`).
    func isMenuBar(_ r: Range<Int>) -> Bool {
        guard r.count <= 80, !isSentenceLike(r) else { return false }
        var segments: [Int] = []
        var current = 0, bars = 0
        for i in r {
            let s = t.scalars[i]
            if s == "|" || s == "·" || s == " " {
                if s == "|" { bars += 1 }
                if current > 0 { segments.append(current) }
                current = 0
            } else if ScalarText.isHan(s) || ScalarText.isAlnum(s) {
                current += 1
            } else {
                return false
            }
        }
        if current > 0 { segments.append(current) }
        guard segments.allSatisfy({ $0 <= 8 }) else { return false }
        return segments.count >= 4 || (bars >= 2 && segments.count >= 3)
    }

    /// A short line naming the site or organisation (`香港新闻网`, `绿报导 Green Daily`).
    func isSiteName(_ r: Range<Int>) -> Bool {
        guard r.count <= 20, !isSentenceLike(r) else { return false }
        let line = t.string(r)
        let han = line.unicodeScalars.prefix { !($0 == " ") }
        let hanPart = String(String.UnicodeScalarView(han))
        guard hanPart.unicodeScalars.count <= 12 else { return false }
        return CleaningLexicon.siteNameEndings.contains { hanPart.hasSuffix($0) }
            || (hanPart.count < line.count && line.unicodeScalars.dropFirst(han.count).allSatisfy { ScalarText.isASCIILetter($0) || $0 == " " })
    }

    // MARK: Metadata

    /// The metadata labels of a line: a label word followed by `:`.
    func labels(in r: Range<Int>) -> [Label] {
        var found: [Label] = []
        guard r.count <= 24 || r.contains(where: { Self.labelEnds.contains(t.scalars[$0]) }) else { return found }
        var i = r.lowerBound
        while i < r.upperBound {
            var matched = false
            for k in Self.labelTable.mayStart(with: t.scalars[i]) ? Self.labelTable.matches(in: t, at: i) : [] {
                let label = Self.labelTable.phrases[k]
                let field = CleaningLexicon.metadataLabels[k].field
                var p = i + label.count
                while p < r.upperBound, t.scalars[p] == " " { p += 1 }
                // `编辑 张三`: a label at the start of a short line may be followed by a space.
                let atStart = i - r.lowerBound <= 1 && r.count <= 24 && p > i + label.count && p < r.upperBound
                    && field != .related
                // `【作者】李青`: a label in brackets works as a label with a colon.
                let end = i + label.count
                if i > r.lowerBound, end < r.upperBound, field != .related,
                    (t.scalars[i - 1] == "【" && t.scalars[end] == "】") || (t.scalars[i - 1] == "[" && t.scalars[end] == "]")
                {
                    found.append(Label(field: field, range: i..<end, valueStart: end + 1))
                    i = end + 1
                    matched = true
                    break
                }
                // `来源 | 江城发布`: a bar after a label opening the line works as a colon.
                let bar = p < r.upperBound && t.scalars[p] == "|" && i - r.lowerBound <= 1 && field != .related
                guard p < r.upperBound, t.scalars[p] == ":" || atStart || bar else { continue }
                if atStart, t.scalars[p] != ":", !bar {
                    found.append(Label(field: field, range: i..<(i + label.count), valueStart: p))
                    i = p
                    matched = true
                    break
                }
                found.append(Label(field: field, range: i..<(i + label.count), valueStart: min(p + 1, r.upperBound)))
                i = p
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return found
    }

    /// Whether a line is a metadata line (author, time, source, views …).
    func isMetadata(_ r: Range<Int>) -> Bool {
        let found = labels(in: r)
        if !found.isEmpty {
            let startsWithLabel = found[0].range.lowerBound == r.lowerBound
                || (found[0].range.lowerBound - r.lowerBound <= 2
                    && (r.lowerBound..<found[0].range.lowerBound).allSatisfy { ScalarText.isBoundary(t.scalars[$0]) })
            if startsWithLabel {
                // `记者:你们怎么看?` is an interview question, not a byline.
                if found[0].field == .reporter || found[0].field == .author,
                    r.contains(where: { ["?", "!", ",", "。"].contains(t.scalars[$0]) })
                {
                    return false
                }
                return r.count <= 200 && !t.contains(scalar: "。", in: r)
            }
            return r.count <= 100 && !t.contains(scalar: "。", in: r)
        }
        if isTimeOnly(r) || postHeader(r) != nil { return true }
        // A line that is only a date and time, with at most a short tail.
        if let d = DateScanner.leadingDate(in: t, range: r, slack: 1), d.year != nil, r.upperBound - d.range.upperBound <= 12,
            !isSentenceLike(r)
        {
            return true
        }
        return false
    }

    /// The header line of a social-media post, `原创 NAME ACCOUNT 2024-03-12
    /// 18:30 PLACE`: returns the range of the words between the mark and the
    /// date, and the date.
    func postHeader(_ r: Range<Int>) -> (words: Range<Int>, date: DateScanner.Found)? {
        guard r.count <= 80, let k = Self.postHeaderMarks.longestMatch(in: t, at: r.lowerBound, limit: r.upperBound) else { return nil }
        let start = r.lowerBound + Self.postHeaderMarks.phrases[k].count
        guard start < r.upperBound, t.scalars[start] == " ", !isSentenceLike(r) else { return nil }
        guard let d = DateScanner.dates(in: t, range: start..<r.upperBound).first, d.year != nil,
            r.upperBound - d.range.upperBound <= 12
        else { return nil }
        return (start..<d.range.lowerBound, d)
    }

    /// The names in a byline line (`□罗鹏本报记者刘文君` → 罗鹏, 刘文君),
    /// or nil when the line is not a byline.
    func bylineNames(_ r: Range<Int>) -> [Range<Int>]? {
        guard r.count <= 40, let (names, hasMark, hasRole) = nameChunks(r) else { return nil }
        guard hasMark || hasRole else { return nil }
        // `新华社记者 张三 摄`, `图/张三`: a photo credit names a photographer, not an author.
        if isPhotoCredit(r) { return nil }
        if !hasRole, names.count == 1, r.count > 6 { return nil }
        // `文/张三 图/李四`: the photographer named beside the writer is not an author.
        let writers = names.filter { !isPhotographer($0, in: r) }
        return writers.isEmpty ? nil : writers
    }

    /// Whether a name is credited for photos: right after `图/`, `图:`, `摄影`,
    /// or right before `摄`.
    private func isPhotographer(_ name: Range<Int>, in r: Range<Int>) -> Bool {
        var before = name.lowerBound
        while before > r.lowerBound, t.scalars[before - 1] == " " { before -= 1 }
        for role in CleaningLexicon.photoRoleWords {
            let n = role.unicodeScalars.count
            if before - n >= r.lowerBound, t.matches(role, at: before - n) { return true }
        }
        var after = name.upperBound
        while after < r.upperBound, t.scalars[after] == " " { after += 1 }
        // Only a trailing credit (摄, 摄影) looks back at the name before it.
        guard let k = Self.photoRoles.longestMatch(in: t, at: after, limit: r.upperBound) else { return false }
        let role = Self.photoRoles.phrases[k]
        return !(role.last.map { Self.creditMarks.contains($0) } ?? true)
    }

    /// Whether a line credits a photo (`张三 摄`, `图/李四`) and no text
    /// (`文/图`, `文/`).
    func isPhotoCredit(_ r: Range<Int>) -> Bool {
        var photo = false
        var i = r.lowerBound
        while i < r.upperBound {
            if t.matches("文", at: i) {
                // `文/`, `文:`, `文 |`: a writer is credited too.
                var k = i + 1
                while k < r.upperBound, t.scalars[k] == " " { k += 1 }
                if k < r.upperBound, Self.creditMarks.contains(t.scalars[k]) { return false }
            }
            if let k = Self.photoRoles.longestMatch(in: t, at: i, limit: r.upperBound) {
                photo = true
                i += Self.photoRoles.phrases[k].count
            } else {
                i += 1
            }
        }
        return photo
    }

    /// The names at the start of a value, role words skipped
    /// (`记者 唐晓帆 通讯员 莫凌云 2024年…` → 唐晓帆, 莫凌云); the scan stops
    /// at the first character that cannot belong to a byline.
    func leadingNames(in r: Range<Int>) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var i = r.lowerBound
        var nameStart: Int? = nil
        func close(_ at: Int) {
            if let s = nameStart, (2...4).contains(at - s) { names.append(s..<at) }
            nameStart = nil
        }
        while i < r.upperBound {
            let s = t.scalars[i]
            if let k = Self.roleWords.longestMatch(in: t, at: i, limit: r.upperBound) {
                close(i)
                i += Self.roleWords.phrases[k].count
                continue
            }
            if s == " " || s == "、" || s == "," || s == "/" {
                close(i)
                i += 1
                continue
            }
            guard ScalarText.isHan(s) else {
                // `字号:` — a chunk followed by a colon is the next label, not a name.
                if s == ":" { nameStart = nil }
                break
            }
            if nameStart == nil { nameStart = i }
            i += 1
        }
        if let s = nameStart, i - s > 4 { return names }
        close(i)
        return names
    }

    /// The names of an author value (`刘晓蓓 实习生 周雨桐` → 刘晓蓓, 周雨桐):
    /// chunks of two to four Han characters between role words, marks and
    /// separators; nil when any chunk is not name-sized.
    func names(in r: Range<Int>) -> [Range<Int>]? {
        guard r.count <= 40, let (names, _, _) = nameChunks(r) else { return nil }
        return names
    }

    private func nameChunks(_ r: Range<Int>) -> (names: [Range<Int>], hasMark: Bool, hasRole: Bool)? {
        guard !r.isEmpty else { return nil }
        var hasMark = false, hasRole = false
        var names: [Range<Int>] = []
        var nameStart: Int? = nil
        var i = r.lowerBound
        func close(_ at: Int) {
            if let s = nameStart, at > s { names.append(s..<at) }
            nameStart = nil
        }
        while i < r.upperBound {
            let s = t.scalars[i]
            if CleaningLexicon.bylineMarks.contains(s) {
                hasMark = true
                close(i)
                i += 1
                continue
            }
            if let k = Self.roleWords.longestMatch(in: t, at: i) {
                hasRole = true
                // `新华社记者`: an outlet glued before a role word is not a name.
                if let s = nameStart, i > s, CleaningLexicon.outletEndings.contains(where: { t.matches($0, at: i - $0.unicodeScalars.count) && i - $0.unicodeScalars.count >= s }) {
                    nameStart = nil
                }
                close(i)
                i += Self.roleWords.phrases[k].count
                continue
            }
            if s == " " || s == "、" || s == "," || s == "(" || s == ")" || s == "/" || s == ":" || s == "【" || s == "】" || s == "|" {
                close(i)
                i += 1
                continue
            }
            guard ScalarText.isHan(s) else { return nil }
            if nameStart == nil { nameStart = i }
            i += 1
        }
        close(r.upperBound)
        guard !names.isEmpty, names.allSatisfy({ (2...4).contains($0.count) }) else { return nil }
        return (names, hasMark, hasRole)
    }

    // MARK: Navigation and footers

    /// A short line made of navigation words and separators (`[返回]`,
    /// `分享到:微信 微博`, `【打印本页】【关闭窗口】`, `字号:大 中 小`).
    func isNavigation(_ r: Range<Int>) -> Bool {
        guard r.count <= 60 else { return false }
        var i = r.lowerBound
        var uncovered = 0, coveredWords = 0
        while i < r.upperBound {
            if let k = Self.navigationWords.longestMatch(in: t, at: i, limit: r.upperBound) {
                let w = Self.navigationWords.phrases[k]
                if w.contains(where: { ScalarText.isHan($0) || ScalarText.isASCIILetter($0) }) { coveredWords += 1 }
                i += w.count
            } else if ScalarText.isDigit(t.scalars[i]) {
                // Page numbers of a pager (`上一页 1 2 3 下一页`).
                i += 1
            } else {
                uncovered += 1
                i += 1
            }
        }
        return coveredWords >= 1 && uncovered == 0
    }

    /// An end-of-article mark as a line of its own (`完`, `(完)`, `-完-`,
    /// `【完】`, `END`).
    func isEndMark(_ r: Range<Int>) -> Bool {
        guard r.count <= 12 else { return false }
        // Compare the unwrapped characters with each mark in place (no copy).
        return Self.endMarks.contains { mark in
            var k = 0
            for i in r where !Self.markWrappers.contains(t.scalars[i]) {
                guard k < mark.count, mark[k] == t.scalars[i] else { return false }
                k += 1
            }
            return k == mark.count
        }
    }

    /// A row of bracketed widget words separated only by whitespace
    /// (`【纠错】 【留言】 【打印】`, `[收藏] [转发]`): two or more short items, each
    /// one to eight letters or Han characters.
    func isBracketRow(_ r: Range<Int>) -> Bool {
        guard r.count <= 80 else { return false }
        var items = 0
        var i = r.lowerBound
        while i < r.upperBound {
            let s = t.scalars[i]
            if s == " " { i += 1; continue }
            let close: Unicode.Scalar
            switch s {
            case "【": close = "】"
            case "[": close = "]"
            case "〔": close = "〕"
            default: return false
            }
            var j = i + 1
            while j < r.upperBound, t.scalars[j] != close {
                guard ScalarText.isHan(t.scalars[j]) || ScalarText.isASCIILetter(t.scalars[j]) else { return false }
                j += 1
            }
            guard j < r.upperBound, (1...8).contains(j - i - 1) else { return false }
            items += 1
            i = j + 1
        }
        return items >= 2
    }

    /// A line of reader-widget counters only (`评论(0)`, `点赞 12`,
    /// `转发 3 收藏 1.2万`): counter words each followed by a number.
    func isCounterRow(_ r: Range<Int>) -> Bool {
        guard r.count <= 60 else { return false }
        var i = r.lowerBound, counters = 0
        while i < r.upperBound {
            while i < r.upperBound, t.scalars[i] == " " || t.scalars[i] == "|" || t.scalars[i] == "·" { i += 1 }
            guard i < r.upperBound else { break }
            guard let k = Self.counterWords.longestMatch(in: t, at: i, limit: r.upperBound) else { return false }
            i += Self.counterWords.phrases[k].count
            while i < r.upperBound, Self.counterOpeners.contains(t.scalars[i]) { i += 1 }
            let digits = i
            while i < r.upperBound, ScalarText.isDigit(t.scalars[i]) || t.scalars[i] == "." || t.scalars[i] == "," { i += 1 }
            guard i > digits else { return false }
            while i < r.upperBound, Self.counterMultipliers.contains(t.scalars[i]) { i += 1 }
            while i < r.upperBound, Self.counterClosers.contains(t.scalars[i]) { i += 1 }
            counters += 1
        }
        return counters >= 1
    }

    /// A line that is only a time of day, optionally after a time word
    /// (`香港时间11时20分`, `北京时间 09:30`): a press release's stamp.
    func isTimeOnly(_ r: Range<Int>) -> Bool { timeOfDay(r) != nil }

    /// The hour and minute of a time-only line, or nil.
    func timeOfDay(_ r: Range<Int>) -> (hour: Int, minute: Int)? {
        guard r.count <= 20 else { return nil }
        var i = r.lowerBound
        // An optional place of up to four Han characters and a time word.
        var p = i
        while p < r.upperBound, p - i <= 4, ScalarText.isHan(t.scalars[p]), Self.timeWords.longestMatch(in: t, at: p, limit: r.upperBound) == nil {
            p += 1
        }
        if let k = Self.timeWords.longestMatch(in: t, at: p, limit: r.upperBound) {
            i = p + Self.timeWords.phrases[k].count
        }
        while i < r.upperBound, t.scalars[i] == " " || t.scalars[i] == ":" { i += 1 }
        var groups = 0
        var values = (0, 0)
        while i < r.upperBound {
            let d = i
            var value = 0
            while i < r.upperBound, ScalarText.isDigit(t.scalars[i]) {
                value = value * 10 + Int(t.scalars[i].value - 0x30)
                i += 1
            }
            guard (1...2).contains(i - d) else { return nil }
            if groups == 0 { values.0 = value } else if groups == 1 { values.1 = value }
            groups += 1
            // 时 hour, 分 minute, 秒 second, 点 o'clock.
            if i < r.upperBound, Self.timeMarks.contains(t.scalars[i]) { i += 1 }
            while i < r.upperBound, t.scalars[i] == " " { i += 1 }
        }
        guard (2...3).contains(groups), values.0 < 24, values.1 < 60 else { return nil }
        return (values.0, values.1)
    }

    /// A breadcrumb trail (`首页 > 新闻中心 > 正文`).
    func isBreadcrumb(_ r: Range<Int>) -> Bool {
        guard r.count <= 100, !isSentenceLike(r) else { return false }
        var separators = 0
        var segment = 0, longest = 0
        for i in r {
            let s = t.scalars[i]
            if s == ">" || s == "»" || s == "›" || s == "→" || s == "/" {
                if i == r.lowerBound || t.scalars[i - 1] != s { separators += 1 }
                longest = max(longest, segment)
                segment = 0
            } else if s != " " {
                segment += 1
            }
        }
        longest = max(longest, segment)
        let opener = Self.breadcrumbOpeners.longestMatch(in: t, at: r.lowerBound, limit: r.upperBound) != nil
        return (separators >= 2 || (opener && separators >= 1)) && longest <= 30
    }

    /// A footer line: copyright, ICP, sponsor, hotline, QR prompt.
    func isFooter(_ r: Range<Int>) -> Bool {
        if Self.strongFooterPhrases.occurs(in: t, range: r) { return r.count <= 200 }
        guard Self.weakFooterPhrases.occurs(in: t, range: r) else { return false }
        return !r.contains { ScalarText.isSentenceEnd(t.scalars[$0]) }
    }

    // MARK: Related lists

    /// Whether a line opens a list of related headlines (`相关新闻`).
    func isRelatedHeader(_ r: Range<Int>) -> Bool {
        guard r.count <= 12 else { return false }
        return Self.relatedHeaders.longestMatch(in: t, at: r.lowerBound, limit: r.upperBound) != nil
    }

    /// A previous/next-article link (`上一篇:…`).
    func adjacentArticle(_ r: Range<Int>) -> Range<Int>? {
        if let k = Self.adjacentLabels.longestMatch(in: t, at: r.lowerBound, limit: r.upperBound) {
            var p = r.lowerBound + Self.adjacentLabels.phrases[k].count
            while p < r.upperBound, t.scalars[p] == ":" || t.scalars[p] == " " { p += 1 }
            return p..<r.upperBound
        }
        return nil
    }

    /// A headline line starting with a date (`2021-07-29 标题`), when
    /// `dateFirst`; else ending in one. Returns the headline range and the date.
    func datedHeadline(_ r: Range<Int>, dateFirst: Bool) -> (title: Range<Int>, date: DateScanner.Found)? {
        guard dateFirst else { return datedHeadline(r) }
        guard r.count <= 100, let d = DateScanner.leadingDate(in: t, range: r, slack: 1) else {
            return nil
        }
        var start = d.range.upperBound
        while start < r.upperBound, [")", "]", "】", " ", "|", "·"].contains(t.scalars[start]) { start += 1 }
        guard r.upperBound - start >= 4, !t.contains(scalar: "。", in: start..<r.upperBound), labels(in: r).isEmpty else { return nil }
        return (start..<r.upperBound, d)
    }

    /// A stamp line above the body: an account or outlet name (one or two
    /// short words) and a date with a time (`江城发布 2024-01-08 12:00`).
    /// Returns the words before the date.
    func datedStamp(_ r: Range<Int>) -> Range<Int>? {
        guard r.count <= 40, let d = DateScanner.dates(in: t, range: r).last, d.year != nil, d.time != nil,
            d.range.upperBound == r.upperBound
        else { return nil }
        let words = t.trimmed(r.lowerBound..<d.range.lowerBound)
        guard (2...16).contains(words.count) else { return nil }
        var spaces = 0
        for i in words {
            let s = t.scalars[i]
            if s == " " { spaces += 1 } else if !(ScalarText.isHan(s) || ScalarText.isAlnum(s)) { return nil }
        }
        return spaces <= 1 ? words : nil
    }

    /// A headline line ending in a date: returns the headline range and the date.
    func datedHeadline(_ r: Range<Int>) -> (title: Range<Int>, date: DateScanner.Found)? {
        guard r.count <= 100 else { return nil }
        let dates = DateScanner.dates(in: t, range: r)
        guard let d = dates.last else { return nil }
        var end = d.range.upperBound
        while end < r.upperBound, [")", "]", "】", " ", "』"].contains(t.scalars[end]) { end += 1 }
        guard end == r.upperBound else { return nil }
        var titleEnd = d.range.lowerBound
        while titleEnd > r.lowerBound, ["(", "[", "【", " ", "『", "|"].contains(t.scalars[titleEnd - 1]) { titleEnd -= 1 }
        var titleStart = r.lowerBound
        while titleStart < titleEnd, ["·", "•", "-", ">", " ", "◇", "◆", "■", "□", "●"].contains(t.scalars[titleStart]) {
            titleStart += 1
        }
        guard titleEnd - titleStart >= 4, !t.contains(scalar: "。", in: titleStart..<titleEnd) else { return nil }
        return (titleStart..<titleEnd, d)
    }

    // MARK: Keyword stuffing

    /// A line of short keyword segments carrying spam vocabulary.
    func isKeywordStuffed(_ r: Range<Int>, injected: Int) -> Bool {
        guard !t.contains(scalar: "。", in: r) else { return false }
        var segments = 1
        for i in r where [" ", ",", "、", "|", "_", ";", "/"].contains(t.scalars[i]) { segments += 1 }
        guard segments >= 3 else { return false }
        let tails = Self.spamTails.count(in: t, range: r) + Self.brandStems.count(in: t, range: r)
        return injected >= 2 || tails >= 3
    }
}
