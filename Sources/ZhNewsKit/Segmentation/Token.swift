/// What a word token is, derived from ICU's rule status and ZhNewsKit's post-pass.
public enum TokenKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Han characters (ICU dictionary words).
    case ideographic
    /// Digits, possibly with a sign, a decimal point or thousands separators
    /// (`84.4`, `2,300`, `-5`), or a bare Chinese numeral (`三十`).
    case number
    /// Latin or other alphabetic letters (`VOCs`).
    case letter
    /// Japanese kana.
    case kana
    /// Punctuation marks.
    case punctuation
    /// Spaces, tabs and line breaks.
    case whitespace
    /// Symbols, emoji and anything else ICU gives no word status.
    case symbol
    /// A number merged with its multiplier, unit or measure word
    /// (`2.53亿元`, `84.4%`, `三千五百万元`, `18名`, `百分之三十`).
    case quantity
    /// A calendar date, month range, quarter or time of day merged into one
    /// token (`2019年5月6日`, `2024-06-21`, `1—3月份`, `2021年一季度`, `22:02:09`).
    case date
    /// A code or name mixing letters and digits (`PM2.5`, `COVID-19`, `5G`).
    case code
    /// An entry of the segmenter's user lexicon (`碳达峰`).
    case lexicon
}

/// A word-level token with its position in the original input.
public struct Token: Sendable, Hashable, Codable {
    /// The token as written in the original input.
    public var text: String
    /// What the token is.
    public var kind: TokenKind
    /// Where the token lies in the original input.
    public var range: Range<String.Index>
    /// Unicode code point offsets of ``range`` in the original input.
    public var codePoints: Range<Int>

    /// Creates a token.
    public init(text: String, kind: TokenKind, range: Range<String.Index>, codePoints: Range<Int>) {
        self.text = text
        self.kind = kind
        self.range = range
        self.codePoints = codePoints
    }

    private enum CodingKeys: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        (text, range, codePoints) = try SpanCoding.decode(from: decoder)
        kind = try decoder.container(keyedBy: CodingKeys.self).decode(TokenKind.self, forKey: .kind)
    }

    public func encode(to encoder: any Encoder) throws {
        try SpanCoding.encode(text: text, codePoints: codePoints, to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
    }
}

/// A sentence with its position in the original input.
public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence as written in the original input, trailing whitespace included.
    public var text: String
    /// Where the sentence lies in the original input.
    public var range: Range<String.Index>
    /// Unicode code point offsets of ``range`` in the original input.
    public var codePoints: Range<Int>

    /// Creates a sentence.
    public init(text: String, range: Range<String.Index>, codePoints: Range<Int>) {
        self.text = text
        self.range = range
        self.codePoints = codePoints
    }

    private enum CodingKeys: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        (text, range, codePoints) = try SpanCoding.decode(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try SpanCoding.encode(text: text, codePoints: codePoints, to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("sentence", forKey: .kind)
    }
}
