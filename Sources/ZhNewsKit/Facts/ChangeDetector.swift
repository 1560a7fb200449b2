/// Decides whether each quantity of a sentence is reported as a rise or a fall.
struct ChangeDetector: Sendable {
    /// The change of each quantity of `sentence` (same order).
    func changes(in sentence: SentenceQuantities) -> [Change?] {
        sentence.quantities.map { _ in nil }  // Placeholder until change detection lands.
    }
}
