/// The JSON members every located piece of the input shares — `text`, and `start`/`end`
/// as Unicode code point offsets — written and read in one place for tokens, sentences,
/// removals and numeric expressions. Each type adds its own members (`kind`, `reason` …)
/// in a second container of the same encoder.
enum SpanCoding {
    private enum Keys: String, CodingKey { case text, start, end }

    /// Writes `text`, `start` and `end`.
    static func encode(text: String, codePoints: Range<Int>, to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(text, forKey: .text)
        try c.encode(codePoints.lowerBound, forKey: .start)
        try c.encode(codePoints.upperBound, forKey: .end)
    }

    /// Reads `text`, `start` and `end`. A decoded value has no source string, so its
    /// range is expressed in `text` alone.
    static func decode(from decoder: any Decoder) throws -> (text: String, range: Range<String.Index>, codePoints: Range<Int>) {
        let c = try decoder.container(keyedBy: Keys.self)
        let text = try c.decode(String.self, forKey: .text)
        let start = try c.decode(Int.self, forKey: .start)
        let end = try c.decode(Int.self, forKey: .end)
        return (text, text.startIndex..<text.endIndex, start..<end)
    }
}
