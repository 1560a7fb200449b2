import Foundation

/// A small, fast, seeded random number generator (SplitMix64), so that every
/// run of the benchmark sees the same text.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Derives news-like articles from a few real ones: body paragraphs are
/// shuffled and mixed between articles, numbers changed, and some articles
/// written with full-width digits, so that no article is repeated verbatim.
struct ArticleGenerator {
    /// One source article split into lines, with the indices of its body paragraphs.
    private struct Source {
        var lines: [Substring]
        var body: [Int]
    }

    private let sources: [Source]
    private let pool: [Substring]
    private var random: SeededGenerator

    /// Loads every `*.txt` file in `folder`.
    init(folder: String, seed: UInt64) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else {
            throw BenchmarkOptions.UsageError(description: "no *.txt articles in \(folder)")
        }
        var sources: [Source] = []
        for name in names {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
            let text = String(decoding: data, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let body = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).count >= 30 }
            sources.append(Source(lines: lines, body: body))
        }
        self.sources = sources
        self.pool = sources.flatMap { s in s.body.map { s.lines[$0] } }
        self.random = SeededGenerator(seed: seed)
    }

    /// The next varied article.
    mutating func next() -> String {
        var source = sources[Int.random(in: 0..<sources.count, using: &random)]
        // Shuffle the body paragraphs in place, borrow some from other articles, drop a few.
        var paragraphs = source.body.map { source.lines[$0] }
        paragraphs.shuffle(using: &random)
        for i in paragraphs.indices where Int.random(in: 0..<10, using: &random) < 3 {
            paragraphs[i] = pool[Int.random(in: 0..<pool.count, using: &random)]
        }
        for (slot, line) in zip(source.body, paragraphs) { source.lines[slot] = line }
        var lines = source.lines
        if lines.count > 8, Int.random(in: 0..<4, using: &random) == 0, let drop = source.body.randomElement(using: &random) {
            lines.remove(at: drop)
        }
        let fullWidth = Int.random(in: 0..<100, using: &random) < 15
        return vary(lines.joined(separator: "\n"), fullWidth: fullWidth)
    }

    /// Replaces digits in about half of the digit runs (years like `2024` are kept),
    /// optionally writing every ASCII digit full-width.
    private mutating func vary(_ text: String, fullWidth: Bool) -> String {
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func flush(_ random: inout SeededGenerator) {
            guard !run.isEmpty else { return }
            let isYear = run.count == 4 && (run[0] == "1" || run[0] == "2") && (run[1] == "9" || run[1] == "0")
            let change = !isYear && Int.random(in: 0..<2, using: &random) == 0
            for (i, d) in run.enumerated() {
                var digit = d
                if change {
                    let lowest: UInt32 = i == 0 && run.count > 1 ? 1 : 0
                    digit = Unicode.Scalar(0x30 + UInt32.random(in: lowest...9, using: &random))!
                }
                if fullWidth { digit = Unicode.Scalar(digit.value + 0xFEE0)! }
                out.append(digit)
            }
            run.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30, scalar.value <= 0x39 {
                run.append(scalar)
            } else {
                flush(&random)
                out.append(scalar)
            }
        }
        flush(&random)
        return String(out)
    }

    /// A short name for the set of source articles (their count and total size), so that a
    /// cached corpus is regenerated when the fixtures change.
    static func fingerprint(of folder: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        var bytes = 0
        for name in names {
            let attributes = try FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(name))
            bytes += (attributes[.size] as? Int) ?? 0
        }
        return "\(names.count)x\(bytes)"
    }

    /// Varied articles adding up to at least `bytes` UTF-8 bytes.
    mutating func articles(totalBytes bytes: Int) -> [String] {
        var result: [String] = []
        var total = 0
        while total < bytes {
            let article = next()
            total += article.utf8.count
            result.append(article)
        }
        return result
    }
}
