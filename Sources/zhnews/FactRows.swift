import Foundation
import ZhNewsKit

/// The CSV and table renderings of an analysis.
enum FactRows {
    /// The CSV header of `extract --format csv`: one row per fact.
    static let csvHeader = CSVWriter.row([
        "id", "subject", "value", "unit", "kind", "qualifier", "rangeEnd", "change", "text", "start", "end", "sentence",
    ])

    /// One CSV row per fact of `analysis`, identified by `id`.
    static func csv(_ analysis: ArticleAnalysis, id: String) -> String {
        analysis.facts.map { fact in
            CSVWriter.row([
                id, fact.subject?.text ?? "", "\(fact.value)", fact.unit ?? "", fact.kind.rawValue,
                fact.qualifier?.rawValue ?? "", fact.rangeEnd.map { "\($0)" } ?? "", fact.change?.rawValue ?? "",
                fact.text, "\(fact.codePoints.lowerBound)", "\(fact.codePoints.upperBound)", fact.sentence,
            ])
        }.joined()
    }

    /// A human-readable summary: metadata, removals and a table of facts.
    static func table(_ analysis: ArticleAnalysis, name: String) -> String {
        let m = analysis.metadata
        var out = "== \(name)\n"
        let fields = [("title", m.title), ("author", m.author), ("published", m.published), ("source", m.source)]
        for (label, value) in fields { out += "\(label): \(value ?? "—")\n" }
        var reasons: [String: Int] = [:]
        for removal in analysis.removals { reasons[removal.reason.rawValue, default: 0] += 1 }
        let summary = reasons.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        out += "removed: \(analysis.removals.count)\(summary.isEmpty ? "" : " (\(summary))")\n"
        out += "facts: \(analysis.facts.count)\n"
        guard !analysis.facts.isEmpty else { return out }
        var table = TextTable(headers: ["subject", "value", "unit", "kind", "qualifier", "change", "text", "start"])
        for fact in analysis.facts {
            table.append([
                fact.subject?.text ?? "—", "\(fact.value)", fact.unit ?? "", fact.kind.rawValue,
                qualifierText(fact.quantity), fact.change?.rawValue ?? "", fact.text, "\(fact.codePoints.lowerBound)",
            ])
        }
        return out + "\n" + table.render()
    }

    static func qualifierText(_ q: NumericExpression) -> String {
        guard let qualifier = q.qualifier else { return "" }
        if qualifier == .range, let end = q.rangeEnd { return "range to \(end)" }
        return qualifier.rawValue
    }
}
