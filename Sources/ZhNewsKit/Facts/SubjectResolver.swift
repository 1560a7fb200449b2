/// Finds the noun phrase each quantity of a sentence measures or counts.
struct SubjectResolver: Sendable {
    /// The subject of each quantity of `sentence` (same order), as byte ranges
    /// of `sentence.text`; `nil` where the text names none.
    ///
    /// - Parameter antecedent: The subject of the previous fact in the article,
    ///   for an elided subject (`已解决504件`).
    func subjects(in sentence: SentenceQuantities, antecedent: Range<Int>?) -> [Range<Int>?] {
        sentence.quantities.map { _ in nil }  // Placeholder until subject resolution lands.
    }
}
