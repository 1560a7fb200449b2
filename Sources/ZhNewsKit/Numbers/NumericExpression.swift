public import Foundation

/// What kind of quantity a numeric expression or fact is.
public enum QuantityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// `84.4%`, `百分之三十`.
    case percentage
    /// `2个百分点`.
    case percentagePoint
    /// A number with a measure word: `18名`, `686家`, `131人次`.
    case count
    /// An amount of money: `2.53亿元`, `3万美元`.
    case money
    /// A physical measure or duration: `623公顷`, `1.2万吨`, `3天`.
    case measure
    /// A fraction reported as a share: `三分之一` (value in %).
    case ratio
    /// A rank: `第三`, `排名第二`.
    case ordinal
    /// A bare number (only from ``NumberParser``).
    case number
    /// A fraction written as such: `1/3` (only from ``NumberParser``).
    case fraction
    /// A calendar date, year or time (only from ``NumberParser``; never a fact).
    case date
    /// Any other quantity.
    case other
}

/// How a quantity is bounded or approximated by the words around it.
public enum Qualifier: String, Sendable, Hashable, Codable, CaseIterable {
    /// 近, 约, 左右, 大约.
    case approximately
    /// 超过, 逾, 余, 多.
    case moreThan
    /// 以上.
    case atLeast
    /// 不到, 不足.
    case lessThan
    /// 以下.
    case atMost
    /// A range such as `5%—8%` (the upper end is in `rangeEnd`).
    case range
}

/// Whether a quantity is reported as a rise or a fall.
public enum Change: String, Sendable, Hashable, Codable, CaseIterable {
    /// 增长, 提升, 上升, 提高, 增加 …
    case increase
    /// 下降, 减少, 降低, 下滑 …
    case decrease
}

/// A numeric expression found in text, with its normalised value and unit.
public struct NumericExpression: Sendable, Hashable {
    /// The expression as written in the original input (number, unit and attached qualifier words).
    public var text: String
    /// What kind of quantity it is.
    public var kind: QuantityKind
    /// The value with multipliers applied (`2.53亿元` → 253000000, `84.4%` → 84.4).
    public var value: Decimal
    /// The unit: `%`, `pp`, an ISO currency code, the measure word, or the base unit of a measure.
    public var unit: String?
    /// Bounds or approximation words attached to it.
    public var qualifier: Qualifier?
    /// The upper end of a range.
    public var rangeEnd: Decimal?
    /// Where it lies in the original input.
    public var range: Range<String.Index>
    /// Unicode code point offsets of ``range`` in the original input.
    public var codePoints: Range<Int>
    /// UTF-8 byte range in the analysed (normalised) text it was found in.
    public var analysedRange: Range<Int>

    /// Creates a numeric expression.
    public init(
        text: String, kind: QuantityKind, value: Decimal, unit: String?, qualifier: Qualifier?,
        rangeEnd: Decimal?, range: Range<String.Index>, codePoints: Range<Int>, analysedRange: Range<Int>
    ) {
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.rangeEnd = rangeEnd
        self.range = range
        self.codePoints = codePoints
        self.analysedRange = analysedRange
    }
}

extension NumericExpression: Codable {
    private enum CodingKeys: String, CodingKey { case kind, value, unit, qualifier, rangeEnd }

    public init(from decoder: any Decoder) throws {
        (text, range, codePoints) = try SpanCoding.decode(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(QuantityKind.self, forKey: .kind)
        value = try c.decode(Decimal.self, forKey: .value)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        qualifier = try c.decodeIfPresent(Qualifier.self, forKey: .qualifier)
        rangeEnd = try c.decodeIfPresent(Decimal.self, forKey: .rangeEnd)
        analysedRange = 0..<text.utf8.count
    }

    public func encode(to encoder: any Encoder) throws {
        try SpanCoding.encode(text: text, codePoints: codePoints, to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(rangeEnd, forKey: .rangeEnd)
    }
}
