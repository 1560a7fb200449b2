// The result types written by `JSONWriter`: the same members as their `Encodable`
// conformances, in sorted key order. `JSONWriterTests` compares both on every fixture.

extension RemovalReason: JSONWritable {}
extension PageWarning: JSONWritable {}
extension QuantityKind: JSONWritable {}
extension Qualifier: JSONWritable {}
extension Change: JSONWritable {}

extension Removal: JSONWritable {
    /// Writes `{"end","reason","start","text"}`.
    public func write(to json: inout JSONWriter) {
        json.writeObject { o in
            o.member("end", codePoints.upperBound)
            o.member("reason", reason)
            o.member("start", codePoints.lowerBound)
            o.member("text", text)
        }
    }
}

extension ArticleMetadata: JSONWritable {
    /// Writes every field, absent ones as `null`.
    public func write(to json: inout JSONWriter) {
        json.writeObject { o in
            o.member("author", author)
            o.member("editor", editor)
            o.member("published", published)
            o.member("source", source)
            o.member("title", title)
            o.member("views", views)
        }
    }
}

extension RelatedHeadline: JSONWritable {
    /// Writes `{"date","title"}`, without `date` when it is absent.
    public func write(to json: inout JSONWriter) {
        json.writeObject { o in
            if let date { o.member("date", date) }
            o.member("title", title)
        }
    }
}

extension NumericFact: JSONWritable {
    /// Writes the quantity's members and the fact's own, absent ones as `null`.
    public func write(to json: inout JSONWriter) {
        json.writeObject { o in
            o.member("change", change)
            o.member("end", quantity.codePoints.upperBound)
            o.member("kind", quantity.kind)
            o.member("qualifier", quantity.qualifier)
            o.member("rangeEnd", quantity.rangeEnd)
            o.member("sentence", sentence)
            o.member("start", quantity.codePoints.lowerBound)
            o.member("subject", subject?.text)
            o.member("subjectEnd", subject?.codePoints.upperBound)
            o.member("subjectStart", subject?.codePoints.lowerBound)
            o.member("text", quantity.text)
            o.member("unit", quantity.unit)
            o.member("value", quantity.value)
        }
    }
}

extension ArticleAnalysis: JSONWritable {
    /// The members an analysis writes, in sorted order.
    public static let jsonKeys = ["cleanText", "facts", "metadata", "relatedHeadlines", "removed", "warnings"]

    /// Writes the analysis as `extract --format json` does.
    public func write(to json: inout JSONWriter) {
        write(to: &json, merging: [])
    }

    /// Writes the analysis with extra members alongside its own, all in sorted key order.
    ///
    /// This is the shape of a corpus line: the record's `id` and carried keys next to
    /// the analysis. An extra member named like one of ``jsonKeys`` is left out (the
    /// analysis' own member wins).
    ///
    /// - Parameters:
    ///   - json: The writer.
    ///   - extra: Extra members as key and JSON text, in any order.
    public func write(to json: inout JSONWriter, merging extra: [(key: String, json: [UInt8])]) {
        let extra = extra.filter { !Self.jsonKeys.contains($0.key) }.sorted { $0.key < $1.key }
        json.writeObject { o in
            var next = 0
            func extras(before key: String?) {
                while next < extra.count, key.map({ extra[next].key < $0 }) ?? true {
                    let raw = extra[next].json
                    o.member(extra[next].key) { $0.writeRaw(raw) }
                    next += 1
                }
            }
            extras(before: "cleanText")
            o.member("cleanText", cleanText)
            extras(before: "facts")
            o.member("facts", array: facts)
            extras(before: "metadata")
            o.member("metadata", metadata)
            extras(before: "relatedHeadlines")
            o.member("relatedHeadlines", array: relatedHeadlines)
            extras(before: "removed")
            o.member("removed", array: removals)
            extras(before: "warnings")
            o.member("warnings", array: warnings)
            extras(before: nil)
        }
    }
}
