/// One sentence of the analysed (normalised, clean) text with the quantities
/// found in it: the input of subject and change resolution.
///
/// All ranges are UTF-8 byte ranges of ``text``.
struct SentenceQuantities: Sendable {
    /// A quantity inside the sentence.
    struct Quantity: Sendable, Hashable {
        /// Its bytes in ``SentenceQuantities/text`` (number, unit and attached qualifier words).
        var bytes: Range<Int>
        /// Its kind.
        var kind: QuantityKind
        /// Its unit, if any.
        var unit: String?
    }

    /// The whole analysed text.
    var text: String
    /// The sentence's bytes in ``text``.
    var sentence: Range<Int>
    /// The sentence's word pieces (after the segmenter's post-pass), in order.
    var words: [WordPiece]
    /// The quantities of the sentence that are facts, in text order.
    var quantities: [Quantity]
}
