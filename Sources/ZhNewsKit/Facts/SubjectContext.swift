/// What subject resolution remembers from earlier sentences of an article,
/// for elided subjects: the last subject and the last subject per measure word.
///
/// `督察期间共交办群众信访件问题704件。…已解决504件` — the elided subject of
/// `504件` is the last one counted in `件`, not simply the last one.
struct SubjectContext: Sendable {
    /// How many sentences back a same-measure-word subject is still taken.
    var reach = 2

    /// The subject of the last fact with a subject.
    var last: Range<Int>?
    private var byUnit: [String: (subject: Range<Int>, sentence: Int)] = [:]
    private var sentence = 0

    /// A context whose last subject is `antecedent`.
    init(antecedent: Range<Int>? = nil) {
        last = antecedent
    }

    /// The remembered subject for a quantity counted or measured in `unit`.
    func subject(forUnit unit: String?) -> Range<Int>? {
        guard let unit, let entry = byUnit[unit], sentence - entry.sentence <= reach else { return nil }
        return entry.subject
    }

    /// Records the resolved subjects of one sentence and moves to the next.
    mutating func record(_ quantities: [SentenceQuantities.Quantity], subjects: [Range<Int>?]) {
        for (q, subject) in zip(quantities, subjects) {
            guard let subject else { continue }
            last = subject
            if let unit = q.unit, !unit.isEmpty, q.kind == .count || q.kind == .measure {
                byUnit[unit] = (subject, sentence)
            }
        }
        sentence += 1
    }
}
