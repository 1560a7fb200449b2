/// The line-level reading of a page: which lines are furniture and why,
/// where the body is, which line is the title.
struct PageLayout: Sendable {
    let t: ScalarText
    let classifier: LineClassifier
    /// Per scalar: inside an injected token.
    let injected: [Bool]
    /// Trimmed content range of each line.
    let contents: [Range<Int>]
    /// Why each line is removed, or nil when it stays.
    var reasons: [RemovalReason?]
    /// Lines that disappear from the clean text (removed lines, and kept
    /// lines whose whole content was removed inline).
    var dropped: [Bool]
    /// Metadata lines, for the metadata reader.
    var metadataLines: [Range<Int>] = []
    /// Names of byline lines.
    var bylines: [[Range<Int>]] = []
    /// Related headlines found in related lists.
    var related: [RelatedHeadline] = []
    /// The title line's content.
    var title: Range<Int>? = nil

    /// Whitespace-free, spam-free text of all lines, and where each line starts in it.
    private let flat: [Unicode.Scalar]
    private let flatStarts: [Int]

    init(t: ScalarText, classifier: LineClassifier, injected: [Bool]) {
        self.t = t
        self.classifier = classifier
        self.injected = injected
        contents = t.lines.map { t.trimmed($0) }
        reasons = Array(repeating: nil, count: t.lines.count)
        dropped = Array(repeating: false, count: t.lines.count)
        var flat: [Unicode.Scalar] = []
        var starts: [Int] = []
        flat.reserveCapacity(t.count)
        for line in t.lines {
            starts.append(flat.count)
            for i in line where !injected[i] && !ScalarText.isSpace(t.scalars[i]) { flat.append(t.scalars[i]) }
        }
        starts.append(flat.count)
        self.flat = flat
        flatStarts = starts
    }

    /// The whitespace-free, spam-free key of line `i`.
    private func key(_ i: Int) -> ArraySlice<Unicode.Scalar> { flat[flatStarts[i]..<flatStarts[i + 1]] }

    /// Whether the line reads as a paragraph of the body.
    private func isBodyLine(_ i: Int) -> Bool {
        let r = contents[i]
        return reasons[i] == nil && r.count >= 25 && classifier.isSentenceLike(r)
    }

    /// Classifies every line.
    mutating func classify(surface: (Range<Int>) -> String) {
        let c = classifier
        var inRelatedList = false
        let firstBody = contents.indices.first { contents[$0].count >= 25 && c.isSentenceLike(contents[$0]) } ?? contents.count
        for i in contents.indices {
            let r = contents[i]
            if r.isEmpty { continue }
            if i > firstBody, let (title, date) = c.datedHeadline(r, dateFirst: true) {
                // Below the body, `2021-07-29 标题` is a related item, not a timestamp.
                reasons[i] = .relatedLinks
                related.append(RelatedHeadline(title: surface(title), date: date.isoDate))
            } else if i < firstBody, c.datedStamp(r) != nil {
                // `江城发布 2024-01-08 12:00` above the text: who posted it, and when.
                reasons[i] = .metadata
                metadataLines.append(r)
            } else if c.isEndMark(r) {
                reasons[i] = .footer
            } else if c.isSeparator(r) || c.isImageFileNames(r) {
                reasons[i] = .other
            } else if c.isRelatedHeader(r) {
                reasons[i] = .relatedLinks
                inRelatedList = true
            } else if let v = c.adjacentArticle(r) {
                reasons[i] = .relatedLinks
                if !v.isEmpty { related.append(RelatedHeadline(title: surface(v))) }
            } else if c.isMetadata(r) {
                reasons[i] = .metadata
                metadataLines.append(r)
                let labels = c.labels(in: r)
                for (k, label) in labels.enumerated() where label.field == .related {
                    let end = k + 1 < labels.count ? labels[k + 1].range.lowerBound : r.upperBound
                    let v = t.trimmed(label.valueStart..<max(label.valueStart, end))
                    if !v.isEmpty { related.append(RelatedHeadline(title: surface(v))) }
                }
            } else if let names = c.bylineNames(r) {
                reasons[i] = .metadata
                bylines.append(names)
            } else if c.isNavigation(r) || c.isBracketRow(r) || c.isCounterRow(r) || c.isBreadcrumb(r) || c.isMenuBar(r) {
                reasons[i] = .navigation
            } else if c.isFooter(r) {
                reasons[i] = .footer
            } else if let (title, date) = c.datedHeadline(r) {
                reasons[i] = .relatedLinks
                related.append(RelatedHeadline(title: surface(title), date: date.isoDate))
            } else if inRelatedList, r.count <= 60, !c.isSentenceLike(r) {
                reasons[i] = .relatedLinks
                related.append(RelatedHeadline(title: surface(r)))
            } else if c.isSentenceLike(r) {
                inRelatedList = false
            }
        }
        findTitle()
        markSeparatorsOfRelatedLists()
    }

    /// Keyword-stuffed lines and stray headlines above the title; duplicates
    /// of the title or the body below it.
    private mutating func findTitle() {
        let bodyStart = contents.indices.first(where: isBodyLine) ?? contents.count
        // Keyword-stuffed lines above the body.
        for i in 0..<bodyStart where reasons[i] == nil && !contents[i].isEmpty {
            let r = contents[i]
            var tokens = 0
            var p = r.lowerBound
            while p < r.upperBound {
                if injected[p] {
                    tokens += 1
                    while p < r.upperBound, injected[p] { p += 1 }
                } else {
                    p += 1
                }
            }
            if classifier.isKeywordStuffed(r, injected: tokens) { reasons[i] = .other }
        }
        let candidates = (0..<bodyStart).filter { reasons[$0] == nil && key($0).count >= 2 && contents[$0].count <= 100 }
        var titleIndex: Int? = nil
        var byEvidence = false
        // A title is repeated below it: as a line, or at the start of one.
        let horizon = min(contents.count, bodyStart + 3)
        // Bounded windows keep this linear on pages without a body.
        search: for i in candidates.prefix(12) {
            let k = key(i)
            // A short key (a site name) must recur as a whole line.
            for j in (i + 1)..<max(i + 1, min(horizon, i + 24)) where k.count >= 8 ? key(j).starts(with: k) : key(j).elementsEqual(k) {
                titleIndex = i
                byEvidence = true
                break search
            }
        }
        if titleIndex == nil, let meta = reasons.firstIndex(where: { $0 == .metadata }),
            var i = candidates.last(where: { $0 < meta })
        {
            // A subtitle (——…) sits under its title.
            while isSubtitle(i), let previous = candidates.last(where: { $0 < i }) { i = previous }
            titleIndex = i
            byEvidence = true
        }
        if titleIndex == nil, let i = candidates.first(where: { !classifier.isSiteName(contents[$0]) }) {
            // No repetition, no metadata: the first line that is not the site's name.
            titleIndex = i
            for j in candidates where j < i { reasons[j] = .navigation }
        }
        if titleIndex == nil { titleIndex = candidates.first }
        if titleIndex == nil, let i = contents.indices.first(where: { reasons[$0] == nil && !contents[$0].isEmpty }),
            contents[i].count <= 60, !t.contains(scalar: "。", in: contents[i])
        {
            // A title with `!` or `?` that reads like a sentence.
            titleIndex = i
        }
        guard let titleIndex else { return }
        title = contents[titleIndex]
        if byEvidence {
            for i in 0..<titleIndex where reasons[i] == nil && !contents[i].isEmpty && !isAboveMetadata(i) { reasons[i] = .other }
        }
        // Duplicates of the title, and lines whose text recurs below them
        // (a title plus a truncated summary, a summary).
        let titleKey = key(titleIndex)
        let limit = min(contents.count, max(bodyStart, titleIndex + 1) + 2, titleIndex + 12)
        for j in (titleIndex + 1)..<max(titleIndex + 1, limit) where reasons[j] == nil && !contents[j].isEmpty {
            var k = key(j)
            if k.elementsEqual(titleKey) {
                reasons[j] = .duplicate
                continue
            }
            var stripped = false
            // `【摘要】…`, `[导读]…`: a bracketed label.
            if let open = k.first, open == "【" || open == "[",
                let close = k.prefix(8).firstIndex(where: { $0 == "】" || $0 == "]" })
            {
                k = k[(close + 1)...]
            }
            if k.starts(with: titleKey), let next = k.dropFirst(titleKey.count).first, [":", "|", "-", "_"].contains(next) {
                k = k.dropFirst(titleKey.count + 1)
                stripped = true
            } else if let label = CleaningLexicon.summaryLabels.first(where: { k.starts(with: $0.unicodeScalars) }),
                k.dropFirst(label.unicodeScalars.count).first == ":"
            {
                k = k.dropFirst(label.unicodeScalars.count + 1)
                stripped = true
            }
            guard stripped || j < bodyStart else { continue }
            while let last = k.last, last == "." || last == "…" { k = k.dropLast() }
            guard k.count >= 12 else { continue }
            let probe = Array(k.prefix(24))
            if Self.find(probe, in: flat, from: flatStarts[j + 1]) { reasons[j] = .duplicate }
        }
    }

    /// The first lines of the body, where an inline byline may sit
    /// (`本报讯(记者 张伟 通讯员 刘洋)…`).
    var leadLines: [Range<Int>] {
        Array(contents.indices.filter { reasons[$0] == nil && !contents[$0].isEmpty && contents[$0] != title }
            .prefix(2).map { contents[$0] })
    }

    /// The kept lines that read as running text.
    var bodyLines: [Range<Int>] {
        contents.indices.filter { reasons[$0] == nil && !dropped[$0] && isBodyLine($0) }.map { contents[$0] }
    }

    /// Whether the next non-empty line below `i` is a dated metadata line or a
    /// byline: a headline there is a title (of this or a pasted article) and
    /// is never dropped as a stray line.
    private func isAboveMetadata(_ i: Int) -> Bool {
        var j = i + 1
        while j < contents.count, contents[j].isEmpty { j += 1 }
        guard j < contents.count, reasons[j] == .metadata else { return false }
        return classifier.bylineNames(contents[j]) != nil
            || DateScanner.dates(in: t, range: contents[j]).contains { $0.year != nil }
    }

    /// Whether line `i` opens with a dash, as subtitles do.
    private func isSubtitle(_ i: Int) -> Bool {
        guard let first = contents[i].first else { return false }
        return t.scalars[first] == "—" || t.scalars[first] == "-"
    }

    /// Separator lines (`-`) between related items belong to the list.
    private mutating func markSeparatorsOfRelatedLists() {
        for i in contents.indices where reasons[i] == .other && classifier.isSeparator(contents[i]) {
            var j = i + 1
            while j < contents.count, contents[j].isEmpty { j += 1 }
            var h = i - 1
            while h >= 0, contents[h].isEmpty { h -= 1 }
            if (j < contents.count && reasons[j] == .relatedLinks) || (h >= 0 && reasons[h] == .relatedLinks) {
                reasons[i] = .relatedLinks
            }
        }
    }

    /// UTF-8 ranges (of the normalised text) to cut for removed lines: each
    /// with its line break and the blank lines after it; removed lines at the
    /// end take the line break before them.
    func lineCuts() -> [Range<Int>] {
        var cuts: [Range<Int>] = []
        let lines = t.lines
        func lineBytes(_ i: Int) -> Range<Int> {
            let start = t.byteOffsets[lines[i].lowerBound]
            let end = i + 1 < lines.count ? t.byteOffsets[lines[i + 1].lowerBound] : t.byteOffsets[t.count]
            return start..<end
        }
        var afterDropped = false
        var lastKept = -1
        var droppedAfterLastKept = false
        for i in lines.indices {
            let gone = reasons[i] != nil || dropped[i]
            if gone {
                cuts.append(lineBytes(i))
                afterDropped = true
                droppedAfterLastKept = true
            } else if contents[i].isEmpty {
                if afterDropped { cuts.append(lineBytes(i)) }
            } else {
                afterDropped = false
                lastKept = i
                droppedAfterLastKept = false
            }
        }
        if droppedAfterLastKept, lastKept >= 0, lastKept + 1 < lines.count {
            let from = t.byteOffsets[lines[lastKept].upperBound]
            cuts.append(from..<t.byteOffsets[t.count])
        }
        return cuts
    }

    /// Whether `needle` occurs in `haystack` at or after `from`.
    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Bool {
        guard let first = needle.first, haystack.count - from >= needle.count else { return false }
        var i = from
        while i <= haystack.count - needle.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
