/// Why a piece of the input was removed from the clean text.
public enum RemovalReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// Black-hat SEO spam pasted into the text (`JN江南体育`).
    case injectedToken
    /// Navigation and page widgets: `[返回]`, `搜索`, breadcrumbs, share/print links.
    case navigation
    /// Metadata lines: author, publish time, source, views, bylines.
    case metadata
    /// A list of related headlines and its separators.
    case relatedLinks
    /// A repeat of the title or summary.
    case duplicate
    /// Footers: ICP numbers, copyright, 主办单位, hotlines, QR-code prompts.
    case footer
    /// Other page furniture: keyword-stuffed lines, image file names, separators.
    case other
}

/// One piece of the input that the cleaner removed, and why.
public struct Removal: Sendable, Hashable, Codable {
    /// The removed text as written in the input.
    public var text: String
    /// Why it was removed.
    public var reason: RemovalReason
    /// Where it lies in the original input.
    public var range: Range<String.Index>
    /// Unicode code point offsets of ``range`` in the original input.
    public var codePoints: Range<Int>

    /// Creates a removal.
    public init(text: String, reason: RemovalReason, range: Range<String.Index>, codePoints: Range<Int>) {
        self.text = text
        self.reason = reason
        self.range = range
        self.codePoints = codePoints
    }

    private enum CodingKeys: String, CodingKey { case reason }

    public init(from decoder: any Decoder) throws {
        (text, range, codePoints) = try SpanCoding.decode(from: decoder)
        reason = try decoder.container(keyedBy: CodingKeys.self).decode(RemovalReason.self, forKey: .reason)
    }

    public func encode(to encoder: any Encoder) throws {
        try SpanCoding.encode(text: text, codePoints: codePoints, to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reason, forKey: .reason)
    }
}

/// What the page says about the article.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    /// The article title, with injected spam removed.
    public var title: String?
    /// Author(s) as written, several joined with `、`; role words dropped.
    public var author: String?
    /// Publish time, ISO 8601 local: `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DD`.
    public var published: String?
    /// Where the article comes from (来源, 文章来源).
    public var source: String?
    /// The editor (编辑, 责任编辑), when given.
    public var editor: String?
    /// The view count, when the page shows one.
    public var views: Int?

    /// Creates metadata; every field defaults to absent.
    public init(
        title: String? = nil, author: String? = nil, published: String? = nil, source: String? = nil,
        editor: String? = nil, views: Int? = nil
    ) {
        self.title = title
        self.author = author
        self.published = published
        self.source = source
        self.editor = editor
        self.views = views
    }

    private enum CodingKeys: String, CodingKey { case title, author, published, source, editor, views }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(author, forKey: .author)
        try c.encode(published, forKey: .published)
        try c.encode(source, forKey: .source)
        try c.encode(editor, forKey: .editor)
        try c.encode(views, forKey: .views)
    }
}

/// A related headline listed on the page (not part of the article).
public struct RelatedHeadline: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String
    /// Its date as `YYYY-MM-DD`, when the list gives one.
    public var date: String?

    /// Creates a related headline.
    public init(title: String, date: String? = nil) {
        self.title = title
        self.date = date
    }
}

/// Something about the page as a whole that a reader of the data should know.
public enum PageWarning: String, Sendable, Hashable, Codable {
    /// A spam brand stands where an institution's name should be throughout
    /// the page (a hacked page); the words were left in place.
    case brandReplacesInstitution
}

/// The cleaner's output.
public struct CleaningResult: Sendable {
    /// Metadata found in metadata lines and the title.
    public var metadata: ArticleMetadata
    /// Every removal, in text order.
    public var removals: [Removal]
    /// Related headlines found in related-link lists.
    public var relatedHeadlines: [RelatedHeadline]
    /// Page-level warnings.
    public var warnings: [PageWarning]
    /// The clean article as written: the input with every removal cut out.
    public var cleanText: String
    /// The clean article, normalised, mapped back to the input: what fact
    /// extraction runs on.
    public var clean: MappedText

    /// Creates a cleaning result.
    public init(
        metadata: ArticleMetadata, removals: [Removal], relatedHeadlines: [RelatedHeadline],
        warnings: [PageWarning], cleanText: String, clean: MappedText
    ) {
        self.metadata = metadata
        self.removals = removals
        self.relatedHeadlines = relatedHeadlines
        self.warnings = warnings
        self.cleanText = cleanText
        self.clean = clean
    }
}
