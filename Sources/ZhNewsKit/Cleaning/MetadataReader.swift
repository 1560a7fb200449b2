/// Reads the article's metadata from the lines the cleaner classified as
/// metadata (never from related lists or the body).
struct MetadataReader: Sendable {
    let t: ScalarText
    let classifier: LineClassifier

    /// The metadata of an article.
    ///
    /// - Parameters:
    ///   - metadataLines: Content ranges of metadata lines, in text order.
    ///   - bylines: Name ranges of byline lines, in text order.
    ///   - surface: The text of a normalised range as written in the original.
    /// - Returns: Author, publish time, source, editor and views (no title).
    func read(
        metadataLines: [Range<Int>], bylines: [[Range<Int>]], surface: (Range<Int>) -> String
    ) -> ArticleMetadata {
        var meta = ArticleMetadata()
        var reporters: [String] = []
        var bareDate: String? = nil
        for line in metadataLines {
            let labels = classifier.labels(in: line)
            for (k, label) in labels.enumerated() {
                let end = k + 1 < labels.count ? labels[k + 1].range.lowerBound : line.upperBound
                let value = t.trimmed(label.valueStart..<max(label.valueStart, end))
                switch label.field {
                case .source:
                    if meta.source == nil, let v = word(value) { meta.source = surface(v) }
                case .author:
                    if meta.author == nil, let v = word(value) { meta.author = surface(v) }
                case .editor:
                    if meta.editor == nil, let v = word(value) { meta.editor = surface(v) }
                case .reporter:
                    if let v = word(value) { reporters.append(surface(v)) }
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
            if bareDate == nil, let d = DateScanner.dates(in: t, range: line).first(where: { $0.year != nil }) {
                bareDate = d.iso
            }
        }
        if meta.published == nil { meta.published = bareDate }
        if meta.author == nil {
            let names = reporters + bylines.flatMap { $0.map(surface) }
            if !names.isEmpty { meta.author = names.joined(separator: "、") }
        }
        return meta
    }

    /// A value cut at its first space or bracket; nil when empty.
    private func word(_ r: Range<Int>) -> Range<Int>? {
        var end = r.lowerBound
        while end < r.upperBound, !Self.stops.contains(t.scalars[end]) { end += 1 }
        return end > r.lowerBound ? r.lowerBound..<end : nil
    }

    private static let stops: Set<Unicode.Scalar> = [" ", "|", "【", "】", "[", "]", "(", ")", "\t"]

    private func number(_ r: Range<Int>) -> Int? {
        var value = 0, digits = 0
        for i in r {
            let s = t.scalars[i]
            if ScalarText.isDigit(s) {
                value = value * 10 + Int(s.value - 0x30)
                digits += 1
            } else if s == "," && digits > 0 {
                continue
            } else if digits > 0 {
                break
            }
        }
        return digits > 0 && digits < 12 ? value : nil
    }
}
