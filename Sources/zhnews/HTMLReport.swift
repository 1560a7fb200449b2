import Foundation
import ZhNewsKit

/// Renders an article and its analysis as one self-contained HTML page: the
/// original text with every removal struck through and labelled by reason,
/// every fact highlighted (value, unit, subject on hover), the metadata as a
/// header and a table of facts. Every piece of input text is HTML-escaped.
struct HTMLReport {
    /// The article as given.
    var original: String
    /// What the pipeline found in it.
    var analysis: ArticleAnalysis
    /// A name for the input, shown in the header (a file name or "standard input").
    var sourceName: String

    /// A marked stretch of the original: a removal, a fact or a fact's subject.
    private enum Mark: Hashable {
        case removal(Int)
        case fact(Int)
        case subject(Int)
    }

    /// The complete page.
    func render() -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(Self.escape(analysis.metadata.title ?? sourceName)) — zhnews report</title>\n"
        html += "<style>\n\(Self.css)</style>\n</head>\n<body>\n"
        html += header()
        html += "<section class=\"article\">\n<h2>Article as given</h2>\n<div class=\"text\">"
        html += annotatedText()
        html += "</div>\n</section>\n"
        html += factsTable()
        html += relatedHeadlines()
        html += "</body>\n</html>\n"
        return html
    }

    // MARK: - Header

    private func header() -> String {
        let m = analysis.metadata
        var html = "<header>\n<p class=\"source\">zhnews report · \(Self.escape(sourceName))</p>\n"
        html += "<h1>\(Self.escape(m.title ?? "(no title found)"))</h1>\n<dl class=\"meta\">\n"
        let fields: [(String, String?)] = [
            ("Author", m.author), ("Published", m.published), ("Source", m.source), ("Editor", m.editor),
            ("Views", m.views.map(String.init)),
        ]
        for (label, value) in fields {
            let cls = label == "Published" ? " class=\"time\"" : ""
            html += "<div><dt>\(label)</dt><dd\(cls)>\(value.map(Self.escape) ?? "<span class=\"absent\">—</span>")</dd></div>\n"
        }
        html += "</dl>\n"
        for warning in analysis.warnings {
            html += "<p class=\"warning\">Warning: \(Self.escape(Self.describe(warning)))</p>\n"
        }
        // Legend: removals per reason, then facts.
        var counts: [RemovalReason: Int] = [:]
        for r in analysis.removals { counts[r.reason, default: 0] += 1 }
        html += "<p class=\"legend\">"
        html += "<span class=\"count\">\(analysis.removals.count) removal\(analysis.removals.count == 1 ? "" : "s")</span> "
        for reason in RemovalReason.allCases where counts[reason] != nil {
            html += "<del class=\"removed reason-\(reason.rawValue)\">\(reason.rawValue) × \(counts[reason]!)</del> "
        }
        html += "<mark class=\"fact\">\(analysis.facts.count) fact\(analysis.facts.count == 1 ? "" : "s")</mark> "
        html += "<span class=\"subject\">subject</span>"
        html += "</p>\n</header>\n"
        return html
    }

    private static func describe(_ warning: PageWarning) -> String {
        switch warning {
        case .brandReplacesInstitution:
            return "a spam brand stands where an institution's name should be (hacked page); those words were left in place"
        }
    }

    // MARK: - Annotated text

    /// The original text, cut at every mark boundary; each piece is wrapped
    /// in the marks that cover it (removal outermost, then fact, then subject).
    private func annotatedText() -> String {
        let index = CodePointIndex(original)
        let length = original.utf8.count
        func bytes(_ codePoints: Range<Int>) -> Range<Int> {
            let lo = min(index.utf8Offset(ofCodePoint: codePoints.lowerBound), length)
            let hi = min(max(lo, index.utf8Offset(ofCodePoint: codePoints.upperBound)), length)
            return lo..<hi
        }
        var spans: [(Range<Int>, Mark)] = []
        for (i, r) in analysis.removals.enumerated() { spans.append((bytes(r.codePoints), .removal(i))) }
        for (i, f) in analysis.facts.enumerated() {
            spans.append((bytes(f.codePoints), .fact(i)))
            if let s = f.subject { spans.append((bytes(s.codePoints), .subject(i))) }
        }
        spans.removeAll { $0.0.isEmpty }
        // Sweep over the boundaries, keeping the marks that cover the current piece.
        var starts: [Int: [Mark]] = [:]
        var ends: [Int: [Mark]] = [:]
        var cuts: Set<Int> = [0, length]
        for (range, mark) in spans {
            starts[range.lowerBound, default: []].append(mark)
            ends[range.upperBound, default: []].append(mark)
            cuts.insert(range.lowerBound)
            cuts.insert(range.upperBound)
        }
        let ordered = cuts.sorted()
        let spanOf = Dictionary(spans.map { ($0.1, $0.0) }, uniquingKeysWith: { a, _ in a })
        var active: Set<Mark> = []
        var opened: Set<Mark> = []  // marks whose first piece has been written
        var html = ""
        let utf8 = Array(original.utf8)
        for (a, b) in zip(ordered, ordered.dropFirst()) {
            for m in ends[a] ?? [] { active.remove(m) }
            for m in starts[a] ?? [] { active.insert(m) }
            let piece = Self.escape(String(decoding: utf8[a..<b], as: UTF8.self))
            var open = ""
            var close = ""
            // The removal with the lowest index covers the piece (removals should not overlap).
            if let removal = active.compactMap({ if case .removal(let i) = $0 { i } else { nil } }).min() {
                let r = analysis.removals[removal]
                let isLast = spanOf[.removal(removal)]?.upperBound == b
                let reason = r.reason.rawValue
                open += "<del class=\"removed reason-\(reason)\(isLast ? " last" : "")\" data-removal=\"\(removal)\""
                open += " data-reason=\"\(reason)\" title=\"removed: \(reason)\">"
                close = "</del>" + close
            }
            for fact in active.compactMap({ if case .fact(let i) = $0 { i } else { nil } }).sorted() {
                let first = !opened.contains(.fact(fact))
                opened.insert(.fact(fact))
                let kind = analysis.facts[fact].kind.rawValue
                open += "<mark class=\"fact kind-\(kind)\"\(first ? " id=\"fact-\(fact)\"" : "") data-fact=\"\(fact)\""
                open += " title=\"\(Self.escape(tooltip(fact)))\">"
                close = "</mark>" + close
                if spanOf[.fact(fact)]?.upperBound == b {
                    close += "<sup class=\"ref\"><a href=\"#row-\(fact)\">\(fact + 1)</a></sup>"
                }
            }
            for fact in active.compactMap({ if case .subject(let i) = $0 { i } else { nil } }).sorted() {
                open += "<span class=\"subject\" title=\"subject of fact \(fact + 1) (\(Self.escape(analysis.facts[fact].text)))\">"
                close = "</span>" + close
            }
            html += open + piece + close
        }
        return html
    }

    /// Hover text of a fact: value, unit, qualifier, change and subject.
    private func tooltip(_ i: Int) -> String {
        let f = analysis.facts[i]
        var lines = ["fact \(i + 1): \(f.text)", "kind: \(f.kind.rawValue)", "value: \(Self.format(f.value))"]
        if let unit = f.unit { lines.append("unit: \(unit)") }
        if let q = f.qualifier { lines.append("qualifier: \(q.rawValue)") }
        if let end = f.rangeEnd { lines.append("range end: \(Self.format(end))") }
        if let c = f.change { lines.append("change: \(c.rawValue)") }
        lines.append("subject: \(f.subject?.text ?? "—")")
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Decimal) -> String { "\(value)" }

    // MARK: - Tables

    private func factsTable() -> String {
        var html = "<section class=\"facts\">\n<h2>Facts</h2>\n"
        if analysis.facts.isEmpty { return html + "<p class=\"absent\">No facts found.</p>\n</section>\n" }
        html += "<table>\n<thead><tr><th>#</th><th>text</th><th>kind</th><th>value</th><th>unit</th>"
        html += "<th>qualifier</th><th>change</th><th>subject</th><th>offsets</th></tr></thead>\n<tbody>\n"
        for (i, f) in analysis.facts.enumerated() {
            var qualifier = f.qualifier?.rawValue ?? ""
            if let end = f.rangeEnd { qualifier += " … \(Self.format(end))" }
            html += "<tr id=\"row-\(i)\"><td><a href=\"#fact-\(i)\">\(i + 1)</a></td>"
            html += "<td class=\"zh\">\(Self.escape(f.text))</td><td>\(f.kind.rawValue)</td>"
            html += "<td class=\"num\">\(Self.escape(Self.format(f.value)))</td><td>\(Self.escape(f.unit ?? ""))</td>"
            html += "<td>\(Self.escape(qualifier))</td><td>\(f.change?.rawValue ?? "")</td>"
            html += "<td class=\"zh\">\(f.subject.map { Self.escape($0.text) } ?? "<span class=\"absent\">—</span>")</td>"
            html += "<td class=\"num\">\(f.codePoints.lowerBound)–\(f.codePoints.upperBound)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private func relatedHeadlines() -> String {
        guard !analysis.relatedHeadlines.isEmpty else { return "" }
        var html = "<section class=\"related\">\n<h2>Related headlines on the page</h2>\n<ul>\n"
        for h in analysis.relatedHeadlines {
            html += "<li>\(Self.escape(h.title))\(h.date.map { " <span class=\"date\">\(Self.escape($0))</span>" } ?? "")</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    // MARK: - Escaping and style

    /// `text` with `& < > " '` replaced by character references (safe in text and attribute values).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let css = """
        :root { --ink: #1d232a; --muted: #6a737d; --rule: #d8dee4; }
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
               color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.7; }
        header { border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; }
        .source { color: var(--muted); font-size: .85rem; margin: 0; }
        h1 { font-size: 1.6rem; margin: .3rem 0 .8rem; }
        h2 { font-size: 1.1rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
        dl.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .2rem 1.5rem; margin: 0 0 .8rem; }
        dl.meta div { display: flex; gap: .5rem; }
        dt { color: var(--muted); min-width: 5rem; }
        dd { margin: 0; overflow-wrap: anywhere; }
        dd.time { white-space: nowrap; }
        .absent { color: var(--muted); }
        .warning { background: #fff4d6; border-left: 4px solid #e0a800; padding: .3rem .6rem; }
        .legend { font-size: .9rem; }
        .legend > * { margin-right: .4rem; }
        .text { white-space: pre-wrap; font-size: 1.02rem; }
        del.removed { text-decoration: line-through 2px; color: #8a3b3b; background: #fbe9e9; }
        del.removed.last::after { content: attr(data-reason); font-size: .65rem; vertical-align: super;
               text-decoration: none; display: inline-block; margin-left: .15rem; padding: 0 .25rem;
               border-radius: .2rem; color: #fff; background: #a33; line-height: 1.3; }
        del.reason-injectedToken { background: #f9d5d5; }
        del.reason-injectedToken.last::after { background: #b0002a; }
        del.reason-navigation.last::after { background: #6b4fa3; }
        del.reason-metadata.last::after { background: #2f6f9f; }
        del.reason-relatedLinks.last::after { background: #8a6d1f; }
        del.reason-duplicate.last::after { background: #5c6b73; }
        del.reason-footer.last::after { background: #3d7a4a; }
        del.reason-other.last::after { background: #777; }
        mark.fact { background: #ffe58a; border-bottom: 2px solid #d4a200; padding: 0 .05rem; cursor: help; }
        mark.kind-money { background: #c9f0cf; border-bottom-color: #2e9b45; }
        mark.kind-percentage, mark.kind-percentagePoint, mark.kind-ratio { background: #cfe6ff; border-bottom-color: #2f7bd6; }
        mark.kind-measure { background: #f1dcff; border-bottom-color: #8a3fc4; }
        .subject { text-decoration: underline dotted 2px #d06a00; text-underline-offset: .25em; cursor: help; }
        sup.ref { font-size: .6rem; margin-left: .05rem; }
        sup.ref a { color: #7a5b00; text-decoration: none; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f3f5f7; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr:target { background: #fff8d0; }
        .related li .date { color: var(--muted); font-size: .85rem; }

        """
}
