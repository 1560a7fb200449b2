/// Reads the article's metadata from the lines the cleaner classified as
/// metadata (never from related lists or the body).
struct MetadataReader: Sendable {
    let t: ScalarText
    let classifier: LineClassifier
    /// Per scalar: inside an injected token (never part of a value).
    var injected: [Bool] = []

    /// The metadata of an article.
    ///
    /// - Parameters:
    ///   - metadataLines: Content ranges of metadata lines, in text order.
    ///   - bylines: Name ranges of byline lines, in text order.
    ///   - surface: The text of a normalised range as written in the original.
    /// - Returns: Author, publish time, source, editor and views (no title).
    func read(
        metadataLines: [Range<Int>], bylines: [[Range<Int>]], leadLines: [Range<Int>] = [],
        surface: (Range<Int>) -> String
    ) -> ArticleMetadata {
        readFields(metadataLines: metadataLines, bylines: bylines, leadLines: leadLines, surface: surface).metadata
    }

    /// The metadata of an article, and the normalised range of its source value.
    func readFields(
        metadataLines: [Range<Int>], bylines: [[Range<Int>]], leadLines: [Range<Int>] = [],
        surface: (Range<Int>) -> String
    ) -> (metadata: ArticleMetadata, source: Range<Int>?) {
        var meta = ArticleMetadata()
        var sourceRange: Range<Int>? = nil
        // An outlet stamping the page, used when no label names the source.
        var stampSource: Range<Int>? = nil
        var reporters: [String] = []
        var bareDate: String? = nil
        // A date line without a time, waiting for a time-only line right after it
        // (`2024年3月5日(星期二)` then `香港时间15时30分`).
        var dateAwaitingTime: DateScanner.Found? = nil
        for line in metadataLines {
            if let pending = dateAwaitingTime, let (hour, minute) = classifier.timeOfDay(line), bareDate == pending.iso {
                var d = pending
                d.time = (hour, minute, 0)
                bareDate = d.iso
                dateAwaitingTime = nil
                continue
            }
            dateAwaitingTime = nil
            let labels = classifier.labels(in: line)
            for (k, label) in labels.enumerated() {
                let end = k + 1 < labels.count ? labels[k + 1].range.lowerBound : line.upperBound
                let value = t.trimmed(label.valueStart..<max(label.valueStart, end))
                switch label.field {
                case .source:
                    if meta.source == nil, let v = word(value) {
                        meta.source = surface(v)
                        sourceRange = v
                    }
                case .author:
                    if meta.author == nil {
                        let leading = classifier.leadingNames(in: value)
                        if leading.count > 1 {
                            meta.author = leading.map(surface).joined(separator: "、")
                        } else if let names = classifier.names(in: value), names.count > 1 {
                            meta.author = names.map(surface).joined(separator: "、")
                        } else if let v = word(droppingRoleWords(value)) {
                            meta.author = surface(v)
                        }
                    }
                case .editor:
                    if meta.editor == nil, let v = word(value) { meta.editor = surface(v) }
                case .reporter:
                    let leading = classifier.leadingNames(in: value)
                    if !leading.isEmpty {
                        reporters += leading.map(surface)
                    } else if let names = classifier.names(in: value) {
                        reporters += names.map(surface)
                    } else if let v = word(droppingRoleWords(value)) { reporters.append(surface(v)) }
                case .published:
                    if meta.published == nil, let d = DateScanner.dates(in: t, range: value).first, let iso = d.iso {
                        meta.published = iso
                    }
                case .views:
                    if meta.views == nil { meta.views = number(value) }
                case .related, .other:
                    break
                }
            }
            if let (words, d) = classifier.postHeader(line) {
                // `原创 NAME ACCOUNT 2024-03-12 18:30 PLACE`: the author and the account.
                var tokens: [Range<Int>] = []
                var p = words.lowerBound
                while p < words.upperBound {
                    while p < words.upperBound, t.scalars[p] == " " || injected(p) { p += 1 }
                    let s = p
                    while p < words.upperBound, t.scalars[p] != " ", !injected(p) { p += 1 }
                    if p > s, p - s <= 16 { tokens.append(s..<p) }
                }
                if let account = tokens.last, meta.source == nil {
                    meta.source = surface(account)
                    sourceRange = account
                }
                if tokens.count >= 2 { reporters.append(surface(tokens[0])) }
                if bareDate == nil { bareDate = d.iso }
                continue
            }
            if labels.isEmpty, let words = classifier.datedStamp(line) {
                // `江城发布 2024-01-08 12:00`: an outlet or account name stamps the page.
                let name = t.string(words)
                if stampSource == nil, !name.contains(" "), CleaningLexicon.outletEndings.contains(where: { name.hasSuffix($0) }) {
                    stampSource = words
                }
            }
            if bareDate == nil, let d = DateScanner.dates(in: t, range: line).first(where: { $0.year != nil }) {
                bareDate = d.iso
                if d.time == nil, labels.isEmpty { dateAwaitingTime = d }
                // `2023/05/16 14:20 文/林佳蓉、王俊杰`: a byline after a bare date.
                let next = labels.first { $0.range.lowerBound >= d.range.upperBound }?.range.lowerBound ?? line.upperBound
                let tail = t.trimmed(d.range.upperBound..<max(d.range.upperBound, next))
                if let names = classifier.bylineNames(tail) { reporters += names.map(surface) }
                // `2024年1月5日 10:00 新华网`: a short outlet name after a bare date.
                let rest = t.trimmed(d.range.upperBound..<line.upperBound)
                if labels.isEmpty, meta.source == nil, (2...12).contains(rest.count), let v = word(rest), v == rest,
                    let last = t.scalars[rest].last, Self.outletEndings.contains(last)
                {
                    meta.source = surface(v)
                }
            }
        }
        if meta.published == nil { meta.published = bareDate }
        if meta.source == nil, let stampSource {
            meta.source = surface(stampSource)
            sourceRange = stampSource
        }
        if meta.author == nil, reporters.isEmpty, bylines.isEmpty {
            for line in leadLines {
                if let names = inlineByline(in: line) {
                    reporters += names.map(surface)
                    break
                }
            }
        }
        if meta.author == nil {
            let names = reporters + bylines.flatMap { $0.map(surface) }
            if !names.isEmpty { meta.author = names.joined(separator: "、") }
        }
        return (meta, sourceRange)
    }

    private func injected(_ i: Int) -> Bool { i < injected.count && injected[i] }

    /// Names in a parenthesised byline near the start of a line
    /// (`本报讯(记者 张伟 通讯员 刘洋)`).
    private func inlineByline(in line: Range<Int>) -> [Range<Int>]? {
        let window = line.lowerBound..<min(line.upperBound, line.lowerBound + 30)
        guard let open = window.first(where: { t.scalars[$0] == "(" || t.scalars[$0] == "【" }) else { return nil }
        guard let close = (open + 1..<window.upperBound).first(where: { t.scalars[$0] == ")" || t.scalars[$0] == "】" })
        else { return nil }
        let inside = (open + 1)..<close
        guard CleaningLexicon.roleWords.contains(where: { t.contains($0, in: inside) }) else { return nil }
        return classifier.bylineNames(inside)
    }

    /// `value` without leading role words (本报记者 王五 → 王五).
    private func droppingRoleWords(_ value: Range<Int>) -> Range<Int> {
        var start = value.lowerBound
        var changed = true
        while changed {
            changed = false
            for role in CleaningLexicon.roleWords where t.matches(role, at: start) {
                let end = start + role.unicodeScalars.count
                guard end < value.upperBound else { break }
                start = end
                while start < value.upperBound, t.scalars[start] == " " { start += 1 }
                changed = true
                break
            }
        }
        return start..<value.upperBound
    }

    /// A value cut at its first space or bracket; nil when empty.
    /// Injected tokens are never part of a value (`市卫生健康委` + a pasted brand).
    private func word(_ r: Range<Int>) -> Range<Int>? {
        var start = r.lowerBound
        while start < r.upperBound, injected(start) || t.scalars[start] == " " { start += 1 }
        var end = start
        while end < r.upperBound, !Self.stops.contains(t.scalars[end]), !injected(end) { end += 1 }
        return end > start ? start..<end : nil
    }

    /// Last characters of outlet names: 网 site, 报 paper, 社 agency, 台 station, 刊 periodical.
    private static let outletEndings: ScalarSet = ["网", "报", "社", "台", "刊", "端"]

    private static let stops: ScalarSet = [" ", "|", "【", "】", "[", "]", "(", ")", "\t"]

    /// A count as written on reader widgets: `3,562`, `2.1万` (ten thousand),
    /// `1.5w`, `3k`.
    private func number(_ r: Range<Int>) -> Int? {
        var value = 0, digits = 0, fraction = 0, fractionDigits = 0
        var inFraction = false
        var multiplier = 1
        scan: for i in r {
            let s = t.scalars[i]
            if ScalarText.isDigit(s) {
                if inFraction {
                    if fractionDigits < 6 {
                        fraction = fraction * 10 + Int(s.value - 0x30)
                        fractionDigits += 1
                    }
                } else {
                    value = value * 10 + Int(s.value - 0x30)
                    digits += 1
                }
            } else if s == "," && digits > 0 && !inFraction {
                continue
            } else if s == "." && digits > 0 && !inFraction {
                inFraction = true
            } else if digits > 0 {
                switch s {
                case "万", "w", "W": multiplier = 10_000
                case "亿": multiplier = 100_000_000
                case "千", "k", "K": multiplier = 1_000
                default: break
                }
                break scan
            }
        }
        guard digits > 0, digits < 12 else { return nil }
        var scale = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        return value * multiplier + fraction * multiplier / scale
    }
}
