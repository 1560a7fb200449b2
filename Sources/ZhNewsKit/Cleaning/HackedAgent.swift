/// Recognises a hacked government page whose agent was replaced by a name
/// that is not an institution's (`XX开展秋季病虫害统防统治工作`,
/// `信息来源:XX`, `XX组织技术人员…`), whatever that name is.
///
/// A genuine agent ends in an institution word (`南昌市生态环境局`, `县农业农村局`,
/// `新华社`); a company in business news is not the source of the page it is
/// reported on, and such a page does not speak in the voice of an
/// administration (`全县`, `我市`).
struct HackedAgent: Sendable {
    let t: ScalarText
    let classifier: LineClassifier

    private static let institutionWords = CleaningLexicon.institutionSuffixes + CleaningLexicon.agentEndings
        + CleaningLexicon.outletEndings
    private static let scopes = PhraseTable(CleaningLexicon.administrativeScopes)

    /// Whether the source value `source` also fills the agent slot of the
    /// title and is the subject of three or more sentences of a page written
    /// in an administration's voice, while having no institution word.
    ///
    /// - Complexity: O(n · k) over the body lines, k the length of the name.
    func fillsInstitutionSlot(_ source: Range<Int>, title: Range<Int>?, bodyLines: [Range<Int>]) -> Bool {
        guard (2...8).contains(source.count), let title else { return false }
        let name = Array(t.scalars[source])
        guard name.allSatisfy({ ScalarText.isHan($0) || ScalarText.isAlnum($0) }), name.contains(where: ScalarText.isHan) else {
            return false
        }
        let nameString = t.string(source)
        if Self.institutionWords.contains(where: { nameString.hasSuffix($0) }) { return false }
        // The agent slot of the title: the name, then the rest of the headline.
        guard t.matches(name, at: title.lowerBound), title.count >= name.count + 4,
            ScalarText.isHan(t.scalars[title.lowerBound + name.count])
        else { return false }
        var subjects = 0
        var scoped = false
        for line in bodyLines {
            if !scoped, Self.scopes.occurs(in: t, range: line) { scoped = true }
            for p in t.occurrences(of: name, in: line) {
                let after = p + name.count
                guard after < line.upperBound, ScalarText.isHan(t.scalars[after]) else { continue }
                // A sentence subject opens the line or follows a clause boundary.
                if p == line.lowerBound || [",", "。", ";", ":", "!", "?"].contains(t.scalars[p - 1]) { subjects += 1 }
            }
        }
        return scoped && subjects >= 3
    }
}
