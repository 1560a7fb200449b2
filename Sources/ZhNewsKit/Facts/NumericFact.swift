public import Foundation

/// A noun phrase of the text that a quantity measures or counts.
public struct Subject: Sendable, Hashable {
    /// The phrase as written in the original input.
    public var text: String
    /// Where it lies in the original input.
    public var range: Range<String.Index>
    /// Unicode code point offsets of ``range`` in the original input.
    public var codePoints: Range<Int>

    /// Creates a subject.
    public init(text: String, range: Range<String.Index>, codePoints: Range<Int>) {
        self.text = text
        self.range = range
        self.codePoints = codePoints
    }
}

/// A quantity a reader would call a fact: value, unit, qualifier, change and subject.
public struct NumericFact: Sendable, Hashable {
    /// The quantity itself.
    public var quantity: NumericExpression
    /// Whether it is reported as a rise or a fall.
    public var change: Change?
    /// What it measures or counts.
    public var subject: Subject?
    /// The sentence it occurs in, as written in the original input.
    public var sentence: String

    /// Creates a fact.
    public init(quantity: NumericExpression, change: Change?, subject: Subject?, sentence: String) {
        self.quantity = quantity
        self.change = change
        self.subject = subject
        self.sentence = sentence
    }

    /// The surface text of the quantity.
    public var text: String { quantity.text }
    /// What kind of quantity it is.
    public var kind: QuantityKind { quantity.kind }
    /// The normalised value.
    public var value: Decimal { quantity.value }
    /// The unit.
    public var unit: String? { quantity.unit }
    /// Bounds or approximation.
    public var qualifier: Qualifier? { quantity.qualifier }
    /// The upper end of a range.
    public var rangeEnd: Decimal? { quantity.rangeEnd }
    /// Where the quantity lies in the original input.
    public var range: Range<String.Index> { quantity.range }
    /// Unicode code point offsets of the quantity in the original input.
    public var codePoints: Range<Int> { quantity.codePoints }
}

extension NumericFact: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, start, end, kind, value, unit, qualifier, rangeEnd, change, subject, subjectStart, subjectEnd, sentence
    }

    public init(from decoder: any Decoder) throws {
        quantity = try NumericExpression(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        change = try c.decodeIfPresent(Change.self, forKey: .change)
        sentence = try c.decodeIfPresent(String.self, forKey: .sentence) ?? ""
        if let s = try c.decodeIfPresent(String.self, forKey: .subject) {
            let start = try c.decodeIfPresent(Int.self, forKey: .subjectStart) ?? 0
            let end = try c.decodeIfPresent(Int.self, forKey: .subjectEnd) ?? start
            subject = Subject(text: s, range: s.startIndex..<s.endIndex, codePoints: start..<end)
        } else {
            subject = nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try quantity.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(change, forKey: .change)
        try c.encode(subject?.text, forKey: .subject)
        try c.encode(subject?.codePoints.lowerBound, forKey: .subjectStart)
        try c.encode(subject?.codePoints.upperBound, forKey: .subjectEnd)
        try c.encode(sentence, forKey: .sentence)
    }
}
