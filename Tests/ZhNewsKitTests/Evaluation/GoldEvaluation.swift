import Foundation
import ZhNewsKit

/// The project's evaluation metrics, computed the way the scorer computes them.
///
/// The scorer (a standard-library Python script described in `Docs/Fixtures.md`) runs
/// `zhnews extract --format json` on each gold file's text and compares the output with
/// the gold annotations. This is a port of its metrics that runs ``Pipeline`` in
/// process, so that tests can report (and later hold) the same figures without a
/// release build:
///
/// - spam recall, and `injectedToken` false positives (removals and characters that
///   reach outside every gold spam occurrence);
/// - boilerplate-line recall (gold lines that are no longer a whole line of `cleanText`,
///   compared with all whitespace removed);
/// - mustKeep survival (verbatim substrings of `cleanText`);
/// - metadata accuracy over non-null gold fields (`published` by date, or by date and
///   time when the gold has a time);
/// - fact precision and recall: a prediction matches a gold fact when the spans overlap,
///   the values agree within 1e-4 relative and the units agree after ``unitAliases``;
///   greedy one-to-one matching, largest overlap first; among matches, kind, qualifier
///   (with `rangeEnd` for ranges), change, and subject strict / lenient (containment,
///   or a longest common subsequence of at least 0.6 of the gold length).
///
/// All offsets and lengths are in Unicode code points, like the JSON contract.
enum GoldEvaluation {
    // MARK: - Input

    /// A gold file: an article and its annotations.
    struct Gold: Decodable, Sendable {
        var id: String
        var text: String
        var spam: [String]
        var boilerplateLines: [String]
        var mustKeep: [String]
        var metadata: Metadata
        var facts: [Fact]

        private enum CodingKeys: String, CodingKey { case id, text, spam, boilerplateLines, mustKeep, metadata, facts }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decodeIfPresent(String.self, forKey: .id) ?? ""
            text = try c.decode(String.self, forKey: .text)
            spam = try c.decodeIfPresent([String].self, forKey: .spam) ?? []
            boilerplateLines = try c.decodeIfPresent([String].self, forKey: .boilerplateLines) ?? []
            mustKeep = try c.decodeIfPresent([String].self, forKey: .mustKeep) ?? []
            metadata = try c.decodeIfPresent(Metadata.self, forKey: .metadata) ?? Metadata()
            facts = try c.decodeIfPresent([Fact].self, forKey: .facts) ?? []
        }
    }

    /// The four scored metadata fields; anything that is not a string reads as absent.
    struct Metadata: Decodable, Sendable, Equatable {
        var title: String?
        var author: String?
        var published: String?
        var source: String?

        /// The scored fields, in the scorer's order.
        enum Field: String, CaseIterable, Sendable { case title, author, published, source }

        /// The value of one scored field.
        subscript(field: Field) -> String? {
            switch field {
            case .title: title
            case .author: author
            case .published: published
            case .source: source
            }
        }

        init(title: String? = nil, author: String? = nil, published: String? = nil, source: String? = nil) {
            self.title = title
            self.author = author
            self.published = published
            self.source = source
        }

        private enum CodingKeys: String, CodingKey { case title, author, published, source }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            title = try? c.decodeIfPresent(String.self, forKey: .title)
            author = try? c.decodeIfPresent(String.self, forKey: .author)
            published = try? c.decodeIfPresent(String.self, forKey: .published)
            source = try? c.decodeIfPresent(String.self, forKey: .source)
        }
    }

    /// A gold or predicted fact, read leniently as the scorer reads JSON.
    struct Fact: Decodable, Sendable {
        var text: String?
        var start: Int?
        var end: Int?
        var kind: String?
        var value: Double?
        var unit: String?
        var subject: String?
        var qualifier: String?
        var rangeEnd: Double?
        var change: String?

        init(
            text: String?, start: Int? = nil, end: Int? = nil, kind: String?, value: Double?, unit: String?,
            subject: String? = nil, qualifier: String? = nil, rangeEnd: Double? = nil, change: String? = nil
        ) {
            self.text = text
            self.start = start
            self.end = end
            self.kind = kind
            self.value = value
            self.unit = unit
            self.subject = subject
            self.qualifier = qualifier
            self.rangeEnd = rangeEnd
            self.change = change
        }

        private enum CodingKeys: String, CodingKey {
            case text, start, end, kind, value, unit, subject, qualifier, rangeEnd, change
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            text = try? c.decodeIfPresent(String.self, forKey: .text)
            start = try? c.decodeIfPresent(Int.self, forKey: .start)
            end = try? c.decodeIfPresent(Int.self, forKey: .end)
            kind = try? c.decodeIfPresent(String.self, forKey: .kind)
            value = Self.number(c, .value)
            unit = try? c.decodeIfPresent(String.self, forKey: .unit)
            subject = try? c.decodeIfPresent(String.self, forKey: .subject)
            qualifier = try? c.decodeIfPresent(String.self, forKey: .qualifier)
            rangeEnd = Self.number(c, .rangeEnd)
            change = try? c.decodeIfPresent(String.self, forKey: .change)
        }

        /// A JSON number, or a string holding one (commas allowed); `nil` otherwise.
        private static func number(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) -> Double? {
            if let d = try? c.decodeIfPresent(Double.self, forKey: key) { return d.isFinite ? d : nil }
            if let s = try? c.decodeIfPresent(String.self, forKey: key) {
                let d = Double(s.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: ",", with: ""))
                return d.flatMap { $0.isFinite ? $0 : nil }
            }
            return nil
        }
    }

    /// One entry of the prediction's `removed` list.
    struct Removal: Decodable, Sendable {
        var text: String?
        var reason: String?
        var start: Int?
        var end: Int?

        init(text: String?, reason: String?, start: Int?, end: Int?) {
            self.text = text
            self.reason = reason
            self.start = start
            self.end = end
        }

        private enum CodingKeys: String, CodingKey { case text, reason, start, end }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            text = try? c.decodeIfPresent(String.self, forKey: .text)
            reason = try? c.decodeIfPresent(String.self, forKey: .reason)
            start = try? c.decodeIfPresent(Int.self, forKey: .start)
            end = try? c.decodeIfPresent(Int.self, forKey: .end)
        }
    }

    /// What the scorer reads from `zhnews extract --format json`.
    struct Prediction: Decodable, Sendable {
        var metadata: Metadata
        var cleanText: String
        var removed: [Removal]
        var facts: [Fact]

        init(metadata: Metadata, cleanText: String, removed: [Removal], facts: [Fact]) {
            self.metadata = metadata
            self.cleanText = cleanText
            self.removed = removed
            self.facts = facts
        }

        /// The analysis as the contract's JSON would show it.
        init(_ analysis: ArticleAnalysis) throws {
            let json = try JSONEncoder().encode(analysis)
            self = try JSONDecoder().decode(Prediction.self, from: json)
        }
    }

    // MARK: - Counts and summary

    /// Raw counts for one file or pooled over several (the scorer's `empty_counts`).
    struct Counts: Sendable, Equatable {
        var spamOccurrences = 0, spamSurvived = 0, spamFpRemovals = 0, spamFpChars = 0
        var boilerplateLines = 0, boilerplateRemoved = 0
        var mustKeep = 0, mustKeepKept = 0
        var metaFields = 0, metaCorrect = 0
        var goldFacts = 0, predFacts = 0, tp = 0
        var kindOk = 0, qualifierOk = 0, changeOk = 0, subjectStrict = 0, subjectLenient = 0
        var goldByKind: [String: Int] = [:]
        var matchedByKind: [String: Int] = [:]

        /// Adds another file's counts (pooling).
        static func + (a: Counts, b: Counts) -> Counts {
            var c = a
            c.spamOccurrences += b.spamOccurrences
            c.spamSurvived += b.spamSurvived
            c.spamFpRemovals += b.spamFpRemovals
            c.spamFpChars += b.spamFpChars
            c.boilerplateLines += b.boilerplateLines
            c.boilerplateRemoved += b.boilerplateRemoved
            c.mustKeep += b.mustKeep
            c.mustKeepKept += b.mustKeepKept
            c.metaFields += b.metaFields
            c.metaCorrect += b.metaCorrect
            c.goldFacts += b.goldFacts
            c.predFacts += b.predFacts
            c.tp += b.tp
            c.kindOk += b.kindOk
            c.qualifierOk += b.qualifierOk
            c.changeOk += b.changeOk
            c.subjectStrict += b.subjectStrict
            c.subjectLenient += b.subjectLenient
            c.goldByKind.merge(b.goldByKind, uniquingKeysWith: +)
            c.matchedByKind.merge(b.matchedByKind, uniquingKeysWith: +)
            return c
        }

        /// `nil` when there is nothing to measure, like the scorer's `n/a`.
        private func ratio(_ num: Int, _ den: Int) -> Double? { den == 0 ? nil : Double(num) / Double(den) }

        var spamRecall: Double? { ratio(spamSurvived, spamOccurrences).map { 1 - $0 } }
        var boilerplateRecall: Double? { ratio(boilerplateRemoved, boilerplateLines) }
        var mustKeepSurvival: Double? { ratio(mustKeepKept, mustKeep) }
        var metadataAccuracy: Double? { ratio(metaCorrect, metaFields) }
        var factPrecision: Double? { ratio(tp, predFacts) }
        var factRecall: Double? { ratio(tp, goldFacts) }
        var factF1: Double? { ratio(2 * tp, predFacts + goldFacts) }
        var kindAccuracy: Double? { ratio(kindOk, tp) }
        var qualifierAccuracy: Double? { ratio(qualifierOk, tp) }
        var changeAccuracy: Double? { ratio(changeOk, tp) }
        var subjectStrictAccuracy: Double? { ratio(subjectStrict, tp) }
        var subjectLenientAccuracy: Double? { ratio(subjectLenient, tp) }
    }

    // MARK: - Running

    /// Analyses the gold text with `pipeline` and scores the result.
    static func evaluate(_ gold: Gold, with pipeline: Pipeline = Pipeline()) throws -> Counts {
        let analysis = try pipeline.analyze(gold.text)
        return score(gold, try Prediction(analysis))
    }

    /// Reads a gold file.
    static func gold(from data: Data) throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: data)
    }
}
