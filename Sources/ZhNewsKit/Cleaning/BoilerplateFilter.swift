/// Removes injected spam and page furniture from a scraped article, extracting
/// its metadata and recording every removal.
///
/// ```swift
/// let mapped = try Segmenter().normalize(page)
/// let result = BoilerplateFilter().clean(mapped)
/// print(result.metadata.title ?? "untitled")
/// for removal in result.removals {
///     print(removal.reason, removal.codePoints, removal.text)
/// }
/// ```
///
/// The filter works in passes over the normalised text, each linear in its
/// length (see `Docs/Cleaning.md`):
///
/// 1. injected tokens, found from how a candidate string sits in the whole
///    article (`InjectedTokenDetector`);
/// 2. furniture lines by shape and phrase lexicon: separators, image file
///    names, metadata lines and bylines, navigation, breadcrumbs, footers,
///    related lists (`LineClassifier`);
/// 3. position: the body is the run of sentence-like lines; keyword-stuffed
///    lines and stray headlines above the title go, and lines that repeat the
///    title or the body (a title plus summary) are duplicates;
/// 4. inline furniture: pinyin annotations such as `藍(lán)`.
///
/// Every removal is reported with its range in the original input; the clean
/// text is the input with the removals cut out, whole removed lines taking
/// their line break and the blank lines after them with them.
public struct BoilerplateFilter: Sendable {
    /// Creates a filter.
    public init() {}

    /// Cleans a normalised article.
    ///
    /// - Parameter text: The article, normalised, mapped to the original input.
    /// - Returns: The clean text, metadata, related headlines and removals.
    /// - Complexity: O(n) in the length of the text, times the size of the
    ///   (small) phrase tables.
    public func clean(_ text: MappedText) -> CleaningResult {
        let t = ScalarText(text.text)
        let classifier = LineClassifier(t: t)
        var findings = InjectedTokenDetector().findings(in: t)
        let learned = BrandLearner().findings(in: t, pageHasSpam: !findings.spans.isEmpty)
        findings.spans = BrandLearner.union(findings.spans + learned.spans)
        var injected = [Bool](repeating: false, count: t.count)
        for span in findings.spans { for i in span { injected[i] = true } }

        let surface = { (r: Range<Int>) -> String in Self.surface(of: r, in: t, text: text) }
        var layout = PageLayout(t: t, classifier: classifier, injected: injected)
        layout.classify(surface: surface)

        // Inline removals in kept lines.
        var inline: [(Range<Int>, RemovalReason)] = []
        var spanIndex = 0
        for (i, line) in t.lines.enumerated() {
            let content = layout.contents[i]
            var lineInline: [(Range<Int>, RemovalReason)] = []
            while spanIndex < findings.spans.count, findings.spans[spanIndex].lowerBound < line.upperBound {
                let span = findings.spans[spanIndex]
                if span.lowerBound >= line.lowerBound, layout.reasons[i] == nil { lineInline.append((span, .injectedToken)) }
                spanIndex += 1
            }
            if layout.reasons[i] == nil, !content.isEmpty {
                for span in PinyinAnnotation.spans(in: content, of: t) { lineInline.append((span, .other)) }
                let covered = lineInline.reduce(0) { $0 + $1.0.count }
                let nonSpace = content.filter { !ScalarText.isSpace(t.scalars[$0]) }.count
                if !lineInline.isEmpty, covered >= nonSpace { layout.dropped[i] = true }
            }
            inline += lineInline
        }

        // Separators a cut brand leaves at the edge of a title line (`威廉希尔官方网站|…`).
        for separator in learned.separators {
            if let i = t.lines.firstIndex(where: { $0.contains(separator.lowerBound) }), layout.reasons[i] == nil {
                inline.append((separator, .other))
            }
        }

        // Removals as reported, in text order.
        // Removals come in text order, so their starts are converted walking
        // forward; each end is its start plus the removed scalars.
        var cursor = CodePointCursor(text.original)
        var pieces: [(Range<Int>, RemovalReason)] = inline
        for (i, reason) in layout.reasons.enumerated() {
            if let reason { pieces.append((layout.contents[i], reason)) }
        }
        pieces.sort { $0.0.lowerBound < $1.0.lowerBound }
        var removals: [Removal] = []
        removals.reserveCapacity(pieces.count)
        for (range, reason) in pieces where !range.isEmpty {
            let bytes = text.originalUTF8Range(ofUTF8: t.bytes(range))
            let r = text.original.indexRange(ofUTF8: bytes)
            let removed = text.original[r]
            let start = cursor.codePointOffset(ofUTF8: bytes.lowerBound)
            removals.append(
                Removal(
                    text: String(removed), reason: reason, range: r,
                    codePoints: start..<(start + removed.unicodeScalars.count)))
        }

        // Cuts: removed lines with their line breaks and following blank lines.
        var cuts = inline.map { t.bytes($0.0) }
        cuts += layout.lineCuts()
        let clean = text.removing(utf8Ranges: cuts)
        let cleanText = Self.cutting(cuts.map { text.originalUTF8Range(ofUTF8: $0) }, from: text.original)

        let (readMetadata, sourceRange) = MetadataReader(t: t, classifier: classifier, injected: injected).readFields(
            metadataLines: layout.metadataLines, bylines: layout.bylines, leadLines: layout.leadLines, surface: surface)
        var metadata = readMetadata
        if let title = layout.title {
            let kept = Self.ranges(of: title, excluding: findings.spans)
            let words = kept.map(surface).joined()
            // Separators left at either end once spam is cut (`…新进展_开云体育`).
            let trimmed = Self.foldingSpaces(words).trimmingCharacters(in: Self.titleEdges)
            metadata.title = Self.withoutSiteName(trimmed)
            if metadata.title?.isEmpty == true { metadata.title = nil }
        }
        let agentSlot = sourceRange.map {
            HackedAgent(t: t, classifier: classifier).fillsInstitutionSlot($0, title: layout.title, bodyLines: layout.bodyLines)
        } ?? false
        let warnings: [PageWarning] = findings.hackedBrands.isEmpty && !agentSlot ? [] : [.brandReplacesInstitution]
        return CleaningResult(
            metadata: metadata, removals: removals, relatedHeadlines: layout.related, warnings: warnings,
            cleanText: cleanText, clean: clean)
    }

    private static let titleEdges: Set<Character> = ["_", "|", "-", ":", "：", "｜", "＿", " ", "\u{3000}", "\u{A0}"]

    /// Separators between a page title and the site's name, tried from the right.
    private static let siteNameSeparators = ["_", "＿", "|", "｜", " - ", " — ", "——", " -", "- "]

    /// Last words of a site's name (a prior, not a list of sites): 网 site, 网站 website,
    /// 报 paper, 社 agency, 台 station, 刊 periodical, 端 app, 门户 portal, 官网 official site,
    /// 频道 channel, 在线 online, 客户端 client.
    private static let siteNameEndings: [String] = ["网", "网站", "报", "社", "台", "刊", "端", "门户", "官网", "频道", "在线"]

    /// A page title without the site name some pages append to it (`…水环境质量_岳阳市人民政府网`,
    /// `… - 新华网`): the part after the last separator is dropped when it is short, has no
    /// punctuation or digits, and ends like a site's name, and what stays is still a title.
    static func withoutSiteName(_ title: String) -> String {
        for separator in siteNameSeparators {
            guard let start = title.indices.last(where: { title[$0...].hasPrefix(separator) }) else { continue }
            let head = String(title[..<start]).trimmingCharacters(in: titleEdges)
            let site = String(title[title.index(start, offsetBy: separator.count)...]).trimmingCharacters(in: titleEdges)
            guard (2...16).contains(site.count), head.count >= 6,
                site.unicodeScalars.allSatisfy({ $0.properties.isIdeographic || $0 == " " }),
                siteNameEndings.contains(where: { site.hasSuffix($0) })
            else { continue }
            return head
        }
        return title
    }

    /// The original text of a normalised scalar range.
    static func surface(of r: Range<Int>, in t: ScalarText, text: MappedText) -> String {
        guard !r.isEmpty else { return "" }
        let bytes = text.originalUTF8Range(ofUTF8: t.bytes(r))
        return String(text.original[text.original.indexRange(ofUTF8: bytes)])
    }

    /// `r` without the parts covered by `spans` (sorted, disjoint).
    static func ranges(of r: Range<Int>, excluding spans: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var cursor = r.lowerBound
        for s in spans where s.overlaps(r) {
            if s.lowerBound > cursor { result.append(cursor..<s.lowerBound) }
            cursor = max(cursor, s.upperBound)
        }
        if cursor < r.upperBound { result.append(cursor..<r.upperBound) }
        return result
    }

    /// Whitespace runs folded to one space, trimmed.
    static func foldingSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `original` without the given UTF-8 ranges.
    static func cutting(_ ranges: [Range<Int>], from original: String) -> String {
        if ranges.isEmpty { return original }
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        let bytes = Array(original.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        for var r in sorted {
            // A cut that takes a line break takes the `\r` of a `\r\n` with it.
            if r.lowerBound > cursor, r.lowerBound < bytes.count, bytes[r.lowerBound] == 0x0A, bytes[r.lowerBound - 1] == 0x0D {
                r = (r.lowerBound - 1)..<r.upperBound
            }
            if r.lowerBound > cursor { out += bytes[cursor..<min(r.lowerBound, bytes.count)] }
            cursor = max(cursor, r.upperBound)
        }
        if cursor < bytes.count { out += bytes[cursor...] }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }), let end = lastIndex(where: { !set.contains($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
