/// Finds every numeric expression in a text: Arabic and Chinese numerals,
/// multipliers, units, qualifiers, ranges, fractions, ordinals and dates.
public struct NumberParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Every numeric expression of a normalised text, reported in its original.
    public func expressions(in text: MappedText) -> [NumericExpression] {
        []  // Placeholder until the number grammar lands.
    }
}
