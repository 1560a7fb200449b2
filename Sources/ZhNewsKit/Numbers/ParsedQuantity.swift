import Foundation

/// A quantity found by ``NumberScanner``, in scalar offsets of the scanned
/// text, with the details fact selection looks at.
struct ParsedQuantity: Sendable, Hashable {
    /// First scalar of the expression (prefix words included).
    var start: Int
    /// One past its last scalar (unit and suffix words included).
    var end: Int
    /// What kind of quantity it is.
    var kind: QuantityKind
    /// The value with multipliers and unit scale applied.
    var value: Decimal
    /// The reported unit.
    var unit: String?
    /// Bounds or approximation.
    var qualifier: Qualifier?
    /// The upper end of a range.
    var rangeEnd: Decimal?
    /// The scalars of the number itself (no prefix word, sign or unit).
    var numeral: Range<Int>
    /// Whether the number is written only with Chinese numerals.
    var isChinese: Bool
    /// The unit or classifier as written (normalised), if any.
    var unitSurface: String?
    /// The factor multipliers and the unit folded into ``value`` (`5万元` → 10000).
    var multiplier: Decimal = 1
    /// Whether the number is an approximate numeral such as `上千`, `数十` or
    /// `几百` (the approximating character is part of the expression).
    var isApproximateNumeral = false
}
