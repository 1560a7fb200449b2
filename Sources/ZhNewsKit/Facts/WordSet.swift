/// A set of words asked about by their text, as the word lists of
/// ``SubjectLexicon`` are: plain words (see ``LexiconKey/isPlain(_:)``) are
/// looked up by their bytes, without building and hashing a string.
///
/// Membership is `String` equality, as for a `Set<String>`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The words.
    let all: Set<String>
    /// The words keyed by their bytes, when every word is plain and fits a key; `nil` otherwise.
    private let plainKeys: LexiconTable<Bool>?

    init(_ words: some Sequence<String>) {
        all = Set(words)
        var keys: [(LexiconKey, Bool)] = []
        for word in all {
            guard LexiconKey.isPlain(word.utf8), let key = LexiconKey(word.utf8) else {
                plainKeys = nil
                return
            }
            keys.append((key, true))
        }
        plainKeys = LexiconTable(keys)
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is one of the words.
    ///
    /// - Complexity: O(n) in the word's length.
    func contains(_ word: some StringProtocol) -> Bool {
        if let plainKeys, LexiconKey.isPlain(word.utf8) {
            // Plain text equals a plain word exactly when the bytes are equal.
            guard let key = LexiconKey(word.utf8) else { return false }
            return plainKeys[key] != nil
        }
        return all.contains(String(word))
    }
}
